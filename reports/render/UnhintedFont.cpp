#include "UnhintedFont.h"

#include <QtEndian>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace rentflow::reports {

namespace {

// Big-endian reads; a read past the end is 0 (every caller checks sizes first; this
// keeps a malformed table from ever reading outside its bytes).
quint16 u16(const QByteArray& data, qsizetype at)
{
    if (at < 0 || at + 2 > data.size())
        return 0;
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData()) + at;
    return quint16(bytes[0] << 8 | bytes[1]);
}

quint32 u32(const QByteArray& data, qsizetype at)
{
    return quint32(u16(data, at)) << 16 | u16(data, at + 2);
}

void put16(QByteArray& data, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    data.append(bytes, 2);
}

void put32(QByteArray& data, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    data.append(bytes, 4);
}

void set16(QByteArray& data, qsizetype at, quint16 value)
{
    qToBigEndian(value, data.data() + at);
}

void set32(QByteArray& data, qsizetype at, quint32 value)
{
    qToBigEndian(value, data.data() + at);
}

// Composite glyph flags (OpenType 'glyf').
constexpr quint16 kArgsAreWords = 0x0001;
constexpr quint16 kHaveScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kHaveXYScale = 0x0040;
constexpr quint16 kHaveTwoByTwo = 0x0080;
constexpr quint16 kHaveInstructions = 0x0100;

// One glyph without its instructions; empty on a malformed glyph.
std::optional<QByteArray> withoutInstructions(const QByteArray& glyph)
{
    if (glyph.isEmpty())
        return glyph;
    if (glyph.size() < 10)
        return std::nullopt;
    const qint16 contours = qint16(u16(glyph, 0));
    if (contours >= 0) {
        const qsizetype lengthAt = 10 + 2 * qsizetype(contours);
        if (glyph.size() < lengthAt + 2)
            return std::nullopt;
        const qsizetype skip = u16(glyph, lengthAt);
        if (glyph.size() < lengthAt + 2 + skip)
            return std::nullopt;
        QByteArray stripped = glyph.left(lengthAt);
        put16(stripped, 0);
        stripped.append(glyph.mid(lengthAt + 2 + skip));
        return stripped;
    }
    qsizetype at = 10;
    qsizetype lastFlags = -1;
    for (;;) {
        if (glyph.size() < at + 4)
            return std::nullopt;
        const quint16 flags = u16(glyph, at);
        lastFlags = at;
        at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
        if (flags & kHaveScale)
            at += 2;
        else if (flags & kHaveXYScale)
            at += 4;
        else if (flags & kHaveTwoByTwo)
            at += 8;
        if (!(flags & kMoreComponents))
            break;
    }
    if (glyph.size() < at)
        return std::nullopt;
    QByteArray stripped = glyph.left(at);
    set16(stripped, lastFlags, u16(stripped, lastFlags) & ~kHaveInstructions);
    return stripped;
}

// A 'name' table with the new family and style (Windows, Unicode BMP, US English),
// and the original's PostScript name kept.
QByteArray nameTable(const QString& family, const QString& style, const QString& postscript)
{
    const std::vector<std::pair<quint16, QString>> names{
        {1, family}, {2, style}, {4, family + QLatin1Char(' ') + style}, {6, postscript}};
    QByteArray storage;
    QByteArray table;
    put16(table, 0);
    put16(table, quint16(names.size()));
    put16(table, quint16(6 + 12 * names.size()));
    for (const auto& [id, text] : names) {
        QByteArray utf16;
        for (const QChar c : text)
            put16(utf16, c.unicode());
        put16(table, 3);      // Windows
        put16(table, 1);      // Unicode BMP
        put16(table, 0x0409); // English (US)
        put16(table, id);
        put16(table, quint16(utf16.size()));
        put16(table, quint16(storage.size()));
        storage.append(utf16);
    }
    return table + storage;
}

quint32 checksum(const QByteArray& table)
{
    QByteArray padded = table;
    while (padded.size() % 4)
        padded.append('\0');
    quint32 sum = 0;
    for (qsizetype i = 0; i < padded.size(); i += 4)
        sum += u32(padded, i);
    return sum;
}

QByteArray tag(const char* name)
{
    return QByteArray(name, 4);
}

} // namespace

