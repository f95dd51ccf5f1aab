#pragma once

#include "InventoryDialog.h"

#include <payments/BedBoard.h>

class QCheckBox;

namespace rentflow::ui {
class AmountField;
}

namespace rentflow::ui::inventory {

// Edit a bed: the rent and deposit its next stay starts from, and maintenance on or off
// (BedRepository::update). A vacant bed can go under maintenance; a bed someone is on or
// booked onto cannot (the box is disabled, and the models refuse it anyway).
class BedDialog : public InventoryDialog
{
    Q_OBJECT
public:
    BedDialog(store::Store& store, const BedBoard::Tile& bed, QWidget* parent = nullptr);

protected:
    bool save() override;

private:
    QString m_bedId;
    AmountField* m_rent;
    AmountField* m_deposit;
    QCheckBox* m_maintenance;
};

} // namespace rentflow::ui::inventory
