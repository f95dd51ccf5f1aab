#pragma once

#include <store/StoreError.h>

#include <QFont>
#include <QRawFont>
#include <QString>
#include <QStringView>

namespace rentflow::reports {

// The documents' typefaces: Noto Sans for Latin text and figures, Noto Sans
// Devanagari for Hindi, both from Debian's fonts-noto-core and found through
// QFontDatabase. Every document font lists both, so a Hindi name on an English
// invoice (or an English one on a Hindi invoice) prints in the right script.
class DocumentFonts
{
public:
    static constexpr const char* kLatinFamily = "Noto Sans";
    static constexpr const char* kDevanagariFamily = "Noto Sans Devanagari";

    // Fails, naming the missing family and the package, when either font is not
    // installed: a document is never printed in a fallback font or with empty boxes.
    static store::StoreResult<DocumentFonts> load();

    // pointSize in typographic points; bold for headings and totals.
    QFont font(qreal pointSize, bool bold = false) const;

    // The first character neither font can draw, as a message naming it and the
    // field it is in ("resident name: the character 'அ' (U+0B85) cannot be printed…");
    // empty when all of `text` prints.
    QString unprintable(QStringView field, QStringView text) const;

private:
    DocumentFonts() = default;
    QRawFont m_latin;
    QRawFont m_devanagari;
};

} // namespace rentflow::reports
