#include "BedTileDelegate.h"

#include "BedBoardModel.h"
#include "BedBoardView.h"
#include "BedStatus.h"

#include <QPainter>

namespace rentflow::ui::inventory {

void BedTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const BedStatus status = bedStatus(index.data(BedBoardModel::StatusRole).toString());
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QRect tile = option.rect.adjusted(1, 1, -1, -1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(status.fill);
    painter->setPen(selected ? QPen(option.palette.color(QPalette::Highlight), 3)
                             : QPen(status.edge, 1));
    painter->drawRoundedRect(tile, 6, 6);
    // The state's colour as a band down the left edge, readable without the fill.
    painter->setPen(Qt::NoPen);
    painter->setBrush(status.edge);
    painter->drawRoundedRect(QRect(tile.left() + 1, tile.top() + 1, 6, tile.height() - 1), 3, 3);
    painter->setRenderHint(QPainter::Antialiasing, false);

    const QRect text = tile.adjusted(14, 6, -8, -6);
    const int line = text.height() / 4;
    const auto row = [&](int n) {
        return QRect(text.left(), text.top() + n * line, text.width(), line);
    };
    QFont bold = option.font;
    bold.setBold(true);
    const QColor ink(0x20, 0x20, 0x20); // the fills are light in every theme
    const QColor quiet(0x5f, 0x5f, 0x5f);

    painter->setFont(bold);
    painter->setPen(ink);
    painter->drawText(row(0), Qt::AlignLeft | Qt::AlignVCenter, index.data().toString());
    painter->setFont(option.font);
    painter->setPen(quiet);
    painter->drawText(row(0), Qt::AlignRight | Qt::AlignVCenter,
                      index.data(BedBoardModel::RentTextRole).toString());

    painter->setFont(bold);
    painter->setPen(status.edge.darker(115));
    const QFontMetrics boldMetrics(bold);
    painter->drawText(row(1), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(BedBoardModel::StatusTextRole).toString(),
                                             Qt::ElideRight, text.width()));

    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    painter->setPen(ink);
    painter->drawText(row(2), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(BedBoardModel::ResidentNameRole).toString(),
                                         Qt::ElideRight, text.width()));
    const qint64 dues = index.data(BedBoardModel::DuesPaiseRole).toLongLong();
    painter->setPen(dues > 0 ? QColor(0xb3, 0x26, 0x1e) : quiet);
    painter->drawText(row(3), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(BedBoardModel::DuesRole).toString(),
                                         Qt::ElideRight, text.width()));
    if (option.state.testFlag(QStyle::State_HasFocus) && !selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(tile.adjusted(3, 3, -3, -3));
    }
    painter->restore();
}

QSize BedTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return {BedBoardView::kTileWidth, BedBoardView::kTileHeight};
}

} // namespace rentflow::ui::inventory
