#include <render/DocumentFonts.h>

#include <QFontInfo>

#include <gtest/gtest.h>

using namespace rentflow::reports;

TEST(DocumentFontsTest, BothScriptsPrintAndOtherScriptsAreNamed)
{
    auto fonts = DocumentFonts::load();
    ASSERT_TRUE(fonts.ok()) << fonts.error().message.toStdString();
    // Documents draw with unhinted copies of the installed Noto fonts (UnhintedFont.h).
    EXPECT_EQ(QFontInfo(fonts.value().font(10)).family(), QStringLiteral("RentFlow Noto Sans"));
    EXPECT_EQ(QFontInfo(fonts.value().forLang(Lang::Hindi).font(10, true)).family(),
              QStringLiteral("RentFlow Noto Sans Devanagari"));
    // Bold is drawn from the regular face (synthetic bold): one face per script.
    EXPECT_EQ(QFontInfo(fonts.value().font(10, true)).family(),
              QStringLiteral("RentFlow Noto Sans"));
    EXPECT_TRUE(fonts.value().unprintable(u"name", u"Priya Sharma ₹12,000.00").isEmpty());
    EXPECT_TRUE(fonts.value().unprintable(u"name", u"प्रिया शर्मा\n").isEmpty());
    // Tamil is in neither font: named with its code point and script, never printed as boxes.
    const QString tamil = fonts.value().unprintable(u"resident name", u"Priya அ");
    EXPECT_TRUE(
        tamil.startsWith(QStringLiteral("resident name: the character 'அ' (U+0B85, Tamil)")))
        << tamil.toStdString();
}
