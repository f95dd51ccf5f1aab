#pragma once

#include <QAbstractItemView>
#include <QList>
#include <QRect>

namespace rentflow::ui::inventory {

// The bed board: every bed a tile, grouped by floor (a heading across) and room (a
// framed block of its beds), rooms flowing left to right and wrapping at the width.
// Works on any list model giving BedBoardModel's roles (the filter in practice); paints
// only the tiles in view, through the item delegate (BedTileDelegate). Arrow keys move
// between tiles, Enter or a double-click emits activated().
class BedBoardView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit BedBoardView(QWidget* parent = nullptr);

    // Shown centred when the model has no rows ("No rooms yet — Add room (Ctrl+Shift+R)").
    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }

    static constexpr int kTileWidth = 184;
    static constexpr int kTileHeight = 88;

    QRect visualRect(const QModelIndex& index) const override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint& point) const override;
    void doItemsLayout() override;
    void reset() override;
    QSize sizeHint() const override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex& index) const override;
    void setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection& selection) const override;
    void updateGeometries() override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override;
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = {}) override;

private:
    struct Heading
    {
        QRect rect;
        QString text;
    };
    void invalidateLayout();
    void ensureLayout() const;
    void layoutTiles();
    int rowAbove(int row, int direction) const;

    QString m_emptyText;
    mutable bool m_dirty = true;
    QList<QRect> m_tiles;    // per model row, in content coordinates
    QList<Heading> m_floors; // floor headings
    QList<Heading> m_rooms;  // room frames with their titles
    int m_contentHeight = 0;
};

} // namespace rentflow::ui::inventory
