#include "DuesTableModels.h"

#include "PaymentText.h"

#include <common/DisplayText.h>

namespace rentflow::ui::payments {

namespace {

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

void AgeingTableModel::setRows(QList<DuesReport::ResidentAgeing> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const DuesReport::ResidentAgeing* AgeingTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

int AgeingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgeingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgeingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuesReport::ResidentAgeing& r = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() >= Days0To30 && index.column() <= Total)
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    const auto amount = [](Money m) {
        return m.isZero() ? QString() : rupees(m);
    };
    switch (index.column()) {
    case Resident:
        return r.name;
    case Phone:
        return r.phone;
    case Days0To30:
        return amount(r.ageing.upTo30);
    case Days31To60:
        return amount(r.ageing.upTo60);
    case Days61To90:
        return amount(r.ageing.upTo90);
    case Over90:
        return amount(r.ageing.over90);
    case Total:
        return rupees(r.ageing.total());
    case OldestDue:
        return shownDate(r.oldestDueDate);
    default:
        return {};
    }
}

QVariant AgeingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Resident:
        return tr("Resident");
    case Phone:
        return tr("Phone");
    case Days0To30:
        return tr("0–30 days");
    case Days31To60:
        return tr("31–60 days");
    case Days61To90:
        return tr("61–90 days");
    case Over90:
        return tr("90+ days");
    case Total:
        return tr("Total");
    case OldestDue:
        return tr("Oldest due");
    default:
        return {};
    }
}

void CollectTableModel::setRows(QList<DuesReport::Due> rows, QDate asOf)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_asOf = asOf;
    endResetModel();
}

const DuesReport::Due* CollectTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

int CollectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CollectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollectTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuesReport::Due& r = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == DaysLate))
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Resident:
        return r.name;
    case Phone:
        return r.phone;
    case DueSince:
        return shownDate(r.oldestDueDate);
    case DaysLate:
        return r.oldestDueDate.isValid() ? QString::number(r.oldestDueDate.daysTo(m_asOf))
                                         : QString();
    case Amount:
        return rupees(r.amount);
    default:
        return {};
    }
}

QVariant CollectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Resident:
        return tr("Resident");
    case Phone:
        return tr("Phone");
    case DueSince:
        return tr("Due since");
    case DaysLate:
        return tr("Days late");
    case Amount:
        return tr("Due now");
    default:
        return {};
    }
}

} // namespace rentflow::ui::payments
