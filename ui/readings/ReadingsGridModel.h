#pragma once

#include <domain/Quantity.h>
#include <inventory/InventoryList.h>
#include <store/StoreError.h>

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace rentflow::store {
class Store;
}

namespace rentflow::ui {

// The meter readings grid (SPEC §6.3): one row per active meter of a property, with
// its previous reading; the Current cell takes the new value, and setting it saves
// the reading at once (RecordReading, as `rentflowctl reading add`: one row, one
// call). The engine's answer shows in the row: the consumption, or why it was
// refused (the typed value is kept for correction), or that the value is unusual and
// needs confirming (save() with confirmed).
class ReadingsGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Place,
        Kind,
        Serial,
        Previous,
        PreviousDate,
        ReadingKind, // regular | rollover | replacement
        Current,
        Consumption,
        Status,
        ColumnCount
    };
    enum class State
    {
        Empty,       // nothing typed
        Pending,     // typed, not saved yet (the date changed, or Enter not pressed)
        Saved,       // recorded
        Refused,     // the engine refused; the text is kept
        NeedsConfirm // unusual consumption: Enter again (save confirmed) records it
    };
    static constexpr int MessageRole = Qt::UserRole + 1; // the engine's full message

    ReadingsGridModel(store::Store& store, QObject* parent = nullptr);

    // Reads the property's active meters (a failed read is returned, the grid
    // unchanged). Values typed and not saved stay on their meter's row.
    store::StoreStatus load(const QString& propertyId);
    // The day the readings are taken; rows saved for another day are cleared.
    void setDate(QDate date);
    QDate date() const { return m_date; }

    // Saves the row's typed value as a reading of date(); true when recorded.
    bool save(int row, bool confirmed);
    QString meterId(int row) const { return m_rows.at(row).meter.id; }
    State state(int row) const { return m_rows.at(row).state; }
    QString message(int row) const { return m_rows.at(row).message; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Current: the typed value, saved at once (confirming when the same value was just
    // flagged as unusual is left to save(row, true)). ReadingKind: the kind to save with.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // After each save attempt: recorded or not (see state()).
    void rowSaved(int row, bool recorded);

private:
    struct Row
    {
        InventoryList::MeterRow meter;
        QString typed;
        QString readingKind = QStringLiteral("regular");
        State state = State::Empty;
        QString message;
        Quantity consumption = Quantity::fromHundredths(0);
    };
    QVariant display(const Row& row, int column) const;
    void rowChanged(int row);

    store::Store& m_store;
    QDate m_date;
    QList<Row> m_rows;
};

// "Regular", "Rollover", "Replacement" for a reading kind.
QString readingKindName(const QString& kind);

} // namespace rentflow::ui
