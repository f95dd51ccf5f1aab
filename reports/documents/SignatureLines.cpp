#include "SignatureLines.h"

#include <QPainter>

namespace rentflow::reports {

void signatureLines(DocumentLayout& layout, const QList<SignatureSlot>& places)
{
    if (places.isEmpty())
        return;
    const QFont aboveFont = layout.font(0.95, true);
    const QFont belowFont = layout.font(0.95);
    const qreal spacing = mm(10);
    const qreal width =
        (layout.contentWidth() - spacing * qreal(places.size() - 1)) / qreal(places.size());
    qreal above = 0;
    qreal below = 0;
    for (const SignatureSlot& place : places) {
        if (!place.above.isEmpty())
            above = qMax(above, layout.textHeight(place.above, aboveFont, width));
        below = qMax(below, layout.textHeight(place.below, belowFont, width));
    }
    const qreal space = mm(14);
    layout.block(above + space + below, [=](QPainter& p, const QRectF& rect) {
        qreal x = rect.left();
        for (const SignatureSlot& place : places) {
            DocumentLayout::drawText(p, QRectF(x, rect.top(), width, above), aboveFont,
                                     place.above);
            const qreal lineY = rect.top() + above + space - mm(1);
            p.setPen(QPen(Qt::black, pt(0.6)));
            p.drawLine(QLineF(x, lineY, x + width, lineY));
            DocumentLayout::drawText(p, QRectF(x, rect.top() + above + space, width, below),
                                     belowFont, place.below);
            x += width + spacing;
        }
    });
}

} // namespace rentflow::reports
