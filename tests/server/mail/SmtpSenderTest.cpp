// SmtpSender against a real SMTP server (aiosmtpd on 127.0.0.1), read back with Python's
// email package.
#include "SmtpSink.h"

#include "server/mail/SmtpSender.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QThread>

#include <atomic>

#include <gtest/gtest.h>

using namespace rentflow::server;
using rentflow::server::test::ReceivedMail;
using rentflow::server::test::SmtpSink;

namespace {

MailMessage message(const QString& to, const QString& subject, const QString& text,
                    const QString& html = {})
{
    return MailMessage{*Mailbox::parse(u"RentFlow <no-reply@rentflow.in>"),
                       *Mailbox::parse(to),
                       subject,
                       text,
                       html,
                       QString(),
                       QDateTime()};
}

SmtpSettings plain(const SmtpSink& sink)
{
    SmtpSettings settings;
    settings.url = sink.url();
    settings.startTls = StartTls::Never;
    settings.connectTimeoutMs = 2'000;
    settings.timeoutMs = 10'000;
    return settings;
}

class SmtpSenderTest : public ::testing::Test
{
protected:
    void start(SmtpSink::Tls tls = SmtpSink::Tls::None)
    {
        ASSERT_TRUE(sink.start(tls)) << sink.error().toStdString();
    }
    SmtpSink sink;
};

} // namespace

TEST_F(SmtpSenderTest, DeliversAPlainTextMessage)
{
    start();
    const SendResult result =
        SmtpSender(plain(sink))
            .send(message(QStringLiteral("priya@example.com"),
                          QStringLiteral("Reset your password"),
                          QStringLiteral("Hi Priya,\n\n.\nA line that is only a dot, above.\n")));
    ASSERT_TRUE(result.sent()) << result.error.toStdString();
    EXPECT_EQ(result.smtpCode, 250);

    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    const ReceivedMail& mail = mails[0];
    EXPECT_EQ(mail.envelopeFrom, QStringLiteral("no-reply@rentflow.in"));
    EXPECT_EQ(mail.envelopeTo, QStringLiteral("priya@example.com"));
    EXPECT_EQ(mail.from, QStringLiteral("RentFlow <no-reply@rentflow.in>"));
    EXPECT_EQ(mail.to, QStringLiteral("priya@example.com"));
    EXPECT_EQ(mail.subject, QStringLiteral("Reset your password"));
    EXPECT_EQ(mail.contentType, QStringLiteral("text/plain"));
    EXPECT_EQ(mail.text, QStringLiteral("Hi Priya,\n\n.\nA line that is only a dot, above.\n"));
    EXPECT_FALSE(mail.hasHtml);
    EXPECT_TRUE(mail.messageId.endsWith(QStringLiteral("@rentflow.in>")));
    EXPECT_FALSE(mail.date.isEmpty());
    EXPECT_TRUE(mail.defects.isEmpty()) << mail.defects.join(QLatin1Char(',')).toStdString();
}

TEST_F(SmtpSenderTest, DeliversTextAndHtmlAlternatives)
{
    start();
    const QString html = QStringLiteral("<p>You are number <strong>12</strong>.</p>");
    const SendResult result =
        SmtpSender(plain(sink))
            .send(message(QStringLiteral("a@example.com"), QStringLiteral("Welcome"),
                          QStringLiteral("You are number 12."), html));
    ASSERT_TRUE(result.sent()) << result.error.toStdString();

    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].contentType, QStringLiteral("multipart/alternative"));
    EXPECT_EQ(mails[0].text, QStringLiteral("You are number 12."));
    ASSERT_TRUE(mails[0].hasHtml);
    EXPECT_EQ(mails[0].html, html);
    EXPECT_TRUE(mails[0].defects.isEmpty())
        << mails[0].defects.join(QLatin1Char(',')).toStdString();
}

