#pragma once

#include <payments/DuesReport.h>

#include <QAbstractTableModel>

namespace rentflow::ui::payments {

// Who owes what, by days past due (DuesReport::ageingByResident), largest first.
class AgeingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Resident,
        Phone,
        Days0To30,
        Days31To60,
        Days61To90,
        Over90,
        Total,
        OldestDue,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<DuesReport::ResidentAgeing> rows);
    const DuesReport::ResidentAgeing* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DuesReport::ResidentAgeing> m_rows;
};

// To collect today (DuesReport::toCollect): residents with an invoice whose due date
// (the agreement's due day in the billed month) is today or past and still open.
class CollectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Resident,
        Phone,
        DueSince,
        DaysLate,
        Amount,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<DuesReport::Due> rows, QDate asOf);
    const DuesReport::Due* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DuesReport::Due> m_rows;
    QDate m_asOf;
};

} // namespace rentflow::ui::payments
