#pragma once

#include <store/StoreError.h>

#include <QByteArray>
#include <QImage>
#include <QString>

namespace rentflow::reports {

// A picture the workspace keeps (the logo, a resident's photo) decoded for print.
// The workspace checks only its first bytes and its file size (models/ has no
// decoder), and a 1 MB PNG can declare 50000 × 50000 pixels (10 GB decoded): the
// size the picture declares is read first, and a picture larger than kMaxPixels is
// refused before any pixel is decoded.
namespace printpicture {

// 24 megapixels (6000 × 4000, a large phone photo): 96 MB decoded, under Qt's own
// allocation limit, and far more than a 45 mm print needs.
inline constexpr qint64 kMaxPixels = 6000LL * 4000;

// `bytes` decoded and, when taller than maxHeight pixels, scaled to maxHeight tall
// (kept in proportion); a null image when `bytes` is empty. An invalid-input error
// naming `field` when the bytes are not a readable PNG or JPEG or are too large;
// `what` names the picture in the message ("the organisation's logo").
store::StoreResult<QImage> decode(const QByteArray& bytes, int maxHeight, const QString& field,
                                  const QString& what);

// Whether `bytes` decode within the limits (what `org set --logo` and `resident
// --photo` check as the picture comes in): the same errors as decode().
store::StoreStatus check(const QByteArray& bytes, const QString& field, const QString& what);

// decode() for a picture already checked with decode(): a null image when it fails.
QImage decodeChecked(const QByteArray& bytes, int maxHeight);

} // namespace printpicture

} // namespace rentflow::reports
