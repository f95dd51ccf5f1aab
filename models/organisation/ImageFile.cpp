#include "ImageFile.h"

#include <QCoreApplication>
#include <QFile>

namespace rentflow {

namespace {

// PNG: the 8-byte signature (ISO/IEC 15948 §5.2). JPEG: SOI (FF D8) and the first
// marker's FF (JFIF, Exif and raw JPEG files all start so).
const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
const QByteArray kJpeg = QByteArrayLiteral("\xff\xd8\xff");

QString sizeText(qsizetype bytes)
{
    return bytes % (1024 * 1024) == 0 ? QStringLiteral("%1 MB").arg(bytes / (1024 * 1024))
                                      : QStringLiteral("%1 KB").arg(bytes / 1024);
}

} // namespace

Parsed<ImageFile> ImageFile::parse(const QByteArray& bytes, qsizetype maxBytes)
{
    if (bytes.isEmpty())
        return Parsed<ImageFile>::fail(QCoreApplication::translate(
            "ImageFile", "is an empty file, not a PNG or JPEG picture"));
    if (!bytes.startsWith(kPng) && !bytes.startsWith(kJpeg))
        return Parsed<ImageFile>::fail(QCoreApplication::translate(
            "ImageFile", "is not a PNG or JPEG picture (its first bytes say otherwise)"));
    if (bytes.size() > maxBytes)
        return Parsed<ImageFile>::fail(
            QCoreApplication::translate("ImageFile", "is larger than %1; make the picture smaller")
                .arg(sizeText(maxBytes)));
    return Parsed<ImageFile>::ok(ImageFile(bytes));
}

Parsed<QByteArray> ImageFile::readFile(const QString& path, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Parsed<QByteArray>::fail(
            QCoreApplication::translate("ImageFile", "cannot read %1: %2")
                .arg(path, file.errorString()));
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Parsed<QByteArray>::fail(
            QCoreApplication::translate("ImageFile", "cannot read %1: %2")
                .arg(path, file.errorString()));
    return Parsed<QByteArray>::ok(bytes);
}

const char* ImageFile::mimeType() const
{
    return m_bytes.startsWith(kPng) ? "image/png" : "image/jpeg";
}

} // namespace rentflow
