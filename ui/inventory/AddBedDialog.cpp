#include "AddBedDialog.h"

#include <common/AmountField.h>
#include <inventory/RoomSetup.h>

namespace rentflow::ui::inventory {

AddBedDialog::AddBedDialog(store::Store& store, const QString& roomId, const QString& roomNumber,
                           Money rent, QWidget* parent)
    : InventoryDialog(store, tr("Add a bed to room %1").arg(roomNumber), parent), m_roomId(roomId),
      m_rent(new AmountField(this))
{
    m_rent->setAmount(rent);
    addRow(tr("Monthly &rent:"), m_rent, QStringLiteral("newBedRentField"), QStringLiteral("rent"));
}

bool AddBedDialog::save()
{
    const auto added = RoomSetup(m_store).addBed(m_roomId, m_rent->text());
    if (!added) {
        errors().show(added.error());
        return false;
    }
    m_bedId = added.value();
    return true;
}

} // namespace rentflow::ui::inventory
