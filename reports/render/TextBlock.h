#pragma once

#include <QColor>
#include <QFont>
#include <QPaintDevice>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace rentflow::reports {

// Text wrapped in a width, every line on the same pitch: the Latin face's height,
// with the baseline at its ascent, whatever script the line holds. Qt sizes a line by
// the tallest face in it, so a Hindi line with a Latin word (or a figure) would sit
// lower and further apart than one without, and two cells of one table row would not
// line up. A Devanagari line fits the Latin pitch (its headline and matras stay
// within the ascent, its lower vowel signs within the descent and the gap below).
// A word longer than the width breaks anywhere rather than running out of its box;
// '\n' starts a new line.
namespace textblock {

qreal height(const QFont& font, const QString& text, qreal width, QPaintDevice* device);
void draw(QPainter& painter, const QRectF& rect, const QFont& font, const QString& text,
          Qt::Alignment align = Qt::AlignLeft, const QColor& color = Qt::black);

} // namespace textblock
} // namespace rentflow::reports
