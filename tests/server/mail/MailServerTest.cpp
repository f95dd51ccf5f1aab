// rentflow-server itself sends the queue: started with --smtp-url pointing at a real SMTP
// server (aiosmtpd on 127.0.0.1), on each backend, a mail queued in its database arrives.
#include "BothBackends.h"
#include "SmtpSink.h"

#include "server/mail/MailQueue.h"
#include "server/storage/DatabaseTarget.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace rentflow::server;
using rentflow::server::test::ReceivedMail;
using rentflow::server::test::SmtpSink;
using rentflow::test::BothBackends;
using rentflow::test::ServerProcess;

namespace {

class MailServerTest : public BothBackends
{
protected:
    MailServerTest() { m_sinkStarted = sink.start(); }

    QStringList serverArgs() const override
    {
        return {
            QStringLiteral("--smtp-url"),     sink.url(),
            QStringLiteral("--mail-poll-ms"), QStringLiteral("50"),
            QStringLiteral("--mail-from"),    QStringLiteral("RentFlow Team <team@rentflow.test>")};
    }

    // A connection of our own to the running server's database.
    std::unique_ptr<ServerDb> openDatabase()
    {
        DatabaseTarget target;
        if (isPostgres()) {
            target.backend = rentflow::server::Backend::Postgres;
            target.url = QUrl(testServer().databaseUrl());
        } else {
            target.backend = rentflow::server::Backend::Embedded;
            target.filePath = QDir(server().dataDir()).filePath(QStringLiteral("server.db"));
            target.key = QString::fromLatin1(ServerProcess::kPassphrase);
        }
        auto db = openServerDb(target, QStringLiteral("mail-server-test"));
        EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().message.toStdString());
        return db.ok() ? db.take() : nullptr;
    }

    QString status(ServerDb& db, const QString& id)
    {
        auto value = db.scalar(QStringLiteral("SELECT status FROM mail_queue WHERE id = ?"), {id});
        EXPECT_TRUE(value.ok());
        return value.ok() ? value.value().toString() : QString();
    }

    SmtpSink sink;
    bool m_sinkStarted = false;
};

} // namespace

TEST_P(MailServerTest, SendsWhatIsQueuedInItsDatabase)
{
    ASSERT_TRUE(m_sinkStarted) << sink.error().toStdString();
    std::unique_ptr<ServerDb> db = openDatabase();
    ASSERT_TRUE(db);
    auto id = enqueueMail(
        *db, QStringLiteral("invite"), QStringLiteral("meera@example.com"),
        {{QStringLiteral("name"), QStringLiteral("Meera")},
         {QStringLiteral("inviteLink"), QStringLiteral("https://rentflow.in/invite/abc")}});
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    const QList<ReceivedMail> mails = sink.waitForMessages(1, 20'000);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].envelopeFrom, QStringLiteral("team@rentflow.test"));
    EXPECT_EQ(mails[0].from, QStringLiteral("RentFlow Team <team@rentflow.test>"));
    EXPECT_EQ(mails[0].envelopeTo, QStringLiteral("meera@example.com"));
    EXPECT_EQ(mails[0].subject, QStringLiteral("Your RentFlow invitation is here"));
    EXPECT_TRUE(mails[0].text.contains(QStringLiteral("https://rentflow.in/invite/abc")));
    EXPECT_EQ(mails[0].messageId, QStringLiteral("<%1@rentflow.test>").arg(id.value()));

    QDeadlineTimer deadline(10'000);
    while (status(*db, id.value()) != QStringLiteral("sent") && !deadline.hasExpired())
        QThread::msleep(20);
    EXPECT_EQ(status(*db, id.value()), QStringLiteral("sent"));
    db.reset();
    // The server logs the mail by id and template only: never the address or the name.
    const QString log = server().standardError();
    EXPECT_TRUE(log.contains(QStringLiteral("\"event\":\"mail.sent\""))) << log.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("meera"), Qt::CaseInsensitive));
}

TEST_P(MailServerTest, AWaitlistJoinSendsTheWelcomeWithPositionAndReferralLink)
{
    ASSERT_TRUE(m_sinkStarted) << sink.error().toStdString();
    // Appendix A.1's body, with a Hindi name.
    const auto joined =
        http().post(QStringLiteral("/api/v1/waitlist"),
                    {{QStringLiteral("email"), QStringLiteral("priya.sharma@example.com")},
                     {QStringLiteral("fullName"), QStringLiteral("प्रिया शर्मा")},
                     {QStringLiteral("phone"), QStringLiteral("+919876543210")},
                     {QStringLiteral("companyName"), QStringLiteral("Sharma PG")},
                     {QStringLiteral("source"), QStringLiteral("landing")}});
    ASSERT_EQ(joined.status, 201) << joined;
    const QString link = joined.json().value(QStringLiteral("referralLink")).toString();
    const QString code = joined.json().value(QStringLiteral("referralCode")).toString();
    ASSERT_FALSE(link.isEmpty());
    ASSERT_EQ(joined.json().value(QStringLiteral("position")).toInt(), 1); // the first to join

    const QList<ReceivedMail> mails = sink.waitForMessages(1, 20'000);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].envelopeTo, QStringLiteral("priya.sharma@example.com"));
    EXPECT_EQ(mails[0].subject, QStringLiteral("You're #1 on the RentFlow waitlist"));
    EXPECT_TRUE(mails[0].text.startsWith(QStringLiteral("Hi प्रिया शर्मा,\n")));
    EXPECT_TRUE(
        mails[0].text.contains(QStringLiteral("Your referral link: ") + link + QLatin1Char('\n')));
    EXPECT_TRUE(
        mails[0].text.contains(QStringLiteral("Your referral code: ") + code + QLatin1Char('\n')));
    EXPECT_TRUE(mails[0].defects.isEmpty());

    // The same email again gets its entry back, and no second welcome.
    const auto again =
        http().post(QStringLiteral("/api/v1/waitlist"),
                    {{QStringLiteral("email"), QStringLiteral("priya.sharma@example.com")}});
    EXPECT_EQ(again.status, 200) << again;
    QThread::msleep(300); // several of the worker's 50 ms rounds
    EXPECT_EQ(sink.messages().size(), 1);
}

TEST_P(MailServerTest, AnInvestorLeadIsAcknowledged)
{
    ASSERT_TRUE(m_sinkStarted) << sink.error().toStdString();
    const auto lead = http().post(QStringLiteral("/api/v1/investor-leads"),
                                  {{QStringLiteral("fullName"), QStringLiteral("Ravi Menon")},
                                   {QStringLiteral("email"), QStringLiteral("ravi@example.com")},
                                   {QStringLiteral("investorType"), QStringLiteral("angel")},
                                   {QStringLiteral("investmentRange"), QStringLiteral("10-50L")}});
    ASSERT_EQ(lead.status, 201) << lead;
    const QList<ReceivedMail> mails = sink.waitForMessages(1, 20'000);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].envelopeTo, QStringLiteral("ravi@example.com"));
    EXPECT_EQ(mails[0].subject, QStringLiteral("Thank you for your interest in RentFlow"));
    EXPECT_TRUE(mails[0].text.startsWith(QStringLiteral("Hi Ravi Menon,\n")));
    EXPECT_TRUE(mails[0].html.contains(QStringLiteral("<p>Hi Ravi Menon,</p>")));
}

RENTFLOW_BOTH_BACKENDS(MailServerTest);
