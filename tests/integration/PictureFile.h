#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

#include <gtest/gtest.h>

namespace rentflow::test {

// A real PNG (one pixel, as Qt writes it) padded with zeros to `size` bytes: a decoder
// stops at its IEND and ignores what follows, so the picture decodes and the workspace
// keeps exactly `size` bytes.
inline QByteArray pngOfSize(qsizetype size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(Qt::white);
    EXPECT_TRUE(pixel.save(&buffer, "PNG"));
    EXPECT_LE(bytes.size(), size);
    return bytes + QByteArray(size - bytes.size(), '\0');
}

} // namespace rentflow::test
