#pragma once

#include <QPageSize>
#include <QSizeF>

namespace rentflow::reports {

// Layout units: the PDF is written at 720 dots per inch, so one unit is a tenth
// of a typographic point; coordinates stay exact without a painter transform.
inline constexpr int kDotsPerInch = 720;
inline constexpr qreal mm(qreal millimetres)
{
    return millimetres * kDotsPerInch / 25.4;
}
inline constexpr qreal pt(qreal points)
{
    return points * kDotsPerInch / 72.0;
}

enum class Paper
{
    A4,
    A5,
};

// The paper and its margins; A5 prints the same content smaller.
struct PageSetup
{
    Paper paper = Paper::A4;

    QPageSize pageSize() const
    {
        return QPageSize(paper == Paper::A5 ? QPageSize::A5 : QPageSize::A4);
    }
    // The page in layout units.
    QSizeF size() const
    {
        const QSizeF millimetres = pageSize().size(QPageSize::Millimeter);
        return {mm(millimetres.width()), mm(millimetres.height())};
    }
    qreal margin() const { return paper == Paper::A5 ? mm(9) : mm(14); }
    // Body text size in points; headings scale from it.
    qreal bodyPoints() const { return paper == Paper::A5 ? 7.5 : 9.0; }
};

} // namespace rentflow::reports
