#include "MeterDialog.h"

#include <common/AmountField.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace rentflow::ui::inventory {

MeterDialog::MeterDialog(store::Store& store, const QString& propertyId,
                         const QList<InventoryList::RoomRow>& rooms, const QString& roomId,
                         QWidget* parent)
    : InventoryDialog(store, tr("Add meter"), parent), m_propertyId(propertyId),
      m_room(new QComboBox(this)), m_rate(new AmountField(this)), m_fixed(new AmountField(this)),
      m_slabs(new QPlainTextEdit(this))
{
    m_room->addItem(tr("Common area (shared by the property)"), QString());
    for (const InventoryList::RoomRow& room : rooms)
        m_room->addItem(tr("Room %1 (floor %2)").arg(room.number, room.floor), room.id);
    m_room->setCurrentIndex(qMax(0, m_room->findData(roomId)));
    addRow(tr("&On:"), m_room, QStringLiteral("meterRoomField"), QStringLiteral("room"));
    addTariffRows();
}

MeterDialog::MeterDialog(store::Store& store, const QString& meterId, const QString& title,
                         QWidget* parent)
    : InventoryDialog(store, tr("Tariff of %1").arg(title), parent), m_meterId(meterId),
      m_rate(new AmountField(this)), m_fixed(new AmountField(this)),
      m_slabs(new QPlainTextEdit(this))
{
    addTariffRows();
    const auto tariff = MeterRepository(m_store).tariff(meterId);
    if (!tariff) {
        m_ready = false;
        errors().show(tariff.error());
        return;
    }
    m_rate->setText(tariff.value().unitRate);
    m_fixed->setText(tariff.value().fixedCharge);
    m_slabs->setPlainText(tariff.value().slabs.join(QLatin1Char('\n')));
}

void MeterDialog::addTariffRows()
{
    m_rate->setRequired(false);
    m_fixed->setRequired(false);
    m_slabs->setTabChangesFocus(true);
    m_slabs->setPlaceholderText(tr("Optional, one a line: 100:6.50 then *:8"));
    m_slabs->setMaximumHeight(90);
    addRow(tr("&Rate a unit:"), m_rate, QStringLiteral("meterRateField"), QStringLiteral("rate"));
    addRow(tr("&Slabs:"), m_slabs, QStringLiteral("meterSlabsField"), QStringLiteral("slab"));
    addRow(tr("&Fixed a month:"), m_fixed, QStringLiteral("meterFixedField"),
           QStringLiteral("fixed"));
    auto* note = new QLabel(tr("With slabs, units up to each limit are charged at its rate; "
                               "the rate a unit is then not used. The next monthly run "
                               "charges by this tariff."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form()->addRow(QString(), note);
}

MeterRepository::TariffInput MeterDialog::typedTariff() const
{
    MeterRepository::TariffInput tariff;
    tariff.meterId = m_meterId;
    tariff.unitRate = m_rate->text();
    tariff.fixedCharge = m_fixed->text();
    for (const QString& line : m_slabs->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            tariff.slabs << line.trimmed();
    return tariff;
}

bool MeterDialog::save()
{
    if (!m_ready)
        return false;
    if (m_room) {
        const auto added = MeterRepository(m_store).add(
            m_propertyId, m_room->currentData().toString(), typedTariff());
        if (!added) {
            errors().show(added.error());
            return false;
        }
        m_meterId = added.value();
        return true;
    }
    if (auto saved = MeterRepository(m_store).setTariff(typedTariff()); !saved) {
        errors().show(saved.error());
        return false;
    }
    return true;
}

} // namespace rentflow::ui::inventory
