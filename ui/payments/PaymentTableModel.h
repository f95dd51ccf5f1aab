#pragma once

#include <payments/PaymentList.h>

#include <QAbstractTableModel>

namespace rentflow::store {
class Store;
}

namespace rentflow::ui::payments {

// Payments as the payments screen lists them, newest first, read a page at a
// time (PaymentList with limit/offset) as the view scrolls: canFetchMore/fetchMore.
// A failed read is reported (readFailed, errorText()), never shown as "no payments".
class PaymentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Receipt,
        Date,
        Resident,
        Amount,
        Method,
        Reference,
        Purpose,
        Allocated,
        Status,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit PaymentTableModel(store::Store& store, QObject* parent = nullptr);

    // Reads the first page for this filter (newestFirst, limit and offset are the model's).
    void setFilter(const PaymentList::Filter& filter);
    void reload() { setFilter(m_filter); }
    const PaymentList::Row* row(int index) const;
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void readFailed(const QString& message);

private:
    store::StoreResult<QList<PaymentList::Row>> readPage(int offset) const;

    store::Store& m_store;
    PaymentList::Filter m_filter;
    QList<PaymentList::Row> m_rows;
    bool m_more = false;
    QString m_error;
};

} // namespace rentflow::ui::payments