TEST_F(SmtpSenderTest, DeliversAHindiSubjectAndName)
{
    start();
    MailMessage hindi =
        message(QStringLiteral("priya@example.com"),
                QStringLiteral("नमस्ते प्रिया शर्मा, आपका स्वागत है — RentFlow प्रतीक्षा सूची"),
                QStringLiteral("नमस्ते प्रिया!"), QStringLiteral("<p>नमस्ते प्रिया!</p>"));
    hindi.to = *Mailbox::make(u"priya@example.com", QStringLiteral("प्रिया शर्मा"));
    const SendResult result = SmtpSender(plain(sink)).send(hindi);
    ASSERT_TRUE(result.sent()) << result.error.toStdString();

    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].subject,
              QStringLiteral("नमस्ते प्रिया शर्मा, आपका स्वागत है — RentFlow प्रतीक्षा सूची"));
    EXPECT_EQ(mails[0].to, QStringLiteral("प्रिया शर्मा <priya@example.com>"));
    EXPECT_EQ(mails[0].text, QStringLiteral("नमस्ते प्रिया!"));
    EXPECT_EQ(mails[0].html, QStringLiteral("<p>नमस्ते प्रिया!</p>"));
    // On the wire the subject is 7-bit: encoded-words, folded.
    EXPECT_TRUE(mails[0].raw.contains("Subject: =?UTF-8?B?"));
    EXPECT_TRUE(mails[0].defects.isEmpty())
        << mails[0].defects.join(QLatin1Char(',')).toStdString();
}

TEST_F(SmtpSenderTest, ASubjectCannotInjectHeaders)
{
    start();
    const SendResult result =
        SmtpSender(plain(sink))
            .send(message(QStringLiteral("a@example.com"),
                          QStringLiteral("Hi\r\nBcc: victim@example.com\r\n\r\nforged body"),
                          QStringLiteral("real body")));
    ASSERT_TRUE(result.sent()) << result.error.toStdString();
    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].subject, QStringLiteral("Hi  Bcc: victim@example.com    forged body"));
    EXPECT_FALSE(mails[0].headerNames.contains(QStringLiteral("Bcc")));
    EXPECT_EQ(mails[0].envelopeTo, QStringLiteral("a@example.com"));
    EXPECT_EQ(mails[0].text, QStringLiteral("real body"));
}

