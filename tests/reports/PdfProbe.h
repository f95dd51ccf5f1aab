#pragma once

#include <QString>
#include <QStringList>

namespace rentflow::test {

// What a person, a printer and a PDF checker see in a PDF the documents wrote.
struct PdfProbe
{
    // The text of each page, as Poppler-Qt6 extracts it (reading order).
    static QStringList pageTexts(const QString& pdf);
    // All pages' text joined.
    static QString text(const QString& pdf);
    static int pageCount(const QString& pdf);
    // `qpdf --check`: empty when the file passes, else what qpdf said.
    static QString qpdfProblems(const QString& pdf);
    // `pdffonts`: the fonts used, each "NAME emb=yes|no"; empty list on failure.
    static QStringList fonts(const QString& pdf);
    // Whether every font pdffonts lists is embedded (and there is at least one).
    static bool allFontsEmbedded(const QString& pdf);
    // Every QR code on page `page` (1-based), rasterised by Poppler (pdftoppm, 300 dpi)
    // and decoded by zbarimg, as the exact strings they hold.
    static QStringList qrCodes(const QString& pdf, int page = 1);
    // Renders page `page` to a PNG (pdftoppm) for looking at; returns its path.
    static QString png(const QString& pdf, int page, int dpi, const QString& outBase);
};

} // namespace rentflow::test
