#pragma once

#include <QStyledItemDelegate>

namespace rentflow::ui::inventory {

// Paints one bed of the board: its name and rent, its state in its colour ("Vacating on
// 15-12-2026"), the resident and their dues (red when they owe).
class BedTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rentflow::ui::inventory
