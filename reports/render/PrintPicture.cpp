#include "PrintPicture.h"

#include <QBuffer>
#include <QImageReader>

namespace rentflow::reports::printpicture {

namespace {

store::StoreResult<QImage> read(const QByteArray& bytes, const QString& field, const QString& what)
{
    if (bytes.isEmpty())
        return QImage();
    const auto refuse = [&](const QString& why) {
        return store::StoreError::invalid({{field, what + QLatin1Char(' ') + why}});
    };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg")
        return refuse(QStringLiteral("is not a readable PNG or JPEG picture; set another"));
    // The size from the picture's header, read before any pixel is decoded.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return refuse(QStringLiteral("cannot be read (%1); set another").arg(reader.errorString()));
    if (qint64(size.width()) * size.height() > kMaxPixels)
        return refuse(QStringLiteral("is %1 × %2 pixels, more than the 24 megapixels a "
                                     "document prints; set a smaller picture")
                          .arg(size.width())
                          .arg(size.height()));
    QImage image;
    if (!reader.read(&image))
        return refuse(QStringLiteral("cannot be read (%1); set another").arg(reader.errorString()));
    return image;
}

} // namespace

store::StoreResult<QImage> decode(const QByteArray& bytes, int maxHeight, const QString& field,
                                  const QString& what)
{
    auto picture = read(bytes, field, what);
    if (!picture)
        return picture.error();
    QImage image = picture.take();
    if (image.height() > maxHeight)
        image = image.scaledToHeight(maxHeight, Qt::SmoothTransformation);
    return image;
}

store::StoreStatus check(const QByteArray& bytes, const QString& field, const QString& what)
{
    if (auto image = read(bytes, field, what); !image)
        return image.error();
    return store::Done{};
}

QImage decodeChecked(const QByteArray& bytes, int maxHeight)
{
    auto image = decode(bytes, maxHeight, QString(), QString());
    return image ? image.value() : QImage();
}

} // namespace rentflow::reports::printpicture
