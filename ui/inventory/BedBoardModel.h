#pragma once

#include <payments/BedBoard.h>

#include <QAbstractListModel>
#include <QDate>
#include <QSortFilterProxyModel>

namespace rentflow::ui::inventory {

// The beds of one property, one row each (BedBoard::read), for the board's tiles.
// DisplayRole is the bed's name ("101-A"); the tile's parts come by the roles below.
class BedBoardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        BedIdRole = Qt::UserRole + 1,
        StatusRole,       // vacant | occupied | vacating | reserved | maintenance
        StatusTextRole,   // "Vacating on 15-12-2026", "Reserved from 01-12-2026"…
        ResidentIdRole,   // empty when nobody is on it
        ResidentNameRole, // empty when nobody is on it
        DuesRole,         // "Dues ₹ 7,000.00", "No dues", empty without a resident
        DuesPaiseRole,    // qint64
        RentTextRole,     // "₹ 12,000.00"
        RoomIdRole,
        RoomNumberRole,
        FloorNameRole,
        FloorLevelRole,
        SharingRole,       // beds in the room
        AvailableFromRole, // QDate; invalid: not free to let
        GroupRole          // "Floor 1 · Room 101": tiles of one group sit together
    };

    explicit BedBoardModel(QObject* parent = nullptr);

    void setTiles(QList<BedBoard::Tile> tiles);
    const QList<BedBoard::Tile>& tiles() const { return m_tiles; }
    // The row of that bed, -1 when it is not on the board.
    int rowOf(const QString& bedId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // How the floor is called on the board: "Ground floor", "Floor 2".
    static QString floorTitle(const QString& floorName);

private:
    QString statusText(const BedBoard::Tile& tile) const;
    QString toolTip(const BedBoard::Tile& tile) const;
    QList<BedBoard::Tile> m_tiles;
};

// The board's filters: one floor, one sharing (beds per room), beds free to let on or
// before a day. Each empty / 0 / invalid means "all".
class BedBoardFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFloor(const QString& floorName);
    void setSharing(int sharing);
    void setVacantFrom(const QDate& day);
    QString floor() const { return m_floor; }
    int sharing() const { return m_sharing; }
    QDate vacantFrom() const { return m_vacantFrom; }
    bool isFiltering() const;
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_floor;
    int m_sharing = 0;
    QDate m_vacantFrom;
};

} // namespace rentflow::ui::inventory
