#include "DeductionsModel.h"
#include "StayView.h"

#include <common/DisplayText.h>

namespace rentflow::ui::stays {

int DeductionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeductionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeductionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool amount = index.column() == AmountColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (amount) {
            const auto parsed = Money::parse(row.amount);
            return parsed ? rupees(parsed.value()) : row.amount;
        }
        return row.reason;
    case Qt::EditRole:
        return amount ? row.amount : row.reason;
    case Qt::TextAlignmentRole:
        return amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool DeductionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[index.row()];
    (index.column() == AmountColumn ? row.amount : row.reason) = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags DeductionsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant DeductionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReasonColumn:
        return tr("Reason");
    case AmountColumn:
        return tr("Amount (₹)");
    default:
        return {};
    }
}

bool DeductionsModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, Row{});
    endInsertRows();
    return true;
}

bool DeductionsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

QStringList DeductionsModel::deductions() const
{
    QStringList list;
    for (const Row& row : m_rows)
        if (!row.isEmpty())
            list.append(row.reason.trimmed() + QLatin1Char('=') + row.amount.trimmed());
    return list;
}

QString DeductionsModel::problem() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        if (row.isEmpty())
            continue;
        if (row.reason.trimmed().isEmpty())
            return tr("Row %1: say what the deduction is for.").arg(i + 1);
        if (row.reason.contains(QLatin1Char('=')))
            return tr("Row %1: the reason cannot contain '='.").arg(i + 1);
        const auto amount = Money::parse(row.amount.trimmed());
        if (!amount || amount.value().paise() <= 0)
            return tr("Row %1: '%2' is not an amount above 0.").arg(i + 1).arg(row.amount);
    }
    return {};
}

Money DeductionsModel::total() const
{
    Money sum;
    for (const Row& row : m_rows)
        if (const auto amount = Money::parse(row.amount.trimmed()); amount && !row.isEmpty())
            sum += amount.value();
    return sum;
}

} // namespace rentflow::ui::stays
