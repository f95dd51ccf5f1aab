#include "Signature.h"

#include <render/PageSetup.h>

#include <QPainter>

namespace rentflow::reports {

namespace {

constexpr Label kFor{"For %1", "कृते %1"};
constexpr Label kSignatory{"Authorised signatory", "अधिकृत हस्ताक्षरकर्ता"};
constexpr Label kRevenueStamp{"Affix revenue stamp", "रसीदी टिकट लगाएँ"};

} // namespace

void signatureBlock(DocumentLayout& layout, const Issuer& issuer, Lang lang,
                    const SignatureOptions& options)
{
    const QFont f = layout.font(0.95);
    const QFont bold = layout.font(0.95, true);
    const QFont small = layout.font(0.75);
    // "For" the registered (legal) name when there is one: it is who signs.
    const QString forLine =
        kFor.in(lang).arg(issuer.letterhead.legalName.isEmpty() ? issuer.letterhead.name
                                                                : issuer.letterhead.legalName);
    QString signLine = kSignatory.in(lang);
    if (!issuer.signatory.isEmpty())
        signLine = issuer.signatory + QLatin1Char('\n') + signLine;
    const qreal width = layout.contentWidth() * 0.45;
    const qreal top = layout.textHeight(forLine, bold, width);
    const qreal bottom = layout.textHeight(signLine, f, width);
    const qreal space = mm(options.revenueStampBox ? 24 : 13);
    const QString counterpart = options.counterpartName;
    const QString counterpartHeading = options.counterpartHeading;
    const qreal leftWidth = layout.contentWidth() * 0.4;
    const qreal leftTop =
        counterpartHeading.isEmpty() ? 0 : layout.textHeight(counterpartHeading, bold, leftWidth);
    const qreal leftBottom =
        counterpart.isEmpty() ? 0 : layout.textHeight(counterpart, f, leftWidth);
    const QString confirms = options.confirms;
    const QFont confirmsFont = layout.font(0.95);
    const qreal lead =
        confirms.isEmpty()
            ? 0
            : layout.textHeight(confirms, confirmsFont, layout.contentWidth()) + mm(2);
    const qreal height = lead + qMax(top + space + bottom, leftTop + space + leftBottom);
    const QString stamp = kRevenueStamp.in(lang);
    const bool stampBox = options.revenueStampBox;
    layout.block(height, [=](QPainter& p, const QRectF& whole) {
        if (!confirms.isEmpty())
            DocumentLayout::drawText(p, whole, confirmsFont, confirms);
        const QRectF rect = whole.adjusted(0, lead, 0, 0);
        const QRectF column(rect.right() - width, rect.top(), width, rect.height());
        DocumentLayout::drawText(p, column, bold, forLine, Qt::AlignRight);
        DocumentLayout::drawText(p, column.adjusted(0, top + space, 0, 0), f, signLine,
                                 Qt::AlignRight);
        if (stampBox) {
            // A box a stamp fits in, where the signatory signs across it.
            const QRectF box(rect.right() - mm(38), rect.top() + top + mm(2), mm(20), mm(18));
            p.save();
            p.setPen(QPen(Qt::black, pt(0.6), Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            p.restore();
            DocumentLayout::drawText(p, box.adjusted(mm(1.5), mm(5), -mm(1.5), 0), small, stamp,
                                     Qt::AlignHCenter);
        }
        if (!counterpartHeading.isEmpty()) {
            const QRectF left(rect.left(), rect.top(), leftWidth, rect.height());
            DocumentLayout::drawText(p, left, bold, counterpartHeading);
            p.save();
            p.setPen(QPen(Qt::black, pt(0.5)));
            const qreal lineY = rect.top() + leftTop + space - mm(1);
            p.drawLine(QPointF(left.left(), lineY), QPointF(left.left() + leftWidth * 0.8, lineY));
            p.restore();
            DocumentLayout::drawText(p, left.adjusted(0, leftTop + space, 0, 0), f, counterpart);
        }
    });
}

} // namespace rentflow::reports
