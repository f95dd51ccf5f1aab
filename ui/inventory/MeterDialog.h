#pragma once

#include "InventoryDialog.h"

#include <inventory/InventoryList.h>
#include <inventory/MeterRepository.h>

class QComboBox;
class QPlainTextEdit;

namespace rentflow::ui {
class AmountField;
}

namespace rentflow::ui::inventory {

// Add an electricity meter to a room or the common area with its tariff
// (MeterRepository::add), or change a meter's tariff (MeterRepository::setTariff, as
// `rentflowctl meter tariff`): a rate a unit, or slabs "UPTO:RATE" one a line ending with
// "*:RATE", and a fixed monthly charge.
class MeterDialog : public InventoryDialog
{
    Q_OBJECT
public:
    // A new meter for one of `rooms` (or the common area).
    MeterDialog(store::Store& store, const QString& propertyId,
                const QList<InventoryList::RoomRow>& rooms, const QString& roomId,
                QWidget* parent = nullptr);
    // The tariff of an existing meter; `title` names it ("Room 101's meter").
    MeterDialog(store::Store& store, const QString& meterId, const QString& title,
                QWidget* parent = nullptr);
    QString meterId() const { return m_meterId; }
    // False when the meter's tariff could not be read (the dialog says why).
    bool isReady() const { return m_ready; }

protected:
    bool save() override;

private:
    void addTariffRows();
    MeterRepository::TariffInput typedTariff() const;

    QString m_propertyId;
    QString m_meterId;
    bool m_ready = true;
    QComboBox* m_room = nullptr;
    AmountField* m_rate;
    AmountField* m_fixed;
    QPlainTextEdit* m_slabs;
};

} // namespace rentflow::ui::inventory