TEST_F(SmtpSenderTest, AStoppedServerIsATemporaryFailure)
{
    start();
    const SmtpSettings settings = plain(sink);
    sink.stop();
    QElapsedTimer timer;
    timer.start();
    const SendResult result = SmtpSender(settings).send(
        message(QStringLiteral("a@example.com"), QStringLiteral("s"), QStringLiteral("t")));
    EXPECT_EQ(result.status, SendResult::Status::TemporaryFailure);
    EXPECT_EQ(result.smtpCode, 0);
    EXPECT_TRUE(result.error.startsWith(QStringLiteral("SMTP: Couldn't connect to server")))
        << result.error.toStdString();
    EXPECT_LT(timer.elapsed(), 2'000); // refused at once, not waiting out a timeout
}

TEST_F(SmtpSenderTest, AMessageTheServerRefusesIsAPermanentFailure)
{
    // SIZE 1000 (RFC 1870): libcurl announces the message's size in MAIL FROM and the
    // server answers 552, which no retry can change.
    sink.setMaxMessageSize(1'000);
    start();
    const SendResult result =
        SmtpSender(plain(sink))
            .send(message(QStringLiteral("a@example.com"), QStringLiteral("big"),
                          QStringLiteral("z").repeated(5'000)));
    EXPECT_EQ(result.status, SendResult::Status::PermanentFailure) << result.error.toStdString();
    EXPECT_EQ(result.smtpCode, 552);
    EXPECT_TRUE(sink.waitForMessages(0).isEmpty());
}

TEST_F(SmtpSenderTest, AServerThatNeverAnswersTimesOut)
{
    // A listener that accepts but never greets: the overall timeout ends the wait.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    SmtpSettings settings;
    settings.url = QStringLiteral("smtp://127.0.0.1:%1").arg(silent.serverPort());
    settings.startTls = StartTls::Never;
    settings.timeoutMs = 500;
    QElapsedTimer timer;
    timer.start();
    const SendResult result = SmtpSender(settings).send(
        message(QStringLiteral("a@example.com"), QStringLiteral("s"), QStringLiteral("t")));
    EXPECT_EQ(result.status, SendResult::Status::TemporaryFailure);
    EXPECT_TRUE(result.error.contains(QStringLiteral("Timeout"))) << result.error.toStdString();
    EXPECT_LT(timer.elapsed(), 3'000);
}

TEST_F(SmtpSenderTest, RefusesABadUrlWithoutThrowing)
{
    for (const QString& url : {QString(), QStringLiteral("http://127.0.0.1:25"),
                               QStringLiteral("smtp://"), QStringLiteral("not a url")}) {
        SmtpSettings settings;
        settings.url = url;
        const SendResult result = SmtpSender(settings).send(
            message(QStringLiteral("a@example.com"), QStringLiteral("s"), QStringLiteral("t")));
        EXPECT_EQ(result.status, SendResult::Status::TemporaryFailure) << url.toStdString();
        EXPECT_EQ(result.error,
                  QStringLiteral("SMTP URL is not smtp://host[:port] or smtps://host[:port]"));
    }
}

TEST_F(SmtpSenderTest, UpgradesWithStartTlsWhenOffered)
{
    start(SmtpSink::Tls::StartTls);
    SmtpSettings settings = plain(sink);
    settings.startTls = StartTls::Required;
    settings.caFile = sink.caFile();
    const SendResult result = SmtpSender(settings).send(
        message(QStringLiteral("a@example.com"), QStringLiteral("over TLS"), QStringLiteral("t")));
    ASSERT_TRUE(result.sent()) << result.error.toStdString();
    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].subject, QStringLiteral("over TLS"));
}

TEST_F(SmtpSenderTest, ACertificateItCannotVerifyIsATemporaryFailure)
{
    start(SmtpSink::Tls::StartTls);
    SmtpSettings settings = plain(sink);
    settings.startTls = StartTls::IfOffered; // offered, taken, then the check fails
    const SendResult result = SmtpSender(settings).send(
        message(QStringLiteral("a@example.com"), QStringLiteral("s"), QStringLiteral("t")));
    EXPECT_EQ(result.status, SendResult::Status::TemporaryFailure);
    EXPECT_TRUE(result.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive) ||
                result.error.contains(QStringLiteral("SSL"), Qt::CaseInsensitive))
        << result.error.toStdString();
    EXPECT_TRUE(sink.waitForMessages(0).isEmpty());
}

TEST_F(SmtpSenderTest, RequiredStartTlsRefusesAServerWithoutIt)
{
    start();
    SmtpSettings settings = plain(sink);
    settings.startTls = StartTls::Required;
    const SendResult result = SmtpSender(settings).send(
        message(QStringLiteral("a@example.com"), QStringLiteral("s"), QStringLiteral("t")));
    EXPECT_EQ(result.status, SendResult::Status::TemporaryFailure);
    EXPECT_TRUE(sink.waitForMessages(0).isEmpty());
}

TEST_F(SmtpSenderTest, APlainConnectionToAServerRequiringTlsWaitsForTheConfiguration)
{
    start(SmtpSink::Tls::StartTls); // aiosmtpd: 530 "Must issue a STARTTLS command first"
    const SendResult result = SmtpSender(plain(sink))
                                  .send(message(QStringLiteral("a@example.com"),
                                                QStringLiteral("s"), QStringLiteral("t")));
    EXPECT_EQ(result.status, SendResult::Status::TemporaryFailure);
    EXPECT_EQ(result.smtpCode, 530);
}

TEST_F(SmtpSenderTest, DeliversOverSmtps)
{
    start(SmtpSink::Tls::Smtps);
    SmtpSettings settings = plain(sink);
    settings.caFile = sink.caFile();
    ASSERT_TRUE(settings.url.startsWith(QStringLiteral("smtps://")));
    const SendResult result = SmtpSender(settings).send(message(
        QStringLiteral("a@example.com"), QStringLiteral("implicit TLS"), QStringLiteral("t")));
    ASSERT_TRUE(result.sent()) << result.error.toStdString();
    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].subject, QStringLiteral("implicit TLS"));
}

TEST_F(SmtpSenderTest, RefusedCredentialsAreTemporary)
{
    // aiosmtpd's command line has no accounts: every AUTH is refused with 535 after
    // STARTTLS. Bad credentials are the server's configuration, not the message's.
    start(SmtpSink::Tls::StartTls);
    SmtpSettings settings = plain(sink);
    settings.startTls = StartTls::Required;
    settings.caFile = sink.caFile();
    settings.user = QStringLiteral("mailer");
    settings.password = QStringLiteral("wrong");
    const SendResult result = SmtpSender(settings).send(
        message(QStringLiteral("a@example.com"), QStringLiteral("s"), QStringLiteral("t")));
    EXPECT_EQ(result.status, SendResult::Status::TemporaryFailure) << result.error.toStdString();
    EXPECT_EQ(result.smtpCode, 535);
    EXPECT_FALSE(result.error.contains(QStringLiteral("wrong")));
    EXPECT_TRUE(sink.waitForMessages(0).isEmpty());
}

TEST_F(SmtpSenderTest, SignsInWithItsAccount)
{
    sink.setAccount(QStringLiteral("mailer"), QStringLiteral("letmein"));
    start(SmtpSink::Tls::StartTls);
    SmtpSettings settings = plain(sink);
    settings.startTls = StartTls::Required;
    settings.caFile = sink.caFile();
    settings.user = QStringLiteral("mailer");
    settings.password = QStringLiteral("letmein");
    const SendResult result = SmtpSender(settings).send(
        message(QStringLiteral("a@example.com"), QStringLiteral("signed in"), QStringLiteral("t")));
    ASSERT_TRUE(result.sent()) << result.error.toStdString();
    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].authLogin, QStringLiteral("mailer"));
    EXPECT_EQ(mails[0].subject, QStringLiteral("signed in"));

    settings.password = QStringLiteral("letmeout");
    const SendResult refused = SmtpSender(settings).send(
        message(QStringLiteral("a@example.com"), QStringLiteral("s"), QStringLiteral("t")));
    EXPECT_EQ(refused.status, SendResult::Status::TemporaryFailure);
    EXPECT_EQ(refused.smtpCode, 535) << refused.error.toStdString();
    EXPECT_FALSE(refused.error.contains(QStringLiteral("letmeout")));
    EXPECT_EQ(sink.waitForMessages(1).size(), 1);
}

TEST_F(SmtpSenderTest, ACancelledSendEndsPromptly)
{
    QTcpServer silent; // accepts, never greets
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    SmtpSettings settings;
    settings.url = QStringLiteral("smtp://127.0.0.1:%1").arg(silent.serverPort());
    settings.startTls = StartTls::Never;
    settings.timeoutMs = 60'000;
    std::atomic<bool> cancel{false};
    QThread* canceller = QThread::create([&cancel] {
        QThread::msleep(200);
        cancel = true;
    });
    canceller->start();
    QElapsedTimer timer;
    timer.start();
    const SendResult result = SmtpSender(settings).send(
        message(QStringLiteral("a@example.com"), QStringLiteral("s"), QStringLiteral("t")),
        &cancel);
    const qint64 elapsed = timer.elapsed();
    canceller->wait();
    delete canceller;
    EXPECT_EQ(result.status, SendResult::Status::TemporaryFailure);
    EXPECT_GE(elapsed, 200);
    EXPECT_LT(elapsed, 2'500); // libcurl looks at the flag about once a second
}
