#pragma once

#include <inventory/InventoryList.h>

#include <QAbstractTableModel>

namespace rentflow::ui {

// The overview's properties: name, kind, city, state, rooms, beds (InventoryList rows).
class PropertiesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        CityColumn,
        StateColumn,
        RoomsColumn,
        BedsColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<InventoryList::PropertyRow> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<InventoryList::PropertyRow> m_rows;
};

} // namespace rentflow::ui
