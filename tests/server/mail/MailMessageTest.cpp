#include "server/mail/MailMessage.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rentflow::server;

namespace {

MailMessage sample()
{
    return MailMessage{*Mailbox::parse(u"RentFlow <no-reply@rentflow.in>"),
                       *Mailbox::parse(u"priya@example.com"),
                       QStringLiteral("Hello"),
                       QStringLiteral("line one\nline two\r\nline three\rend"),
                       QString(),
                       QStringLiteral("0190f0aa-0000-7000-8000-000000000001@rentflow.in"),
                       QDateTime(QDate(2026, 2, 23), QTime(10, 30, 5), Qt::UTC)};
}

} // namespace

TEST(MailMessage, WritesTheHeadersInOrderWithCrlf)
{
    const QByteArray mime = toMime(sample());
    const QByteArray expectedHead =
        "Date: Mon, 23 Feb 2026 10:30:05 +0000\r\n"
        "From: RentFlow <no-reply@rentflow.in>\r\n"
        "To: priya@example.com\r\n"
        "Subject: Hello\r\n"
        "Message-ID: <0190f0aa-0000-7000-8000-000000000001@rentflow.in>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n";
    ASSERT_TRUE(mime.startsWith(expectedHead)) << mime.toStdString();
    // The body: every line break made CRLF, then base64.
    const QByteArray body = mime.mid(expectedHead.size()).trimmed();
    EXPECT_EQ(QByteArray::fromBase64(body),
              QByteArray("line one\r\nline two\r\nline three\r\nend"));
}

TEST(MailMessage, HasNoBareLineFeedsAndShortLines)
{
    MailMessage message = sample();
    message.text = QStringLiteral("x").repeated(500) + QStringLiteral("\n.\n..\n");
    message.html =
        QStringLiteral("<p>") + QStringLiteral("y").repeated(500) + QStringLiteral("</p>");
    const QByteArray mime = toMime(message);
    for (qsizetype i = 0; i < mime.size(); ++i) {
        if (mime[i] == '\n') {
            ASSERT_TRUE(i > 0 && mime[i - 1] == '\r') << "bare LF at " << i;
        }
        if (mime[i] == '\r') {
            ASSERT_TRUE(i + 1 < mime.size() && mime[i + 1] == '\n') << "bare CR at " << i;
        }
    }
    for (const QByteArray& line : mime.split('\n'))
        EXPECT_LE(line.size(), 78 + 1) << line.toStdString(); // +1: the CR
}

TEST(MailMessage, TurnsControlCharactersInTheSubjectIntoSpaces)
{
    MailMessage message = sample();
    message.subject = QStringLiteral("Hi\r\nBcc: victim@example.com\tnow");
    const QByteArray mime = toMime(message);
    EXPECT_TRUE(mime.contains("\r\nSubject: Hi  Bcc: victim@example.com now\r\n"));
    EXPECT_FALSE(mime.contains("\r\nBcc:"));
}

TEST(MailMessage, RefusesAMessageIdThatWouldBreakItsHeader)
{
    MailMessage message = sample();
    message.messageId = QStringLiteral("x>\r\nBcc: victim@example.com");
    const QByteArray mime = toMime(message);
    EXPECT_FALSE(mime.contains("\r\nBcc:"));
    EXPECT_FALSE(mime.contains("victim"));
    EXPECT_TRUE(mime.contains("@rentflow.in>\r\n")); // a generated one at the sender's domain
}

TEST(MailMessage, MakesAMessageIdAtTheSendersDomain)
{
    MailMessage message = sample();
    message.messageId.clear();
    const QString id = effectiveMessageId(message);
    EXPECT_TRUE(id.endsWith(QStringLiteral("@rentflow.in")));
    EXPECT_NE(id, effectiveMessageId(message)); // fresh each time
}

TEST(MailMessage, WritesDatesInRfc5322)
{
    // 1 January 2027 is a Friday; 05:04:03 in India is 23:34:03 UTC the day before.
    EXPECT_EQ(rfc5322Date(QDateTime(QDate(2027, 1, 1), QTime(5, 4, 3), QTimeZone("Asia/Kolkata"))),
              QByteArray("Thu, 31 Dec 2026 23:34:03 +0000"));
}
