#pragma once

#include <billing/InvoiceRepository.h>

#include <QAbstractTableModel>

namespace rentflow::ui::billing {

// Invoices as the billing screen lists them: number, dates, resident, property,
// total, balance, status. Given the whole read (InvoiceRepository::list, one query),
// it hands rows to the view a page at a time (canFetchMore/fetchMore), so a list of
// 10,000 invoices appears at once.
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        IssueDate,
        Month,
        Resident,
        Property,
        Total,
        Balance,
        Status,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int IdRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setInvoices(QList<InvoiceSummary> invoices);
    const QList<InvoiceSummary>& invoices() const { return m_invoices; }
    const InvoiceSummary& invoiceAt(int row) const { return m_invoices.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString statusText(const QString& status);

private:
    QList<InvoiceSummary> m_invoices;
    int m_shown = 0;
    // While rows are being reset or added, a further fetchMore (from a slot of the
    // model's own signals) waits for the next call: the signals stay balanced.
    bool m_changing = false;
};

} // namespace rentflow::ui::billing
