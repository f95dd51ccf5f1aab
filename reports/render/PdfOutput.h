#pragma once

#include "LaidOutDocument.h"
#include "PageSetup.h"

#include <QBuffer>
#include <QByteArray>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace rentflow::reports {

// A PDF being written in memory: one document, or many (a month's invoices in one
// file to print), each with its own page numbers. Vector text; Qt embeds the
// glyphs used of each font as a subset.
class PdfOutput
{
public:
    PdfOutput(const PageSetup& setup, const QString& title);
    PdfOutput(const PdfOutput&) = delete;
    PdfOutput& operator=(const PdfOutput&) = delete;

    // What layout measures text against: the writer's resolution and fonts.
    QPaintDevice& device() { return m_writer; }
    // Appends the document's pages.
    void paint(const LaidOutDocument& document);
    // Ends the PDF and hands over its bytes; the output is finished after this.
    QByteArray finish();
    int pageCount() const { return m_pages; }

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfWriter m_writer;
    QPainter m_painter;
    int m_pages = 0;
};

} // namespace rentflow::reports
