#include "InventoryTreeModel.h"

#include "BedBoardModel.h"
#include "BedStatus.h"

#include <common/DisplayText.h>

#include <QHash>

namespace rentflow::ui::inventory {

InventoryTreeModel::InventoryTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

int InventoryTreeModel::add(Node node)
{
    const int id = int(m_nodes.size());
    if (node.parent < 0) {
        node.row = int(m_top.size());
        m_top.append(id);
    } else {
        node.row = int(m_nodes[node.parent].children.size());
        m_nodes[node.parent].children.append(id);
    }
    m_nodes.append(std::move(node));
    return id;
}

void InventoryTreeModel::setStructure(const QList<BedBoard::Tile>& tiles,
                                      const QList<InventoryList::MeterRow>& meters)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    QHash<QString, int> roomNodes;
    QHash<QString, int> bedsOnFloor;
    QHash<QString, int> roomsOnFloor;
    int floor = -1;
    for (const BedBoard::Tile& tile : tiles) {
        if (floor < 0 || m_nodes[floor].id != tile.floorName)
            floor = add({NodeKind::Floor,
                         tile.floorName,
                         BedBoardModel::floorTitle(tile.floorName),
                         {},
                         -1,
                         0,
                         {}});
        int room = roomNodes.value(tile.roomId, -1);
        if (room < 0) {
            room = add({NodeKind::Room,
                        tile.roomId,
                        tr("Room %1").arg(tile.roomNumber),
                        tr("%n sharing", nullptr, tile.sharing),
                        floor,
                        0,
                        {}});
            roomNodes.insert(tile.roomId, room);
            ++roomsOnFloor[tile.floorName];
        }
        ++bedsOnFloor[tile.floorName];
        add({NodeKind::Bed,
             tile.bedId,
             tr("Bed %1").arg(tile.name()),
             tr("%1 · %2").arg(rupees(tile.rent), bedStatus(tile.status).text),
             room,
             0,
             {}});
    }
    for (const int top : std::as_const(m_top))
        m_nodes[top].details = rooms(roomsOnFloor.value(m_nodes[top].id)) + QStringLiteral(" · ") +
                               beds(bedsOnFloor.value(m_nodes[top].id));
    int common = -1;
    for (const InventoryList::MeterRow& meter : meters) {
        int parent = roomNodes.value(meter.roomId, -1);
        if (meter.roomId.isEmpty() || parent < 0) {
            if (common < 0)
                common = add({NodeKind::CommonArea, {}, tr("Common area"), {}, -1, 0, {}});
            parent = common;
        }
        QString name = tr("Electricity meter");
        if (meter.kind == QLatin1String("water"))
            name = tr("Water meter");
        else if (meter.kind == QLatin1String("gas"))
            name = tr("Gas meter");
        if (!meter.serial.isEmpty())
            name += QStringLiteral(" ") + meter.serial;
        QString details = meter.unitRate.paise() > 0 ? tr("%1 a unit").arg(rupees(meter.unitRate))
                                                     : tr("by slabs or not priced");
        if (meter.fixedCharge.paise() > 0)
            details += tr(" + %1 fixed").arg(rupees(meter.fixedCharge));
        if (meter.lastReadingDate.isValid())
            details += tr(" · read %1").arg(meter.lastReadingDate.toString(u"dd-MM-yyyy"));
        if (!meter.active)
            details += tr(" · retired");
        add({NodeKind::Meter, meter.id, name, details, parent, 0, {}});
    }
    if (common >= 0)
        m_nodes[common].details = inventory::meters(int(m_nodes[common].children.size()));
    endResetModel();
}

QModelIndex InventoryTreeModel::find(NodeKind kind, const QString& id) const
{
    for (int n = 0; n < m_nodes.size(); ++n)
        if (m_nodes.at(n).kind == kind && m_nodes.at(n).id == id)
            return createIndex(m_nodes.at(n).row, 0, quintptr(n));
    return {};
}

const InventoryTreeModel::Node* InventoryTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(int(index.internalId()));
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node* up = nodeOf(parent);
    const QList<int>& rows = up ? up->children : m_top;
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex InventoryTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int InventoryTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* node = nodeOf(parent);
    return int(node ? node->children.size() : m_top.size());
}

int InventoryTreeModel::columnCount(const QModelIndex&) const
{
    return 2;
}

QVariant InventoryTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == 0 ? node->name : node->details;
    case NodeKindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    default:
        return {};
    }
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > 1)
        return {};
    return section == 0 ? tr("Floors, rooms, beds, meters") : tr("Details");
}

} // namespace rentflow::ui::inventory
