#include "server/mail/Mailbox.h"
#include "server/mail/HeaderEncoding.h"

#include <QList>

#include <gtest/gtest.h>

using namespace rentflow::server;

TEST(Mailbox, ParsesABareAddress)
{
    const auto mailbox = Mailbox::parse(u" priya@example.com ");
    ASSERT_TRUE(mailbox);
    EXPECT_EQ(mailbox->address(), QByteArray("priya@example.com"));
    EXPECT_TRUE(mailbox->displayName().isEmpty());
    EXPECT_EQ(mailbox->headerValue(), QByteArray("priya@example.com"));
    EXPECT_EQ(mailbox->domain(), QByteArray("example.com"));
}

TEST(Mailbox, ParsesANameAndAnAddress)
{
    const auto mailbox = Mailbox::parse(u"RentFlow <no-reply@rentflow.in>");
    ASSERT_TRUE(mailbox);
    EXPECT_EQ(mailbox->address(), QByteArray("no-reply@rentflow.in"));
    EXPECT_EQ(mailbox->displayName(), QStringLiteral("RentFlow"));
    EXPECT_EQ(mailbox->headerValue(), QByteArray("RentFlow <no-reply@rentflow.in>"));

    const auto quoted = Mailbox::parse(u"\"RentFlow Team\" <team@rentflow.in>");
    ASSERT_TRUE(quoted);
    EXPECT_EQ(quoted->displayName(), QStringLiteral("RentFlow Team"));
    EXPECT_EQ(quoted->headerValue(), QByteArray("RentFlow Team <team@rentflow.in>"));
}

TEST(Mailbox, QuotesANameWithSpecials)
{
    const auto mailbox = Mailbox::make(u"a@example.com", u"Sharma, Priya");
    ASSERT_TRUE(mailbox);
    EXPECT_EQ(mailbox->headerValue(), QByteArray("\"Sharma, Priya\" <a@example.com>"));
}

TEST(Mailbox, EncodesANonAsciiName)
{
    // "प्रिया शर्मा" in UTF-8 is 32 bytes: one encoded-word of base64 worked out apart.
    const auto mailbox = Mailbox::make(u"priya@example.com", QStringLiteral("प्रिया शर्मा"));
    ASSERT_TRUE(mailbox);
    EXPECT_EQ(mailbox->headerValue(),
              QByteArray("=?UTF-8?B?4KSq4KWN4KSw4KS/4KSv4KS+IOCktuCksOCljeCkruCkvg==?= "
                         "<priya@example.com>"));
}

TEST(Mailbox, ConvertsAnInternationalDomainToAscii)
{
    const auto mailbox = Mailbox::parse(QStringLiteral("user@bücher.example"));
    ASSERT_TRUE(mailbox);
    EXPECT_EQ(mailbox->address(), QByteArray("user@xn--bcher-kva.example"));
}

TEST(Mailbox, RefusesHeaderInjectionAndMalformedAddresses)
{
    const QString refused[] = {
        QString(),
        QStringLiteral("   "),
        QStringLiteral("a@example.com\r\nBcc: victim@example.com"),
        QStringLiteral("a@example.com\nBcc: victim@example.com"),
        QStringLiteral("a\r@example.com"),
        QStringLiteral("Evil\r\nBcc: x@example.com <a@example.com>"),
        QStringLiteral("Tab\tName <a@example.com>"),
        QStringLiteral("no-at-sign.example.com"),
        QStringLiteral("@example.com"),
        QStringLiteral("a@"),
        QStringLiteral("a b@example.com"),
        QStringLiteral(".a@example.com"),
        QStringLiteral("a..b@example.com"),
        QStringLiteral("a@exa mple.com"),
        QStringLiteral("a@-example.com"),
        QStringLiteral("a@example..com"),
        QStringLiteral("प्रिया@example.com"), // non-ASCII local part needs SMTPUTF8
        QStringLiteral("<a@example.com"),
        QStringLiteral("Name <a@example.com> <b@example.com>"),
        QStringLiteral("a@example.com>"),
        QString(65, QLatin1Char('a')) + QStringLiteral("@example.com"),
    };
    for (const QString& text : refused)
        EXPECT_FALSE(Mailbox::parse(text)) << text.toStdString();
    EXPECT_FALSE(Mailbox::make(u"a@example.com", u"Line\nBreak"));
    EXPECT_FALSE(Mailbox::make(u"a@example.com", QString(201, QLatin1Char('n'))));
}

TEST(Mailbox, AcceptsTheUsualShapes)
{
    const QString accepted[] = {
        QStringLiteral("first.last@example.co.in"),
        QStringLiteral("user+tag@example.com"),
        QStringLiteral("o'brien@example.ie"),
        QString(64, QLatin1Char('a')) + QStringLiteral("@example.com"),
    };
    for (const QString& text : accepted)
        EXPECT_TRUE(Mailbox::parse(text)) << text.toStdString();
}

TEST(HeaderEncoding, LeavesPrintableAsciiAlone)
{
    EXPECT_EQ(encodeHeaderText(u"Reset your RentFlow password", 9),
              QByteArray("Reset your RentFlow password"));
}

TEST(HeaderEncoding, FoldsLongAsciiAtSpaces)
{
    // "Subject: " (9) + ten words of 9 characters: 9+9=18, then each " word" adds 10:
    // 28, 38, 48, 58, 68, 78 (the 7th word still fits 78), the 8th goes to a new line.
    const QString subject = QStringLiteral("aaaaaaaaa ").repeated(10).trimmed();
    const QByteArray expected = "aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa "
                                "aaaaaaaaa\r\n aaaaaaaaa aaaaaaaaa aaaaaaaaa";
    EXPECT_EQ(encodeHeaderText(subject, 9), expected);
}

TEST(HeaderEncoding, EncodesHindiAsOneWordWhenShort)
{
    // "नमस्ते" is 18 bytes of UTF-8; base64 worked out apart.
    EXPECT_EQ(encodeHeaderText(QStringLiteral("नमस्ते"), 9),
              QByteArray("=?UTF-8?B?4KSo4KSu4KS44KWN4KSk4KWH?="));
}

TEST(HeaderEncoding, EncodesTextThatLooksLikeAnEncodedWord)
{
    // "=?x?=" would be read as an encoded-word by a client: 5 bytes -> "PT94Pz0=".
    EXPECT_EQ(encodeHeaderText(u"=?x?=", 9), QByteArray("=?UTF-8?B?PT94Pz0=?="));
}

TEST(HeaderEncoding, SplitsLongTextBetweenWholeCharacters)
{
    // 40 Devanagari letters of 3 bytes = 120 bytes: words of at most 45 bytes, whole
    // letters only, so 15 letters (45 bytes), 15, then 10 (30 bytes).
    const QString text = QStringLiteral("क").repeated(40);
    const QByteArray encoded = encodeHeaderText(text, 9);
    const QList<QByteArray> words = encoded.split('\n');
    ASSERT_EQ(words.size(), 3);
    QString decoded;
    int letters[3] = {15, 15, 10};
    for (int i = 0; i < 3; ++i) {
        QByteArray word = words[i].trimmed();
        EXPECT_LE(word.size(), 75);
        ASSERT_TRUE(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
        const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        EXPECT_EQ(bytes.size(), letters[i] * 3);
        decoded += QString::fromUtf8(bytes);
    }
    EXPECT_EQ(decoded, text);
}
