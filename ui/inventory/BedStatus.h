#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace rentflow::ui::inventory {

// The states a bed shows on the board (BedBoard::Tile::status), each with its colour
// and its words: one place, used by the tiles and the legend alike.
struct BedStatus
{
    QString key;  // vacant | occupied | vacating | reserved | maintenance
    QString text; // "Vacant", "Vacating"…, translated
    QColor fill;  // the tile's background
    QColor edge;  // its border and the legend's swatch
};

// "1 bed", "5 beds": counted nouns in words that read right without a translation
// file's plural forms.
QString beds(int count);
QString rooms(int count);
QString meters(int count);

// In the legend's order.
const QList<BedStatus>& bedStatuses();
// The status for `key`; an unknown key gets a grey one named as stored.
BedStatus bedStatus(const QString& key);

} // namespace rentflow::ui::inventory
