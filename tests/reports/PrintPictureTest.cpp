// A stored picture (logo, photo) is decoded for print only when the size it declares
// is sane: a 1 MB PNG can declare 50000 × 50000 pixels (10 GB decoded).
#include "HugePng.h"

#include <render/PrintPicture.h>

#include <QBuffer>
#include <QImage>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::reports;

namespace {

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, format));
    return bytes;
}

QImage filled(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    return image;
}

QString refusal(const store::StoreResult<QImage>& result, const QString& field)
{
    EXPECT_FALSE(result);
    if (result)
        return {};
    EXPECT_EQ(result.error().fields.size(), 1);
    EXPECT_EQ(result.error().fields.value(0).field, field);
    return result.error().fields.value(0).message;
}

} // namespace

TEST(PrintPicture, APictureThatDeclaresAHugeSizeIsRefusedBeforeDecoding)
{
    // 50000 × 50000 RGBA would be 50000 × 50000 × 4 = 10,000,000,000 bytes decoded;
    // the file itself is 8 + 25 + 20 + 12 = 65 bytes.
    const QByteArray png = test::pngDeclaring(50000, 50000);
    EXPECT_EQ(png.size(), 65);
    const QString message =
        refusal(printpicture::decode(png, 200, QStringLiteral("logo"), QStringLiteral("the logo")),
                QStringLiteral("logo"));
    EXPECT_TRUE(message.startsWith(u"the logo is 50000 × 50000 pixels")) << message.toStdString();
    // One pixel over 24 megapixels (6000 × 4000 = 24,000,000; 6001 × 4000 = 24,004,000).
    EXPECT_FALSE(printpicture::decode(test::pngDeclaring(6001, 4000), 200, QStringLiteral("photo"),
                                      QStringLiteral("the photo")));
    EXPECT_TRUE(printpicture::decodeChecked(png, 200).isNull());
}

TEST(PrintPicture, BytesThatAreNoPictureAreRefusedNamingTheField)
{
    // A PNG signature and nothing readable after it.
    const QByteArray junk = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(64, 'x');
    refusal(printpicture::decode(junk, 200, QStringLiteral("photo"), QStringLiteral("the photo")),
            QStringLiteral("photo"));
    refusal(printpicture::decode(QByteArrayLiteral("GIF89a......"), 200, QStringLiteral("photo"),
                                 QStringLiteral("the photo")),
            QStringLiteral("photo"));
}

TEST(PrintPicture, AGoodPictureIsScaledToThePrintHeightInProportion)
{
    // 600 × 300 to 200 tall: 600 × 200 / 300 = 400 wide.
    const auto png = printpicture::decode(encoded(filled(600, 300), "PNG"), 200,
                                          QStringLiteral("logo"), QStringLiteral("the logo"));
    ASSERT_TRUE(png);
    EXPECT_EQ(png.value().size(), QSize(400, 200));
    // A JPEG already under the height is kept as it is.
    const auto jpeg = printpicture::decode(encoded(filled(120, 90), "JPEG"), 200,
                                           QStringLiteral("logo"), QStringLiteral("the logo"));
    ASSERT_TRUE(jpeg);
    EXPECT_EQ(jpeg.value().size(), QSize(120, 90));
    // No picture: a null image, not an error.
    const auto none =
        printpicture::decode({}, 200, QStringLiteral("logo"), QStringLiteral("the logo"));
    ASSERT_TRUE(none);
    EXPECT_TRUE(none.value().isNull());
}
