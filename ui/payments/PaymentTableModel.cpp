#include "PaymentTableModel.h"

#include "PaymentText.h"

#include <common/DisplayText.h>

#include <QBrush>
#include <QColor>

namespace rentflow::ui::payments {

PaymentTableModel::PaymentTableModel(store::Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

store::StoreResult<QList<PaymentList::Row>> PaymentTableModel::readPage(int offset) const
{
    PaymentList::Filter filter = m_filter;
    filter.newestFirst = true;
    filter.limit = kPageSize;
    filter.offset = offset;
    return PaymentList(m_store).list(filter);
}

void PaymentTableModel::setFilter(const PaymentList::Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_more = false;
    m_error.clear();
    const auto page = readPage(0);
    if (page) {
        m_rows = page.value();
        m_more = m_rows.size() == kPageSize;
    } else {
        m_error = page.error().message;
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit readFailed(m_error);
}

const PaymentList::Row* PaymentTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

int PaymentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentList::Row& r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Receipt:
            return r.receiptNumber;
        case Date:
            return shownDate(r.date);
        case Resident:
            return r.residentName;
        case Amount:
            return rupees(r.amount);
        case Method:
            return methodName(r.method);
        case Reference:
            return r.reference;
        case Purpose:
            return purposeName(r.purpose);
        case Allocated:
            return r.purpose == QLatin1String("deposit") ? QString() : rupees(r.allocated);
        case Status:
            return statusName(r.status);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Allocated))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && r.status == QLatin1String("reversed"))
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ToolTipRole && r.status == QLatin1String("reversed"))
        return tr("Reversed: what it paid is owed again.");
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Receipt:
        return tr("Receipt");
    case Date:
        return tr("Date");
    case Resident:
        return tr("Resident");
    case Amount:
        return tr("Amount");
    case Method:
        return tr("Method");
    case Reference:
        return tr("Reference");
    case Purpose:
        return tr("For");
    case Allocated:
        return tr("Allocated");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

bool PaymentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void PaymentTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    const auto page = readPage(int(m_rows.size()));
    if (!page) {
        m_more = false;
        m_error = page.error().message;
        emit readFailed(m_error);
        return;
    }
    m_more = page.value().size() == kPageSize;
    if (page.value().isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

} // namespace rentflow::ui::payments
