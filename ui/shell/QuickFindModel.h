#pragma once

#include <common/Screen.h>

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace rentflow::ui {

// One line of the quick-find's results: a record to open, or a screen to show.
struct QuickFindEntry
{
    QString kind;   // "Resident", "Bed", "Screen"… (translated), the group it belongs to
    QString title;  // what matched: a name, "101-A", an invoice number, a screen's title
    QString detail; // who or where
    std::optional<RecordRef> record; // the record it opens, or
    QString screenId;                // the screen it shows
};

// The quick-find's results, grouped by kind (in the order given): Kind, Name, Details.
class QuickFindModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        TitleColumn,
        DetailColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<QuickFindEntry> entries);
    const QuickFindEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QuickFindEntry> m_entries;
};

} // namespace rentflow::ui
