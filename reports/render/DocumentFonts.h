#pragma once

#include <store/StoreError.h>
#include <text/Lang.h>

#include <QFont>
#include <QRawFont>
#include <QString>
#include <QStringView>

namespace rentflow::reports {

// The documents' typefaces: Noto Sans for Latin text and figures, Noto Sans
// Devanagari for Hindi, Noto Sans Math for the arrows and signs in a reading's
// basis, all from Debian's fonts-noto-core, found through QFontDatabase. Every
// document font lists all three, so a Hindi name on an English invoice (or an
// English one on a Hindi invoice) prints in the right script; the document's own
// language comes first.
class DocumentFonts
{
public:
    static constexpr const char* kLatinFamily = "Noto Sans";
    static constexpr const char* kDevanagariFamily = "Noto Sans Devanagari";
    static constexpr const char* kSymbolFamily = "Noto Sans Math";

    // Fails, naming the missing family and the package, when either font is not
    // installed: a document is never printed in a fallback font or with empty boxes.
    static store::StoreResult<DocumentFonts> load();

    // The same fonts with `lang`'s script first.
    DocumentFonts forLang(Lang lang) const
    {
        DocumentFonts fonts = *this;
        fonts.m_lang = lang;
        return fonts;
    }
    // pointSize in typographic points; bold for headings and totals.
    QFont font(qreal pointSize, bool bold = false) const;

    // The first character neither font can draw, as a message naming it and the
    // field it is in ("resident name: the character 'அ' (U+0B85) cannot be printed…");
    // empty when all of `text` prints.
    QString unprintable(QStringView field, QStringView text) const;

private:
    DocumentFonts() = default;
    // The families documents draw with: unhinted copies of the installed fonts
    // (render/UnhintedFont.h), or the installed fonts where a copy cannot be made.
    QString m_latinFamily;
    QString m_devanagariFamily;
    QRawFont m_latin;
    QRawFont m_devanagari;
    QRawFont m_symbols;
    Lang m_lang = Lang::English;
};

} // namespace rentflow::reports
