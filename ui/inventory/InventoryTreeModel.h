#pragma once

#include <inventory/InventoryList.h>
#include <payments/BedBoard.h>

#include <QAbstractItemModel>

namespace rentflow::ui::inventory {

// One property's structure for the tree beside the board: floors → rooms → beds and the
// room's meters; the property's common-area meters under "Common area". Two columns:
// the name, and its particulars (rent and state, sharing, tariff).
class InventoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind
    {
        Floor,
        Room,
        Bed,
        Meter,
        CommonArea
    };
    enum Role
    {
        NodeKindRole = Qt::UserRole + 1, // NodeKind as int
        IdRole                           // the room's, bed's or meter's id; the floor's name
    };

    explicit InventoryTreeModel(QObject* parent = nullptr);

    // The tiles give floors, rooms and beds in walking order; the meters join their rooms.
    void setStructure(const QList<BedBoard::Tile>& tiles,
                      const QList<InventoryList::MeterRow>& meters);
    // The index of the room, bed or meter with that id (column 0), invalid when absent.
    QModelIndex find(NodeKind kind, const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind;
        QString id;
        QString name;
        QString details;
        int parent = -1; // -1: a top-level node
        int row = 0;     // its row under its parent
        QList<int> children;
    };
    int add(Node node);
    const Node* nodeOf(const QModelIndex& index) const;

    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace rentflow::ui::inventory
