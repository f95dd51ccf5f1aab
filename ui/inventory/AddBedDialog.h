#pragma once

#include "InventoryDialog.h"

#include <domain/Money.h>

namespace rentflow::ui {
class AmountField;
}

namespace rentflow::ui::inventory {

// One more bed in a room, its sharing up by one (RoomSetup::addBed): the rent it is let
// at; the letter is the next free one.
class AddBedDialog : public InventoryDialog
{
    Q_OBJECT
public:
    AddBedDialog(store::Store& store, const QString& roomId, const QString& roomNumber, Money rent,
                 QWidget* parent = nullptr);
    QString bedId() const { return m_bedId; }

protected:
    bool save() override;

private:
    QString m_roomId;
    QString m_bedId;
    AmountField* m_rent;
};

} // namespace rentflow::ui::inventory
