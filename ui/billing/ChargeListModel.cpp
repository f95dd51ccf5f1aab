#include "ChargeListModel.h"

#include <common/DisplayText.h>

namespace rentflow::ui::billing {

void ChargeListModel::setCharges(QList<ChargeSummary> charges)
{
    beginResetModel();
    m_charges = std::move(charges);
    endResetModel();
}

int ChargeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_charges.size());
}

int ChargeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChargeListModel::kindText(const QString& kind)
{
    if (kind == QLatin1String("one_off"))
        return tr("One-off");
    if (kind == QLatin1String("damage"))
        return tr("Damage");
    if (kind == QLatin1String("late_fee"))
        return tr("Late fee");
    if (kind == QLatin1String("deposit"))
        return tr("Deposit");
    if (kind == QLatin1String("advance"))
        return tr("Advance");
    return tr("Other");
}

QVariant ChargeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChargeSummary& charge = m_charges.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return shownDate(charge.date);
    case Description:
        return charge.description;
    case Kind:
        return kindText(charge.kind);
    case Amount:
        return rupees(charge.amount);
    case State:
        if (charge.waived)
            return tr("Waived: %1").arg(charge.waiverReason);
        if (!charge.invoiceId.isEmpty())
            return tr("Billed on %1").arg(charge.invoiceNumber);
        return tr("For the next invoice");
    default:
        return {};
    }
}

QVariant ChargeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Description:
        return tr("Description");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace rentflow::ui::billing
