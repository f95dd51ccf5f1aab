#include "InvoiceListModel.h"

#include <common/DisplayText.h>

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace rentflow::ui::billing {

void InvoiceListModel::setInvoices(QList<InvoiceSummary> invoices)
{
    const QScopedValueRollback busy(m_changing, true);
    beginResetModel();
    m_invoices = std::move(invoices);
    m_shown = int(std::min<qsizetype>(m_invoices.size(), kPageSize));
    endResetModel();
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InvoiceListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_shown < m_invoices.size();
}

void InvoiceListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback busy(m_changing, true);
    const int more = int(std::min<qsizetype>(m_invoices.size() - m_shown, kPageSize));
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

QString InvoiceListModel::statusText(const QString& status)
{
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("partly_paid"))
        return tr("Partly paid");
    return tr("Unpaid");
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceSummary& invoice = m_invoices.at(index.row());
    if (role == IdRole)
        return invoice.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Total || index.column() == Balance)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (invoice.status == QLatin1String("cancelled"))
            return QBrush(QColor(0x75, 0x75, 0x75));
        if (invoice.status == QLatin1String("unpaid"))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return invoice.number;
    case IssueDate:
        return shownDate(invoice.issueDate);
    case Month:
        return invoice.billingMonth;
    case Resident:
        return invoice.residentName;
    case Property:
        return invoice.propertyName;
    case Total:
        return rupees(invoice.total);
    case Balance:
        return rupees(invoice.balance);
    case Status:
        return statusText(invoice.status);
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case IssueDate:
        return tr("Date");
    case Month:
        return tr("Month");
    case Resident:
        return tr("Resident");
    case Property:
        return tr("Property");
    case Total:
        return tr("Total");
    case Balance:
        return tr("Balance");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace rentflow::ui::billing
