#pragma once

#include "InventoryDialog.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace rentflow::ui {
class AmountField;
}

namespace rentflow::ui::inventory {

// Add a room with its beds (lettered A, B, C…) at one rent, and its electricity meter
// when ticked: RoomSetup, as `rentflowctl room add`.
class RoomDialog : public InventoryDialog
{
    Q_OBJECT
public:
    RoomDialog(store::Store& store, const QString& propertyId, const QString& floor,
               QWidget* parent = nullptr);
    QString roomId() const { return m_roomId; }

protected:
    bool save() override;

private:
    QString m_propertyId;
    QString m_roomId;
    QLineEdit* m_floor;
    QLineEdit* m_number;
    QSpinBox* m_beds;
    AmountField* m_rent;
    QCheckBox* m_meter;
};

} // namespace rentflow::ui::inventory
