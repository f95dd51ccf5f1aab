#include "BedBoardModel.h"

#include "BedStatus.h"

#include <common/DisplayText.h>

namespace rentflow::ui::inventory {

BedBoardModel::BedBoardModel(QObject* parent) : QAbstractListModel(parent) {}

void BedBoardModel::setTiles(QList<BedBoard::Tile> tiles)
{
    beginResetModel();
    m_tiles = std::move(tiles);
    endResetModel();
}

int BedBoardModel::rowOf(const QString& bedId) const
{
    for (int row = 0; row < m_tiles.size(); ++row)
        if (m_tiles.at(row).bedId == bedId)
            return row;
    return -1;
}

int BedBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QString BedBoardModel::floorTitle(const QString& floorName)
{
    const QString name = floorName.trimmed();
    if (name.compare(QLatin1String("G"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("0"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("Ground"), Qt::CaseInsensitive) == 0)
        return tr("Ground floor");
    bool numeric = false;
    name.toInt(&numeric);
    return numeric ? tr("Floor %1").arg(name) : name;
}

QString BedBoardModel::statusText(const BedBoard::Tile& tile) const
{
    if (tile.status == QLatin1String("vacating") && tile.vacatingOn.isValid())
        return tr("Vacating on %1").arg(shownDate(tile.vacatingOn));
    if (tile.status == QLatin1String("reserved") && tile.stayFrom.isValid())
        return tr("Reserved from %1").arg(shownDate(tile.stayFrom));
    return bedStatus(tile.status).text;
}

QString BedBoardModel::toolTip(const BedBoard::Tile& tile) const
{
    QStringList lines{tr("Bed %1 · %2 · %n sharing", nullptr, tile.sharing)
                          .arg(tile.name(), floorTitle(tile.floorName)),
                      statusText(tile),
                      tr("Rent %1 · deposit %2").arg(rupees(tile.rent), rupees(tile.deposit))};
    if (!tile.residentName.isEmpty())
        lines << tr("%1 · dues %2").arg(tile.residentName, rupees(tile.dues));
    if (!tile.nextResidentName.isEmpty())
        lines << tr("Next: %1 from %2").arg(tile.nextResidentName, shownDate(tile.nextFrom));
    if (tile.availableFrom.isValid())
        lines << tr("Free to let from %1").arg(shownDate(tile.availableFrom));
    return lines.join(QLatin1Char('\n'));
}

QVariant BedBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BedBoard::Tile& tile = m_tiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tile.name();
    case Qt::ToolTipRole:
        return toolTip(tile);
    case Qt::AccessibleTextRole:
        return tile.name() + QStringLiteral(", ") + statusText(tile) +
               (tile.residentName.isEmpty() ? QString() : QStringLiteral(", ") + tile.residentName);
    case BedIdRole:
        return tile.bedId;
    case StatusRole:
        return tile.status;
    case StatusTextRole:
        return statusText(tile);
    case ResidentIdRole:
        return tile.residentId;
    case ResidentNameRole:
        return tile.residentName;
    case DuesRole:
        if (tile.residentId.isEmpty())
            return QString();
        if (tile.dues.paise() > 0)
            return tr("Dues %1").arg(rupees(tile.dues));
        if (tile.dues.isNegative())
            return tr("Advance %1").arg(rupees(Money::fromPaise(-tile.dues.paise())));
        return tr("No dues");
    case DuesPaiseRole:
        return tile.dues.paise();
    case RentTextRole:
        return rupees(tile.rent);
    case RoomIdRole:
        return tile.roomId;
    case RoomNumberRole:
        return tile.roomNumber;
    case FloorNameRole:
        return tile.floorName;
    case FloorLevelRole:
        return tile.floorLevel;
    case SharingRole:
        return tile.sharing;
    case AvailableFromRole:
        return tile.availableFrom;
    case GroupRole:
        return tr("%1 · Room %2").arg(floorTitle(tile.floorName), tile.roomNumber);
    default:
        return {};
    }
}

QHash<int, QByteArray> BedBoardModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(BedIdRole, "bedId");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(ResidentIdRole, "residentId");
    names.insert(ResidentNameRole, "residentName");
    names.insert(DuesRole, "dues");
    names.insert(DuesPaiseRole, "duesPaise");
    names.insert(RentTextRole, "rent");
    names.insert(RoomIdRole, "roomId");
    names.insert(RoomNumberRole, "roomNumber");
    names.insert(FloorNameRole, "floorName");
    names.insert(FloorLevelRole, "floorLevel");
    names.insert(SharingRole, "sharing");
    names.insert(AvailableFromRole, "availableFrom");
    names.insert(GroupRole, "group");
    return names;
}

void BedBoardFilter::setFloor(const QString& floorName)
{
    m_floor = floorName;
    invalidateFilter();
}

void BedBoardFilter::setSharing(int sharing)
{
    m_sharing = sharing;
    invalidateFilter();
}

void BedBoardFilter::setVacantFrom(const QDate& day)
{
    m_vacantFrom = day;
    invalidateFilter();
}

bool BedBoardFilter::isFiltering() const
{
    return !m_floor.isEmpty() || m_sharing > 0 || m_vacantFrom.isValid();
}

void BedBoardFilter::clearFilters()
{
    m_floor.clear();
    m_sharing = 0;
    m_vacantFrom = {};
    invalidateFilter();
}

bool BedBoardFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_floor.isEmpty() && index.data(BedBoardModel::FloorNameRole).toString() != m_floor)
        return false;
    if (m_sharing > 0 && index.data(BedBoardModel::SharingRole).toInt() != m_sharing)
        return false;
    if (m_vacantFrom.isValid()) {
        // Free to let on that day: it comes free on or before it.
        const QDate free = index.data(BedBoardModel::AvailableFromRole).toDate();
        if (!free.isValid() || free > m_vacantFrom)
            return false;
    }
    return true;
}

} // namespace rentflow::ui::inventory
