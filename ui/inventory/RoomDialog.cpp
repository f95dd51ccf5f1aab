#include "RoomDialog.h"

#include <common/AmountField.h>
#include <inventory/RoomSetup.h>

#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>

namespace rentflow::ui::inventory {

RoomDialog::RoomDialog(store::Store& store, const QString& propertyId, const QString& floor,
                       QWidget* parent)
    : InventoryDialog(store, tr("Add room"), parent), m_propertyId(propertyId),
      m_floor(new QLineEdit(floor, this)), m_number(new QLineEdit(this)),
      m_beds(new QSpinBox(this)), m_rent(new AmountField(this)),
      m_meter(new QCheckBox(tr("This room has its own electricity meter"), this))
{
    m_floor->setPlaceholderText(tr("G for ground, 1, 2…"));
    m_number->setPlaceholderText(tr("e.g. 101"));
    m_beds->setRange(1, RoomSetup::kMaxBedsPerRoom);
    m_beds->setValue(2);
    m_beds->setSuffix(tr(" beds"));
    m_meter->setChecked(true);
    addRow(tr("&Floor:"), m_floor, QStringLiteral("roomFloorField"), QStringLiteral("floor"));
    addRow(tr("Room &number:"), m_number, QStringLiteral("roomNumberField"),
           QStringLiteral("number"));
    addRow(tr("&Beds (sharing):"), m_beds, QStringLiteral("roomBedsField"), QStringLiteral("beds"));
    addRow(tr("&Rent a bed:"), m_rent, QStringLiteral("roomRentField"), QStringLiteral("rent"));
    addRow(QString(), m_meter, QStringLiteral("roomMeterCheck"), QString());
}

bool RoomDialog::save()
{
    const RoomSetupInput input{m_propertyId,     m_floor->text(),
                               m_number->text(), QString::number(m_beds->value()),
                               m_rent->text(),   m_meter->isChecked()};
    const auto added = RoomSetup(m_store).add(input);
    if (!added) {
        errors().show(added.error());
        return false;
    }
    m_roomId = added.value().roomId;
    return true;
}

} // namespace rentflow::ui::inventory
