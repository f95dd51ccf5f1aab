#pragma once

#include <QByteArray>
#include <QRawFont>
#include <QString>

namespace rentflow::reports {

// A copy of an installed TrueType font without its hinting programs, under a
// family name of its own. Hinting only helps small text on screens; in a PDF it is
// dead weight, and Qt's PDF writer runs every embedded glyph's hinting program
// when it embeds a font — a third of the time a one-page invoice takes. The copy
// has the same outlines, metrics, character map and OpenType layout (GSUB, GPOS,
// GDEF: Devanagari shapes the same), so the printed page is the same.
//
// Built from the installed font's own tables (QRawFont::fontTable), never from a
// file shipped with RentFlow. Empty when the font is not TrueType (no 'glyf').
QByteArray unhintedFont(const QRawFont& font, const QString& family, const QString& style);

} // namespace rentflow::reports
