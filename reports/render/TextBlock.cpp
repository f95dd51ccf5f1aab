#include "TextBlock.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

namespace rentflow::reports::textblock {

namespace {

struct Pitch
{
    qreal ascent = 0;
    qreal height = 0;
};

// The pitch of the font's Latin face: the first family that is not Devanagari.
Pitch pitchOf(const QFont& font, QPaintDevice* device)
{
    QFont latin = font;
    for (const QString& family : font.families())
        if (!family.contains(QLatin1String("Devanagari"))) {
            latin.setFamilies({family});
            break;
        }
    const QFontMetricsF metrics(latin, device);
    return {metrics.ascent(), metrics.height()};
}

// Lays `text` out in lines of `width`, each on the pitch; returns the line count.
int layOut(QTextLayout& layout, qreal width, Qt::Alignment align, const Pitch& pitch)
{
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    int lines = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, lines * pitch.height + pitch.ascent - line.ascent()));
        ++lines;
    }
    layout.endLayout();
    return qMax(lines, 1);
}

QString withLineBreaks(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

} // namespace

qreal height(const QFont& font, const QString& text, qreal width, QPaintDevice* device)
{
    const Pitch pitch = pitchOf(font, device);
    if (text.isEmpty())
        return pitch.height;
    QTextLayout layout(withLineBreaks(text), font, device);
    return layOut(layout, width, Qt::AlignLeft, pitch) * pitch.height;
}

void draw(QPainter& painter, const QRectF& rect, const QFont& font, const QString& text,
          Qt::Alignment align, const QColor& color)
{
    if (text.isEmpty())
        return;
    QPaintDevice* device = painter.device();
    const Pitch pitch = pitchOf(font, device);
    QTextLayout layout(withLineBreaks(text), font, device);
    layOut(layout, rect.width(), align & Qt::AlignHorizontal_Mask, pitch);
    painter.setPen(color);
    layout.draw(&painter, rect.topLeft());
}

} // namespace rentflow::reports::textblock
