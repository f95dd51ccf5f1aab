#include "ResidentListModel.h"

#include "ResidentText.h"

#include <common/DisplayText.h>
#include <store/StoreError.h>

#include <QBrush>
#include <QColor>

namespace rentflow::ui {

ResidentListModel::ResidentListModel(store::Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

bool ResidentListModel::setFilter(const ResidentList::Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.offset = 0;
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    const ResidentList list(m_store);
    QString failure;
    const auto counted = m_filter.withDuesOnly ? store::StoreResult<int>(-1) : list.count(m_filter);
    if (!counted) {
        failure = counted.error().message;
    } else if (const auto page = list.list(m_filter); !page) {
        failure = page.error().message;
    } else {
        m_total = counted.value();
        m_rows = page.value();
        m_lastPageFull = m_rows.size() == kPageSize;
    }
    // Views (and QAbstractItemModelTester) may ask for more while a change is announced:
    // the next page is read once it is over.
    m_changing = true;
    endResetModel();
    m_changing = false;
    if (!failure.isEmpty()) {
        fail(failure);
        return false;
    }
    return true;
}

void ResidentListModel::fail(const QString& message)
{
    m_error = message;
    emit readFailed(message);
}

QString ResidentListModel::residentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ResidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResidentList::Row& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Balance ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Balance && row.balance > Money())
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Phone:
        return row.phone;
    case Bed:
        return row.bed;
    case Property:
        return row.property;
    case Stay:
        if (row.stay == QLatin1String("active"))
            return tr("Staying");
        if (row.stay == QLatin1String("notice"))
            return tr("On notice");
        return tr("No stay");
    case Balance:
        if (row.balance < Money())
            return tr("%1 in credit").arg(ui::rupees(Money() - row.balance));
        return ui::rupees(row.balance);
    default:
        return {};
    }
}

QVariant ResidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Bed:
        return tr("Bed");
    case Property:
        return tr("Property");
    case Stay:
        return tr("Stay");
    case Balance:
        return tr("Dues");
    default:
        return {};
    }
}

bool ResidentListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_changing || !m_error.isEmpty())
        return false;
    return m_total < 0 ? m_lastPageFull : m_rows.size() < m_total;
}

void ResidentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    ResidentList::Filter page = m_filter;
    page.offset = int(m_rows.size());
    const auto read = ResidentList(m_store).list(page);
    if (!read) {
        fail(read.error().message);
        return;
    }
    m_lastPageFull = read.value().size() == kPageSize;
    if (read.value().isEmpty()) {
        // Fewer than counted (removed meanwhile): nothing more to fetch.
        if (m_total >= 0)
            m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(read.value().size()) - 1);
    m_rows.append(read.value());
    endInsertRows();
    m_changing = false;
}

} // namespace rentflow::ui
