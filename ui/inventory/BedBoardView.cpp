#include "BedBoardView.h"

#include "BedBoardModel.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

namespace rentflow::ui::inventory {

namespace {

constexpr int kMargin = 12;
constexpr int kSpacing = 8;          // between tiles of a room
constexpr int kRoomPadding = 8;      // inside a room's frame
constexpr int kRoomTitleHeight = 22; // "Room 101 · 3 sharing"
constexpr int kRoomGap = 14;         // between room frames
constexpr int kFloorHeight = 34;     // a floor's heading

} // namespace

BedBoardView::BedBoardView(QWidget* parent) : QAbstractItemView(parent)
{
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectItems);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    setAttribute(Qt::WA_MacShowFocusRect, false);
    viewport()->setBackgroundRole(QPalette::Base);
}

void BedBoardView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    viewport()->update();
}

QSize BedBoardView::sizeHint() const
{
    return {4 * (kTileWidth + kSpacing) + 2 * kMargin, 3 * (kTileHeight + kFloorHeight)};
}

void BedBoardView::invalidateLayout()
{
    m_dirty = true;
    viewport()->update();
    updateGeometries();
}

void BedBoardView::ensureLayout() const
{
    if (m_dirty)
        const_cast<BedBoardView*>(this)->layoutTiles();
}

void BedBoardView::doItemsLayout()
{
    m_dirty = true;
    QAbstractItemView::doItemsLayout();
}

void BedBoardView::reset()
{
    QAbstractItemView::reset();
    invalidateLayout();
}

void BedBoardView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    invalidateLayout();
}

void BedBoardView::rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    invalidateLayout();
}

void BedBoardView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                               const QList<int>& roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    invalidateLayout();
}

void BedBoardView::resizeEvent(QResizeEvent* event)
{
    QAbstractItemView::resizeEvent(event);
    invalidateLayout();
}

void BedBoardView::layoutTiles()
{
    m_dirty = false;
    m_tiles.clear();
    m_floors.clear();
    m_rooms.clear();
    m_contentHeight = 0;
    if (!model())
        return;
    const int rows = model()->rowCount(rootIndex());
    m_tiles.reserve(rows);
    const int width = qMax(viewport()->width(), kTileWidth + 2 * (kMargin + kRoomPadding));
    const int right = width - kMargin;
    int x = kMargin;
    int y = kMargin;
    int lineBottom = y; // the lowest room frame of the current line
    QString floor;
    int row = 0;
    while (row < rows) {
        const QModelIndex first = model()->index(row, 0, rootIndex());
        const QString floorName = first.data(BedBoardModel::FloorNameRole).toString();
        const QString roomId = first.data(BedBoardModel::RoomIdRole).toString();
        // This room's beds: the rows that follow with the same room.
        int end = row + 1;
        while (end < rows &&
               model()->index(end, 0, rootIndex()).data(BedBoardModel::RoomIdRole).toString() ==
                   roomId)
            ++end;
        if (m_floors.isEmpty() || floorName != floor) {
            floor = floorName;
            y = m_floors.isEmpty() ? kMargin : lineBottom + kRoomGap;
            m_floors.append({QRect(kMargin, y, width - 2 * kMargin, kFloorHeight - 8),
                             BedBoardModel::floorTitle(floorName)});
            y += kFloorHeight;
            x = kMargin;
            lineBottom = y;
        }
        // A room's beds in as many columns as fit the width, at most all in one line.
        const int beds = end - row;
        const int fitting =
            qMax(1, (width - 2 * kMargin - 2 * kRoomPadding + kSpacing) / (kTileWidth + kSpacing));
        const int columns = qMin(beds, fitting);
        const int lines = (beds + columns - 1) / columns;
        const int frameWidth = 2 * kRoomPadding + columns * kTileWidth + (columns - 1) * kSpacing;
        const int frameHeight =
            kRoomTitleHeight + kRoomPadding + lines * kTileHeight + (lines - 1) * kSpacing;
        if (x > kMargin && x + frameWidth > right) { // wrap to the next line of rooms
            x = kMargin;
            y = lineBottom + kRoomGap;
        }
        const QRect frame(x, y, frameWidth, frameHeight);
        m_rooms.append({frame, tr("Room %1 · %n sharing", nullptr,
                                  first.data(BedBoardModel::SharingRole).toInt())
                                   .arg(first.data(BedBoardModel::RoomNumberRole).toString())});
        for (int i = 0; i < beds; ++i) {
            const int column = i % columns;
            const int line = i / columns;
            m_tiles.append(QRect(x + kRoomPadding + column * (kTileWidth + kSpacing),
                                 y + kRoomTitleHeight + line * (kTileHeight + kSpacing), kTileWidth,
                                 kTileHeight));
        }
        lineBottom = qMax(lineBottom, frame.bottom() + 1);
        x += frameWidth + kRoomGap;
        row = end;
    }
    m_contentHeight = lineBottom + kMargin;
}

void BedBoardView::updateGeometries()
{
    ensureLayout();
    const int page = viewport()->height();
    verticalScrollBar()->setRange(0, qMax(0, m_contentHeight - page));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(kTileHeight / 3);
    QAbstractItemView::updateGeometries();
}

QRect BedBoardView::visualRect(const QModelIndex& index) const
{
    ensureLayout();
    if (!index.isValid() || index.parent() != rootIndex() || index.row() >= m_tiles.size())
        return {};
    return m_tiles.at(index.row()).translated(-horizontalOffset(), -verticalOffset());
}

