#pragma once

#include <billing/InvoiceActivity.h>

#include <QAbstractTableModel>

namespace rentflow::ui::billing {

// A resident's one-off charges and late fees (chargesOfResident): date, what, amount,
// and where it stands (waiting for the next invoice, billed on which invoice, waived).
class ChargeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Description,
        Kind,
        Amount,
        State,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setCharges(QList<ChargeSummary> charges);
    const ChargeSummary& chargeAt(int row) const { return m_charges.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(const QString& kind);

private:
    QList<ChargeSummary> m_charges;
};

} // namespace rentflow::ui::billing