QByteArray unhintedFont(const QRawFont& font, const QString& family, const QString& style)
{
    const QByteArray head = font.fontTable("head");
    const QByteArray maxp = font.fontTable("maxp");
    const QByteArray loca = font.fontTable("loca");
    const QByteArray glyf = font.fontTable("glyf");
    if (head.size() < 54 || maxp.size() < 6 || glyf.isEmpty() || loca.isEmpty())
        return {};
    const bool longOffsets = qint16(u16(head, 50)) == 1;
    const int glyphs = u16(maxp, 4);
    const auto offset = [&](int i) -> qsizetype {
        return longOffsets ? qsizetype(u32(loca, 4 * i)) : qsizetype(u16(loca, 2 * i)) * 2;
    };
    if (loca.size() < (longOffsets ? 4 : 2) * (glyphs + 1))
        return {};

    QByteArray newGlyf;
    QByteArray newLoca;
    for (int i = 0; i < glyphs; ++i) {
        put32(newLoca, quint32(newGlyf.size()));
        const qsizetype from = offset(i);
        const qsizetype to = offset(i + 1);
        if (to < from || to > glyf.size())
            return {};
        const auto stripped = withoutInstructions(glyf.mid(from, to - from));
        if (!stripped)
            return {};
        newGlyf.append(*stripped);
        while (newGlyf.size() % 4)
            newGlyf.append('\0');
    }
    put32(newLoca, quint32(newGlyf.size()));

    QByteArray newHead = head;
    set32(newHead, 8, 0);  // checkSumAdjustment: not verified by FreeType
    set16(newHead, 50, 1); // long loca offsets
    QByteArray newMaxp = maxp;
    if (newMaxp.size() >= 32)
        set16(newMaxp, 26, 0); // maxSizeOfInstructions

    // The original PostScript name, so pdffonts still says NotoSans-Regular.
    QString postscript = family;
    postscript.remove(QLatin1Char(' '));
    if (const QByteArray name = font.fontTable("name"); name.size() >= 6) {
        const int count = u16(name, 2);
        const int storage = u16(name, 4);
        for (int r = 0; r < count && name.size() >= 6 + 12 * (r + 1); ++r) {
            const qsizetype at = 6 + 12 * r;
            if (u16(name, at) == 3 && u16(name, at + 6) == 6) {
                const int length = u16(name, at + 8);
                const int start = storage + u16(name, at + 10);
                if (name.size() < start + length)
                    break;
                QString text;
                for (int k = 0; k + 1 < length; k += 2)
                    text.append(QChar(u16(name, start + k)));
                postscript = text;
                break;
            }
        }
    }

    std::vector<std::pair<QByteArray, QByteArray>> tables{
        {tag("glyf"), newGlyf},
        {tag("loca"), newLoca},
        {tag("head"), newHead},
        {tag("maxp"), newMaxp},
        {tag("name"), nameTable(family, style, postscript)}};
    // Everything else a renderer and a shaper need; the hinting tables (fpgm, prep,
    // cvt, gasp, hdmx, LTSH, VDMX) and the signature (DSIG, void once changed) stay out.
    for (const char* kept :
         {"cmap", "hhea", "hmtx", "OS/2", "post", "GDEF", "GSUB", "GPOS", "kern"})
        if (const QByteArray table = font.fontTable(kept); !table.isEmpty())
            tables.emplace_back(tag(kept), table);
    std::sort(tables.begin(), tables.end());

    const quint16 count = quint16(tables.size());
    quint16 power = 1;
    quint16 selector = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++selector;
    }
    QByteArray file;
    put32(file, 0x00010000);
    put16(file, count);
    put16(file, quint16(power * 16));
    put16(file, selector);
    put16(file, quint16(count * 16 - power * 16));
    qsizetype dataAt = 12 + 16 * qsizetype(count);
    QByteArray data;
    for (const auto& [name, table] : tables) {
        file.append(name);
        put32(file, checksum(table));
        put32(file, quint32(dataAt + data.size()));
        put32(file, quint32(table.size()));
        data.append(table);
        while (data.size() % 4)
            data.append('\0');
    }
    return file + data;
}

} // namespace rentflow::reports
