#include "DocumentFonts.h"

#include "UnhintedFont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QStringList>

namespace rentflow::reports {

namespace {

// A family counts only when the database knows it and a font asking for it gets
// it: fontconfig would otherwise hand back some other font under the same name.
bool installed(const QString& family)
{
    if (!QFontDatabase::families().contains(family))
        return false;
    return QFontInfo(QFont(family)).family() == family;
}

QString scriptName(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    switch (script) {
    case QChar::Script_Tamil:
        return QStringLiteral("Tamil");
    case QChar::Script_Telugu:
        return QStringLiteral("Telugu");
    case QChar::Script_Kannada:
        return QStringLiteral("Kannada");
    case QChar::Script_Malayalam:
        return QStringLiteral("Malayalam");
    case QChar::Script_Bengali:
        return QStringLiteral("Bengali");
    case QChar::Script_Gujarati:
        return QStringLiteral("Gujarati");
    case QChar::Script_Gurmukhi:
        return QStringLiteral("Gurmukhi");
    case QChar::Script_Oriya:
        return QStringLiteral("Odia");
    case QChar::Script_Arabic:
        return QStringLiteral("Arabic");
    default:
        return {};
    }
}

// Registers unhinted copies of `family`'s regular and bold faces once per process
// under "RentFlow <family>"; the installed family when a copy cannot be made. (Qt's
// synthetic bold from the regular face alone would save embedding a face, but its
// headings came out hardly bolder than the text: real bold it is.)
QString printFamily(const QString& family)
{
    static QHash<QString, QString> made;
    if (const auto found = made.constFind(family); found != made.constEnd())
        return *found;
    const QString copy = QStringLiteral("RentFlow ") + family;
    bool ok = true;
    for (const bool bold : {false, true}) {
        QFont source(family);
        source.setBold(bold);
        const QByteArray bytes =
            unhintedFont(QRawFont::fromFont(source), copy,
                         bold ? QStringLiteral("Bold") : QStringLiteral("Regular"));
        const int id = bytes.isEmpty() ? -1 : QFontDatabase::addApplicationFontFromData(bytes);
        ok = ok && id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(copy);
    }
    made.insert(family, ok ? copy : family);
    return made.value(family);
}

} // namespace

store::StoreResult<DocumentFonts> DocumentFonts::load()
{
    QStringList missing;
    for (const char* family : {kLatinFamily, kDevanagariFamily, kSymbolFamily})
        if (!installed(QString::fromLatin1(family)))
            missing.append(QString::fromLatin1(family));
    if (!missing.isEmpty())
        return store::StoreError{
            store::StoreError::Code::Io,
            QStringLiteral("the document fonts are not installed: %1 (Debian package "
                           "fonts-noto-core; installer/install-deps.sh installs it). Nothing "
                           "was written.")
                .arg(missing.join(QStringLiteral(", ")))};
    DocumentFonts fonts;
    fonts.m_latin = QRawFont::fromFont(QFont(QString::fromLatin1(kLatinFamily)));
    fonts.m_devanagari = QRawFont::fromFont(QFont(QString::fromLatin1(kDevanagariFamily)));
    fonts.m_symbols = QRawFont::fromFont(QFont(QString::fromLatin1(kSymbolFamily)));
    fonts.m_latinFamily = printFamily(QString::fromLatin1(kLatinFamily));
    fonts.m_devanagariFamily = printFamily(QString::fromLatin1(kDevanagariFamily));
    return fonts;
}

QFont DocumentFonts::font(qreal pointSize, bool bold) const
{
    QFont f;
    const QString& latin = m_latinFamily;
    const QString& devanagari = m_devanagariFamily;
    const QString symbols = QString::fromLatin1(kSymbolFamily);
    f.setFamilies(m_lang == Lang::Hindi ? QStringList{devanagari, latin, symbols}
                                        : QStringList{latin, devanagari, symbols});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Positions as the font designs them, not snapped to the device's pixels.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QString DocumentFonts::unprintable(QStringView field, QStringView text) const
{
    for (char32_t c : text.toUcs4()) {
        if (c < 0x20 || c == 0x200C || c == 0x200D) // line breaks, tabs; ZWNJ/ZWJ shape, not print
            continue;
        if (m_latin.supportsCharacter(c) || m_devanagari.supportsCharacter(c) ||
            m_symbols.supportsCharacter(c))
            continue;
        const QString script = scriptName(c);
        return QStringLiteral("%1: the character '%2' (U+%3%4) cannot be printed: the document "
                              "fonts (Noto Sans, Noto Sans Devanagari, Noto Sans Math) do not "
                              "have it")
            .arg(field, QString::fromUcs4(&c, 1),
                 QString::number(quint32(c), 16).toUpper().rightJustified(4, QLatin1Char('0')),
                 script.isEmpty() ? QString() : QStringLiteral(", ") + script);
    }
    return {};
}

} // namespace rentflow::reports
