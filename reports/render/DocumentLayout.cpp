#include "DocumentLayout.h"

#include "TextBlock.h"

#include <QFontMetricsF>
#include <QPainter>

namespace rentflow::reports {

namespace {

const QColor kGrid(0x8a, 0x8a, 0x8a);
const QColor kShade(0xee, 0xee, 0xee);
const qreal kCellPadX = mm(1.4);
const qreal kCellPadY = mm(0.9);

} // namespace

DocumentLayout::DocumentLayout(QPaintDevice& device, const PageSetup& setup,
                               const DocumentFonts& fonts, qreal headerHeight, qreal footerHeight)
    : m_device(device), m_setup(setup), m_fonts(fonts)
{
    const QSizeF page = setup.size();
    m_left = setup.margin();
    m_right = page.width() - setup.margin();
    m_top = setup.margin() + headerHeight;
    m_bottom = page.height() - setup.margin() - footerHeight;
    m_y = m_top;
    m_pages.emplace_back();
}

QFont DocumentLayout::font(qreal scale, bool bold) const
{
    return m_fonts.font(m_setup.bodyPoints() * scale, bold);
}

qreal DocumentLayout::textHeight(const QString& text, const QFont& font, qreal width) const
{
    return textblock::height(font, text, width, &m_device);
}

qreal DocumentLayout::textWidth(const QString& text, const QFont& font) const
{
    return QFontMetricsF(font, &m_device).horizontalAdvance(text);
}

void DocumentLayout::drawText(QPainter& painter, const QRectF& rect, const QFont& font,
                              const QString& text, Qt::Alignment align, const QColor& color)
{
    textblock::draw(painter, rect, font, text, align, color);
}

void DocumentLayout::check(const QString& text)
{
    if (m_problem.isEmpty())
        m_problem = m_fonts.unprintable(u"text", text);
}

void DocumentLayout::newPage()
{
    m_pages.emplace_back();
    m_y = m_top;
    m_pageEmpty = true;
}

bool DocumentLayout::ensure(qreal height)
{
    if (m_y + height <= m_bottom || m_pageEmpty)
        return false;
    newPage();
    return true;
}

void DocumentLayout::paragraph(const QString& text, const TextStyle& style)
{
    check(text);
    const QFont f = font(style.scale, style.bold);
    // A long paragraph is split between pages by lines, never clipped.
    const QFontMetricsF metrics(f, &m_device);
    const qreal width = contentWidth();
    const qreal height = textHeight(text, f, width);
    if (m_y + height <= m_bottom || height <= metrics.height() * 2) {
        ensure(height);
        const QRectF rect(m_left, m_y, width, height);
        add([=](QPainter& p) { drawText(p, rect, f, text, style.align, style.color); });
        m_y += height;
        m_pageEmpty = false;
        return;
    }
    if (text.contains(QLatin1Char('\n'))) {
        for (const QString& part : text.split(QLatin1Char('\n')))
            paragraph(part, style);
        return;
    }
    // Lay the paragraph line by line: take words while they fit.
    const QStringList words = text.split(QLatin1Char(' '));
    QString line;
    QStringList lines;
    for (const QString& word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    for (const QString& l : lines) {
        const qreal h = textHeight(l, f, width);
        ensure(h);
        const QRectF rect(m_left, m_y, width, h);
        add([=](QPainter& p) { drawText(p, rect, f, l, style.align, style.color); });
        m_y += h;
        m_pageEmpty = false;
    }
}

void DocumentLayout::gap(qreal height)
{
    if (!m_pageEmpty)
        m_y = qMin(m_y + height, m_bottom);
}

void DocumentLayout::rule(qreal thickness)
{
    ensure(thickness);
    const QLineF line(m_left, m_y + thickness / 2, m_right, m_y + thickness / 2);
    add([=](QPainter& p) {
        p.setPen(QPen(kGrid, thickness));
        p.drawLine(line);
    });
    m_y += thickness;
}

void DocumentLayout::block(qreal height, std::function<void(QPainter&, const QRectF&)> paint)
{
    ensure(height);
    const QRectF rect(m_left, m_y, contentWidth(), height);
    add([paint = std::move(paint), rect](QPainter& p) { paint(p, rect); });
    m_y += height;
    m_pageEmpty = false;
}

void DocumentLayout::pageBreak()
{
    if (!m_pageEmpty)
        newPage();
}

qreal DocumentLayout::rowHeight(const QList<TableColumn>& columns, const QStringList& cells,
                                bool bold, const QList<qreal>& widths) const
{
    const QFont f = font(1.0, bold);
    qreal height = 0;
    for (int i = 0; i < columns.size(); ++i)
        height = qMax(height, textHeight(cells.value(i), f, widths[i] - 2 * kCellPadX));
    return height + 2 * kCellPadY;
}

void DocumentLayout::paintRow(const QList<TableColumn>& columns, const QStringList& cells,
                              bool bold, bool shaded, const QList<qreal>& widths, qreal height,
                              qreal x0)
{
    const QFont f = font(1.0, bold);
    qreal x = x0;
    const qreal y = m_y;
    for (int i = 0; i < columns.size(); ++i) {
        const QRectF cell(x, y, widths[i], height);
        const QRectF inner = cell.adjusted(kCellPadX, kCellPadY, -kCellPadX, -kCellPadY);
        const QString text = cells.value(i);
        const Qt::Alignment align = columns[i].align | Qt::AlignTop;
        add([=](QPainter& p) {
            if (shaded)
                p.fillRect(cell, kShade);
            p.setPen(QPen(kGrid, pt(0.4)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(cell);
            if (!text.isEmpty())
                drawText(p, inner, f, text, align);
        });
        x += widths[i];
    }
    m_y += height;
    m_pageEmpty = false;
}

QList<qreal> DocumentLayout::columnWidths(const QList<TableColumn>& columns, qreal width) const
{
    const QFont bold = font(1.0, true);
    QList<qreal> widths;
    qreal fitted = 0;
    qreal weights = 0;
    for (const TableColumn& c : columns) {
        const qreal own =
            c.fitTo.isEmpty() ? 0 : textWidth(c.fitTo, bold) + 2 * kCellPadX + pt(0.5);
        widths.append(own);
        fitted += own;
        weights += c.fitTo.isEmpty() ? c.weight : 0;
    }
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].fitTo.isEmpty() && weights > 0)
            widths[i] = (width - fitted) * columns[i].weight / weights;
    return widths;
}

void DocumentLayout::summary(const QList<TableColumn>& columns, const QList<TableRow>& rows,
                             qreal widthShare)
{
    const qreal width = contentWidth() * widthShare;
    const QList<qreal> widths = columnWidths(columns, width);
    qreal height = 0;
    QList<qreal> heights;
    for (const TableRow& row : rows) {
        for (const QString& cell : row.cells)
            check(cell);
        heights.append(rowHeight(columns, row.cells, row.bold, widths));
        height += heights.back();
    }
    ensure(height);
    for (int i = 0; i < rows.size(); ++i)
        paintRow(columns, rows[i].cells, rows[i].bold, rows[i].shaded, widths, heights[i],
                 m_right - width);
}

void DocumentLayout::boxes(const QList<InfoBox>& boxes)
{
    if (boxes.isEmpty())
        return;
    const qreal spacing = mm(3);
    const qreal width = (contentWidth() - spacing * (boxes.size() - 1)) / boxes.size();
    const QFont titleFont = font(0.9, true);
    const QFont bodyFont = font(1.0);
    qreal height = 0;
    for (const InfoBox& box : boxes) {
        check(box.title);
        const QString body = box.lines.join(QLatin1Char('\n'));
        check(body);
        height = qMax(height, textHeight(box.title, titleFont, width - 2 * kCellPadX) +
                                  textHeight(body, bodyFont, width - 2 * kCellPadX));
    }
    height += 2 * kCellPadY + mm(0.8);
    ensure(height);
    qreal x = m_left;
    const qreal y = m_y;
    for (const InfoBox& box : boxes) {
        const QRectF rect(x, y, width, height);
        const QString title = box.title;
        const QString body = box.lines.join(QLatin1Char('\n'));
        const qreal titleHeight = textHeight(title, titleFont, width - 2 * kCellPadX);
        add([=](QPainter& p) {
            p.setPen(QPen(kGrid, pt(0.4)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(rect);
            const QRectF inner = rect.adjusted(kCellPadX, kCellPadY, -kCellPadX, -kCellPadY);
            drawText(p, inner, titleFont, title, Qt::AlignLeft, QColor(0x44, 0x44, 0x44));
            drawText(p, inner.adjusted(0, titleHeight + mm(0.8), 0, 0), bodyFont, body);
        });
        x += width + spacing;
    }
    m_y += height;
    m_pageEmpty = false;
}

void DocumentLayout::table(const QList<TableColumn>& columns, const QList<TableRow>& rows)
{
    const QList<qreal> widths = columnWidths(columns, contentWidth());
    QStringList headings;
    for (const TableColumn& c : columns) {
        headings.append(c.heading);
        check(c.heading);
    }
    const qreal headingHeight = rowHeight(columns, headings, true, widths);
    bool headingOnPage = false;
    for (const TableRow& row : rows) {
        for (const QString& cell : row.cells)
            check(cell);
        const qreal height = rowHeight(columns, row.cells, row.bold, widths);
        const qreal needed = headingOnPage ? height : headingHeight + height;
        if (ensure(needed))
            headingOnPage = false;
        if (!headingOnPage) {
            paintRow(columns, headings, true, true, widths, headingHeight, m_left);
            headingOnPage = true;
        }
        paintRow(columns, row.cells, row.bold, row.shaded, widths, height, m_left);
    }
    if (rows.isEmpty())
        paintRow(columns, headings, true, true, widths, headingHeight, m_left);
}

LaidOutDocument DocumentLayout::finish(std::function<void(QPainter&, int, int)> frame)
{
    LaidOutDocument document;
    document.pages = std::move(m_pages);
    document.frame = std::move(frame);
    m_pages.clear();
    m_pages.emplace_back();
    return document;
}

} // namespace rentflow::reports
