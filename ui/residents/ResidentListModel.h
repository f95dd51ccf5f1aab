#pragma once

#include <payments/ResidentList.h>

#include <QAbstractTableModel>

namespace rentflow::store {
class Store;
}

namespace rentflow::ui {

// The residents list, a page at a time (ResidentList, in name order): setFilter() counts
// the matches and reads the first page; the view asks for the next page (fetchMore) as
// it scrolls, so 20,000 residents are never read at once. A failed read empties nothing
// silently: it is readFailed() and error(), and rowCount() stays what was read.
class ResidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Phone,
        Bed,
        Property,
        Stay,
        Balance,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int IdRole = Qt::UserRole; // the resident's id

    explicit ResidentListModel(store::Store& store, QObject* parent = nullptr);

    // Reads again from the first page; false when the read failed (see error()).
    bool setFilter(const ResidentList::Filter& filter);
    bool reload() { return setFilter(m_filter); }
    const ResidentList::Filter& filter() const { return m_filter; }
    // How many residents match the filter in all (rows read so far: rowCount()); -1 with
    // the dues filter, which is not counted ahead: every match's balance would be summed
    // twice. Its pages are read until one comes back short.
    int total() const { return m_total; }
    QString error() const { return m_error; }
    QString residentId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

signals:
    void readFailed(const QString& message);

private:
    void fail(const QString& message);

    store::Store& m_store;
    ResidentList::Filter m_filter;
    QList<ResidentList::Row> m_rows;
    int m_total = 0;
    QString m_error;
    bool m_lastPageFull = false; // without a total: whether another page may follow
    bool m_changing = false;     // a reset or an insertion is being announced
};

} // namespace rentflow::ui
