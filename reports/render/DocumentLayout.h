#pragma once

#include "DocumentFonts.h"
#include "LaidOutDocument.h"
#include "PageSetup.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPaintDevice>
#include <QRectF>
#include <QStringList>

#include <functional>

namespace rentflow::reports {

struct TextStyle
{
    qreal scale = 1.0; // × the paper's body size
    bool bold = false;
    Qt::Alignment align = Qt::AlignLeft;
    QColor color = Qt::black;
};

struct TableColumn
{
    QString heading;
    qreal weight = 1.0; // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
    // When set, the column is as wide as this text in bold (a code that must not
    // break, "996322", or the heading's longest word), and `weight` is not used; the
    // others share what is left.
    QString fitTo = {};
};

// A titled box of lines; boxes() sets several side by side (billed to | details).
struct InfoBox
{
    QString title;
    QStringList lines;
};

struct TableRow
{
    QStringList cells; // one per column
    bool bold = false;
    bool shaded = false;
};

// Lays a document out top to bottom over as many pages as it needs, between the
// page's header and footer bands: paragraphs wrap, a block is kept whole on one
// page, a table's heading row is repeated on every page it runs onto, and nothing
// is ever drawn past the bottom margin (it moves to the next page instead).
// Measures text against the PDF writer, so what is measured is what prints.
class DocumentLayout
{
public:
    DocumentLayout(QPaintDevice& device, const PageSetup& setup, const DocumentFonts& fonts,
                   qreal headerHeight, qreal footerHeight);

    const PageSetup& setup() const { return m_setup; }
    const DocumentFonts& fonts() const { return m_fonts; }
    QPaintDevice& device() const { return m_device; }
    // Body text of the paper's size × scale.
    QFont font(qreal scale = 1.0, bool bold = false) const;
    // The height `text` takes wrapped in `width`.
    qreal textHeight(const QString& text, const QFont& font, qreal width) const;
    qreal textWidth(const QString& text, const QFont& font) const;
    qreal contentWidth() const { return m_right - m_left; }
    qreal left() const { return m_left; }
    qreal remaining() const { return m_bottom - m_y; }

    void paragraph(const QString& text, const TextStyle& style = {});
    void gap(qreal height);
    void rule(qreal thickness = pt(0.6));
    // A drawing `height` tall across the content width, kept on one page; paint
    // gets its rectangle.
    void block(qreal height, std::function<void(QPainter&, const QRectF&)> paint);
    void table(const QList<TableColumn>& columns, const QList<TableRow>& rows);
    // A table without a heading row, `widthShare` of the content width, set at the
    // right (totals), kept on one page.
    void summary(const QList<TableColumn>& columns, const QList<TableRow>& rows, qreal widthShare);
    // Boxes of equal width side by side, as tall as the tallest, kept on one page.
    void boxes(const QList<InfoBox>& boxes);
    void pageBreak();

    // Draws `text` wrapped in `rect` (for blocks and frames).
    static void drawText(QPainter& painter, const QRectF& rect, const QFont& font,
                         const QString& text, Qt::Alignment align = Qt::AlignLeft,
                         const QColor& color = Qt::black);

    // The first text that cannot be printed in the document fonts, or empty.
    const QString& problem() const { return m_problem; }
    LaidOutDocument finish(std::function<void(QPainter&, int page, int pageCount)> frame);

private:
    void check(const QString& text);
    void add(PaintOp op) { m_pages.back().push_back(std::move(op)); }
    void newPage();
    // Moves to a new page unless `height` fits (or the page is still empty).
    bool ensure(qreal height);
    QList<qreal> columnWidths(const QList<TableColumn>& columns, qreal width) const;
    qreal rowHeight(const QList<TableColumn>& columns, const QStringList& cells, bool bold,
                    const QList<qreal>& widths) const;
    void paintRow(const QList<TableColumn>& columns, const QStringList& cells, bool bold,
                  bool shaded, const QList<qreal>& widths, qreal height, qreal x0);

    QPaintDevice& m_device;
    PageSetup m_setup;
    const DocumentFonts& m_fonts;
    qreal m_left, m_right, m_top, m_bottom;
    qreal m_y;
    bool m_pageEmpty = true;
    std::vector<std::vector<PaintOp>> m_pages;
    QString m_problem;
};

} // namespace rentflow::reports
