#pragma once

#include "PdfProbe.h"

#include <QRegularExpression>
#include <QSizeF>
#include <QString>

namespace rentflow::test {

// A PDF's text as a reader copies it: Poppler's extraction with the ligatures the
// fonts use ("ﬀ" in "Round off") spelt out, every run of white space one space, and
// in NFC (Poppler gives the nukta letter ज़ as U+095B, the source text ज + ़).
inline QString readable(QString text)
{
    text = text.normalized(QString::NormalizationForm_C);
    text.replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

inline QString readText(const QString& pdf)
{
    return readable(PdfProbe::text(pdf));
}

inline QStringList readPages(const QString& pdf)
{
    QStringList pages = PdfProbe::pageTexts(pdf);
    for (QString& page : pages)
        page = readable(page);
    return pages;
}

// Page `page`'s size in points, as Poppler reads it.
QSizeF pageSizePt(const QString& pdf, int page = 0);

} // namespace rentflow::test
