#pragma once

#include <domain/Money.h>

#include <QAbstractTableModel>
#include <QStringList>

namespace rentflow::ui::stays {

// The deductions from the deposit typed at check-out: a reason and an amount per row, edited
// in place. Rows left wholly empty are ignored; the amount is kept as typed until checked.
class DeductionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReasonColumn,
        AmountColumn,
        ColumnCount
    };

    explicit DeductionsModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // Each filled row as CheckOut takes it, "REASON=AMOUNT" (the amount in rupees as typed).
    QStringList deductions() const;
    // Why the rows cannot be used (a row with no reason, an amount that is not one); empty: fine.
    QString problem() const;
    // The total of the rows whose amount is good.
    Money total() const;

private:
    struct Row
    {
        QString reason;
        QString amount;
        bool isEmpty() const { return reason.trimmed().isEmpty() && amount.trimmed().isEmpty(); }
    };
    QList<Row> m_rows;
};

} // namespace rentflow::ui::stays