void BedBoardView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    const QRect rect = visualRect(index);
    if (!rect.isValid())
        return;
    const QRect area = viewport()->rect();
    QScrollBar* bar = verticalScrollBar();
    if (hint == PositionAtTop || (hint == EnsureVisible && rect.top() < area.top()))
        bar->setValue(bar->value() + rect.top() - kRoomTitleHeight - kFloorHeight);
    else if (hint == PositionAtBottom || (hint == EnsureVisible && rect.bottom() > area.bottom()))
        bar->setValue(bar->value() + rect.bottom() - area.bottom() + kMargin);
    else if (hint == PositionAtCenter)
        bar->setValue(bar->value() + rect.center().y() - area.center().y());
    viewport()->update();
}

QModelIndex BedBoardView::indexAt(const QPoint& point) const
{
    ensureLayout();
    const QPoint content = point + QPoint(horizontalOffset(), verticalOffset());
    for (int row = 0; row < m_tiles.size(); ++row)
        if (m_tiles.at(row).contains(content))
            return model()->index(row, 0, rootIndex());
    return {};
}

int BedBoardView::horizontalOffset() const
{
    return 0;
}

int BedBoardView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool BedBoardView::isIndexHidden(const QModelIndex&) const
{
    return false;
}

int BedBoardView::rowAbove(int row, int direction) const
{
    // The nearest tile in the line above (direction -1) or below (+1), by its centre.
    const QRect from = m_tiles.at(row);
    int best = -1;
    qint64 bestScore = 0;
    for (int other = 0; other < m_tiles.size(); ++other) {
        const QRect to = m_tiles.at(other);
        const int dy = (to.center().y() - from.center().y()) * direction;
        if (dy <= 0)
            continue;
        const qint64 dx = qAbs(to.center().x() - from.center().x());
        const qint64 score = qint64(dy) * 4 + dx; // the next line first, then the closest
        if (best < 0 || score < bestScore) {
            best = other;
            bestScore = score;
        }
    }
    return best < 0 ? row : best;
}

QModelIndex BedBoardView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    ensureLayout();
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (rows == 0)
        return {};
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return model()->index(0, 0, rootIndex());
    int row = current.row();
    switch (cursorAction) {
    case MoveLeft:
    case MovePrevious:
        row = qMax(0, row - 1);
        break;
    case MoveRight:
    case MoveNext:
        row = qMin(rows - 1, row + 1);
        break;
    case MoveUp:
        row = rowAbove(row, -1);
        break;
    case MoveDown:
        row = rowAbove(row, +1);
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = rows - 1;
        break;
    case MovePageUp:
    case MovePageDown: {
        const int step = viewport()->height() * (cursorAction == MovePageUp ? -1 : 1);
        const QPoint target = m_tiles.at(row).center() + QPoint(0, step);
        row = cursorAction == MovePageUp ? 0 : rows - 1;
        for (int other = 0; other < m_tiles.size(); ++other)
            if (m_tiles.at(other).contains(target.x(), m_tiles.at(other).center().y()) &&
                qAbs(m_tiles.at(other).center().y() - target.y()) <= kTileHeight) {
                row = other;
                break;
            }
        break;
    }
    }
    return model()->index(row, 0, rootIndex());
}

void BedBoardView::setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command)
{
    ensureLayout();
    const QRect content = rect.normalized().translated(horizontalOffset(), verticalOffset());
    for (int row = 0; row < m_tiles.size(); ++row)
        if (m_tiles.at(row).intersects(content)) {
            selectionModel()->select(model()->index(row, 0, rootIndex()), command);
            return;
        }
}

QRegion BedBoardView::visualRegionForSelection(const QItemSelection& selection) const
{
    QRegion region;
    for (const QModelIndex& index : selection.indexes())
        region += visualRect(index);
    return region;
}

void BedBoardView::paintEvent(QPaintEvent* event)
{
    ensureLayout();
    QPainter painter(viewport());
    const QRect exposed = event->rect();
    if (!model() || model()->rowCount(rootIndex()) == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        painter.setFont(font);
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                         Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const QPoint offset(-horizontalOffset(), -verticalOffset());
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    for (const Heading& floor : std::as_const(m_floors)) {
        const QRect rect = floor.rect.translated(offset);
        if (!rect.intersects(exposed))
            continue;
        painter.setFont(headingFont);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, floor.text);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    }
    QFont roomFont = font();
    roomFont.setBold(true);
    painter.setFont(roomFont);
    for (const Heading& room : std::as_const(m_rooms)) {
        const QRect rect = room.rect.translated(offset);
        if (!rect.intersects(exposed))
            continue;
        painter.setPen(palette().color(QPalette::Midlight));
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(rect.left() + kRoomPadding, rect.top(),
                               rect.width() - 2 * kRoomPadding, kRoomTitleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(room.text, Qt::ElideRight,
                                                          rect.width() - 2 * kRoomPadding));
    }
    painter.setBrush(Qt::NoBrush);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QModelIndex current = currentIndex();
    for (int row = 0; row < m_tiles.size(); ++row) {
        const QRect rect = m_tiles.at(row).translated(offset);
        if (!rect.intersects(exposed))
            continue;
        const QModelIndex index = model()->index(row, 0, rootIndex());
        QStyleOptionViewItem tile = option;
        tile.rect = rect;
        tile.state = QStyle::State_Enabled;
        if (selectionModel() && selectionModel()->isSelected(index))
            tile.state |= QStyle::State_Selected;
        if (index == current && hasFocus())
            tile.state |= QStyle::State_HasFocus;
        itemDelegate()->paint(&painter, tile, index);
    }
}

} // namespace rentflow::ui::inventory
