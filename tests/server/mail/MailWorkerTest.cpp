// The mail queue end to end: enqueueMail → MailWorker → a real SMTP server (aiosmtpd),
// on the embedded database and on PostgreSQL.
#include "MailTestDatabase.h"
#include "SmtpSink.h"

#include "server/http/ServerConfig.h"
#include "server/mail/MailQueue.h"
#include "server/mail/MailQueueStore.h"
#include "server/mail/MailTemplateStore.h"
#include "server/mail/MailWorker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>

#include <gtest/gtest.h>

using namespace rentflow::server;
using rentflow::server::test::MailTestDatabase;
using rentflow::server::test::ReceivedMail;
using rentflow::server::test::SmtpSink;

namespace {

struct Row
{
    QString status;
    int attempts = -1;
    QString nextAttemptAt;
    QString lastError;
    QString sentAt;
    QString messageId;
    QString claimedBy;
};

const QJsonObject kWelcomeVars{
    {QStringLiteral("fullName"), QStringLiteral("Priya")},
    {QStringLiteral("position"), 42},
    {QStringLiteral("referralCode"), QStringLiteral("PRIYA42")},
    {QStringLiteral("referralLink"), QStringLiteral("https://rentflow.in/join?ref=PRIYA42")}};

class MailWorkerTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_database.open()) << m_database.error().toStdString();
        ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    }

    ServerDb& db() { return m_database.db(); }
    const DatabaseTarget& target() const { return m_database.target(); }

    MailWorkerOptions options(const QString& workerId = QStringLiteral("worker-a")) const
    {
        MailWorkerOptions options;
        options.smtp.url = sink.url();
        options.smtp.startTls = StartTls::Never;
        options.smtp.connectTimeoutMs = 2'000;
        options.smtp.timeoutMs = 10'000;
        options.from = Mailbox::parse(u"RentFlow <no-reply@rentflow.in>");
        options.workerId = workerId;
        options.pollMs = 50;
        return options;
    }

    QString enqueue(const QString& templateName, const QString& to, const QJsonObject& vars)
    {
        auto id = enqueueMail(db(), templateName, to, vars);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? id.value() : QString();
    }

    Row row(const QString& id)
    {
        auto query = db().exec(QStringLiteral("SELECT status, attempts, next_attempt_at, "
                                              "last_error, sent_at, message_id, claimed_by "
                                              "FROM mail_queue WHERE id = ?"),
                               {id});
        Row row;
        EXPECT_TRUE(query.ok());
        if (query.ok() && query.value().next()) {
            QSqlQuery& q = query.value();
            row = {q.value(0).toString(), q.value(1).toInt(),    q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                   q.value(6).toString()};
        }
        return row;
    }

    int runOnce(MailWorker& worker)
    {
        auto handled = worker.runOnce(db());
        EXPECT_TRUE(handled.ok()) << (handled.ok() ? "" : handled.error().message.toStdString());
        return handled.ok() ? handled.value() : -1;
    }

    qint64 depth()
    {
        auto depth = mailQueueDepth(db());
        EXPECT_TRUE(depth.ok());
        return depth.ok() ? depth.value() : -1;
    }

    static QDateTime parsedTime(const QString& stored)
    {
        return QDateTime::fromString(stored, Qt::ISODateWithMs);
    }

    // Nothing can be claimed a millisecond before `stored` (and the probe changes nothing).
    bool notDueBefore(const QString& stored)
    {
        auto probe =
            claimDueMail(db(), QStringLiteral("probe"), parsedTime(stored).addMSecs(-1), 10, 1);
        return probe.ok() && probe.value().isEmpty();
    }

    static void sleepUntil(const QString& stored)
    {
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(parsedTime(stored)) + 20;
        if (wait > 0)
            QThread::msleep(quint64(wait));
    }

    MailTestDatabase m_database{GetParam()};
    SmtpSink sink;
};

} // namespace

TEST_P(MailWorkerTest, DeliversAQueuedWelcomeWithItsVariables)
{
    const QString id = enqueue(QStringLiteral("waitlist_welcome"),
                               QStringLiteral("priya@example.com"), kWelcomeVars);
    EXPECT_EQ(depth(), 1);
    MailWorker worker(options());
    EXPECT_EQ(runOnce(worker), 1);

    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    const ReceivedMail& mail = mails[0];
    EXPECT_EQ(mail.envelopeTo, QStringLiteral("priya@example.com"));
    EXPECT_EQ(mail.to, QStringLiteral("priya@example.com"));
    EXPECT_EQ(mail.from, QStringLiteral("RentFlow <no-reply@rentflow.in>"));
    EXPECT_EQ(mail.subject, QStringLiteral("You're #42 on the RentFlow waitlist"));
    EXPECT_TRUE(mail.text.startsWith(QStringLiteral("Hi Priya,\n")));
    EXPECT_TRUE(mail.text.contains(QStringLiteral("You are number 42 in line.")));
    EXPECT_TRUE(mail.text.contains(
        QStringLiteral("Your referral link: https://rentflow.in/join?ref=PRIYA42\n")));
    EXPECT_TRUE(mail.text.contains(QStringLiteral("Your referral code: PRIYA42\n")));
    EXPECT_TRUE(mail.html.contains(QStringLiteral(
        "<a "
        "href=\"https://rentflow.in/join?ref=PRIYA42\">https://rentflow.in/join?ref=PRIYA42</a>")));
    // One Message-ID per queued mail: the row's id at the sender's domain.
    EXPECT_EQ(mail.messageId, QStringLiteral("<%1@rentflow.in>").arg(id));

    const Row sent = row(id);
    EXPECT_EQ(sent.status, QStringLiteral("sent"));
    EXPECT_EQ(sent.attempts, 1);
    EXPECT_EQ(sent.messageId, id + QStringLiteral("@rentflow.in"));
    EXPECT_TRUE(parsedTime(sent.sentAt).isValid());
    EXPECT_TRUE(sent.claimedBy.isEmpty());
    EXPECT_EQ(depth(), 0);
    EXPECT_EQ(runOnce(worker), 0); // nothing is sent twice
    EXPECT_EQ(sink.waitForMessages(1).size(), 1);
}

TEST_P(MailWorkerTest, ItsThreadDeliversWhatIsQueuedAndStopsPromptly)
{
    MailWorker worker(options());
    worker.start(target());
    const QString id = enqueue(QStringLiteral("investor_ack"), QStringLiteral("ravi@example.com"),
                               {{QStringLiteral("fullName"), QStringLiteral("Ravi")}});
    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].envelopeTo, QStringLiteral("ravi@example.com"));
    EXPECT_EQ(mails[0].subject, QStringLiteral("Thank you for your interest in RentFlow"));
    EXPECT_TRUE(mails[0].text.startsWith(QStringLiteral("Hi Ravi,\n")));

    QElapsedTimer timer;
    timer.start();
    worker.stop();
    EXPECT_LT(timer.elapsed(), 1'000); // woken, not waiting out its poll
    worker.stop();                     // twice is harmless
    EXPECT_EQ(row(id).status, QStringLiteral("sent"));
}

TEST_P(MailWorkerTest, RetriesWithBackOffWhileTheServerIsDownThenDelivers)
{
    const quint16 port = sink.port();
    sink.stop();
    MailWorkerOptions opts = options();
    opts.firstRetryMs = 400;
    opts.maxRetryMs = 10'000;
    MailWorker worker(opts);
    const QString id = enqueue(
        QStringLiteral("password_reset"), QStringLiteral("a@example.com"),
        {{QStringLiteral("resetUrl"), QStringLiteral("https://rentflow.in/reset?token=t0k3n")},
         {QStringLiteral("expiresInMinutes"), 30}});

    // First failure: the next attempt 400 ms later.
    QDateTime before = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(runOnce(worker), 1);
    QDateTime after = QDateTime::currentDateTimeUtc();
    Row first = row(id);
    EXPECT_EQ(first.status, QStringLiteral("pending"));
    EXPECT_EQ(first.attempts, 1);
    EXPECT_TRUE(first.lastError.startsWith(QStringLiteral("SMTP: Couldn't connect")))
        << first.lastError.toStdString();
    EXPECT_GE(parsedTime(first.nextAttemptAt), before.addMSecs(400));
    EXPECT_LE(parsedTime(first.nextAttemptAt), after.addMSecs(400));
    EXPECT_TRUE(first.claimedBy.isEmpty());
    EXPECT_EQ(depth(), 1); // still to be sent

    // Not due until then: a claim a millisecond before finds nothing.
    EXPECT_TRUE(notDueBefore(first.nextAttemptAt));
    EXPECT_EQ(row(id).attempts, 1);

    // Second failure: twice the wait, 800 ms.
    sleepUntil(first.nextAttemptAt);
    before = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(runOnce(worker), 1);
    after = QDateTime::currentDateTimeUtc();
    Row second = row(id);
    EXPECT_EQ(second.attempts, 2);
    EXPECT_GE(parsedTime(second.nextAttemptAt), before.addMSecs(800));
    EXPECT_LE(parsedTime(second.nextAttemptAt), after.addMSecs(800));

    // The server comes back where it was: the next due attempt delivers.
    ASSERT_TRUE(sink.start(SmtpSink::Tls::None, port)) << sink.error().toStdString();
    EXPECT_TRUE(notDueBefore(second.nextAttemptAt));
    sleepUntil(second.nextAttemptAt);
    EXPECT_EQ(runOnce(worker), 1);
    const QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].subject, QStringLiteral("Reset your RentFlow password"));
    EXPECT_TRUE(mails[0].text.contains(QStringLiteral(
        "open this link within 30 minutes:\n\nhttps://rentflow.in/reset?token=t0k3n\n")));
    const Row sent = row(id);
    EXPECT_EQ(sent.status, QStringLiteral("sent"));
    EXPECT_EQ(sent.attempts, 3);
    EXPECT_EQ(depth(), 0);
}

TEST_P(MailWorkerTest, StoppingDropsASendThatHangsAndKeepsTheMail)
{
    QTcpServer silent; // accepts, never greets
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    MailWorkerOptions opts = options();
    opts.smtp.url = QStringLiteral("smtp://127.0.0.1:%1").arg(silent.serverPort());
    opts.smtp.timeoutMs = 60'000;
    MailWorker worker(opts);
    const QString id = enqueue(QStringLiteral("investor_ack"), QStringLiteral("a@example.com"),
                               {{QStringLiteral("fullName"), QStringLiteral("A")}});
    worker.start(target());
    QElapsedTimer waited;
    waited.start();
    while (row(id).claimedBy.isEmpty() && waited.elapsed() < 10'000)
        QThread::msleep(20);
    ASSERT_EQ(row(id).claimedBy, QStringLiteral("worker-a"));

    QElapsedTimer timer;
    timer.start();
    worker.stop();
    EXPECT_LT(timer.elapsed(), 2'500);
    const Row kept = row(id);
    EXPECT_EQ(kept.status, QStringLiteral("pending")); // to be sent by the next worker
    EXPECT_EQ(kept.attempts, 1);
    EXPECT_TRUE(kept.claimedBy.isEmpty());
    EXPECT_EQ(depth(), 1);
}

TEST_P(MailWorkerTest, GivesUpAfterTheLastAttempt)
{
    sink.stop();
    MailWorkerOptions opts = options();
    opts.firstRetryMs = 50;
    opts.maxAttempts = 2;
    MailWorker worker(opts);
    const QString id = enqueue(QStringLiteral("invite"), QStringLiteral("a@example.com"),
                               {{QStringLiteral("name"), QStringLiteral("A")},
                                {QStringLiteral("inviteLink"), QStringLiteral("https://x.in/i")}});
    EXPECT_EQ(runOnce(worker), 1);
    EXPECT_EQ(row(id).status, QStringLiteral("pending"));
    QThread::msleep(80);
    EXPECT_EQ(runOnce(worker), 1);
    const Row failed = row(id);
    EXPECT_EQ(failed.status, QStringLiteral("failed"));
    EXPECT_EQ(failed.attempts, 2);
    EXPECT_FALSE(failed.lastError.isEmpty());
    EXPECT_EQ(depth(), 0);
    QThread::msleep(120);
    EXPECT_EQ(runOnce(worker), 0); // failed is final
}

TEST_P(MailWorkerTest, APermanentRefusalIsNotRetried)
{
    sink.setMaxMessageSize(300); // every message is bigger: 552 at MAIL FROM
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    MailWorker worker(options());
    const QString id =
        enqueue(QStringLiteral("waitlist_welcome"), QStringLiteral("a@example.com"), kWelcomeVars);
    EXPECT_EQ(runOnce(worker), 1);
    const Row failed = row(id);
    EXPECT_EQ(failed.status, QStringLiteral("failed"));
    EXPECT_EQ(failed.attempts, 1);
    EXPECT_TRUE(failed.nextAttemptAt.isEmpty());
    EXPECT_TRUE(sink.waitForMessages(0).isEmpty());
}

TEST_P(MailWorkerTest, ClaimsAreExclusiveUntilTheLeaseRunsOut)
{
    const QString id = enqueue(QStringLiteral("investor_ack"), QStringLiteral("a@example.com"),
                               {{QStringLiteral("fullName"), QStringLiteral("A")}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto a = claimDueMail(db(), QStringLiteral("A"), now, 10, 60'000);
    ASSERT_TRUE(a.ok());
    ASSERT_EQ(a.value().size(), 1);
    EXPECT_EQ(a.value()[0].id, id);
    EXPECT_EQ(a.value()[0].templateName, QStringLiteral("investor_ack"));
    EXPECT_EQ(a.value()[0].recipient, QStringLiteral("a@example.com"));
    EXPECT_EQ(a.value()[0].variables.value(QStringLiteral("fullName")).toString(),
              QStringLiteral("A"));

    // B, at the same moment and up to the lease's last millisecond, gets nothing.
    auto b = claimDueMail(db(), QStringLiteral("B"), now, 10, 60'000);
    ASSERT_TRUE(b.ok());
    EXPECT_TRUE(b.value().isEmpty());
    b = claimDueMail(db(), QStringLiteral("B"), now.addMSecs(60'000), 10, 60'000);
    ASSERT_TRUE(b.ok());
    EXPECT_TRUE(b.value().isEmpty());
    // A crashed: after its lease B takes the row, and A's late report changes nothing.
    b = claimDueMail(db(), QStringLiteral("B"), now.addMSecs(60'001), 10, 60'000);
    ASSERT_TRUE(b.ok());
    ASSERT_EQ(b.value().size(), 1);
    auto late = markMailSent(db(), id, QStringLiteral("A"), 1, QStringLiteral("x@y"), now);
    ASSERT_TRUE(late.ok());
    EXPECT_FALSE(late.value());
    EXPECT_EQ(row(id).claimedBy, QStringLiteral("B"));
    auto own = markMailSent(db(), id, QStringLiteral("B"), 1, QStringLiteral("m@rentflow.in"), now);
    ASSERT_TRUE(own.ok());
    EXPECT_TRUE(own.value());
    EXPECT_EQ(row(id).status, QStringLiteral("sent"));
}

TEST_P(MailWorkerTest, TwoWorkersOnOneDatabaseNeverSendAMailTwice)
{
    constexpr int kMails = 40;
    QSet<QString> ids;
    for (int i = 0; i < kMails; ++i)
        ids.insert(enqueue(QStringLiteral("investor_ack"),
                           QStringLiteral("investor%1@example.com").arg(i),
                           {{QStringLiteral("fullName"), QStringLiteral("Investor %1").arg(i)}}));
    MailWorkerOptions a = options(QStringLiteral("worker-a"));
    MailWorkerOptions b = options(QStringLiteral("worker-b"));
    a.batch = b.batch = 3;
    a.pollMs = b.pollMs = 10;
    MailWorker first(a);
    MailWorker second(b);
    first.start(target()); // each opens its own connection on its own thread
    second.start(target());

    QList<ReceivedMail> mails = sink.waitForMessages(kMails, 30'000);
    QThread::msleep(300); // a twin would arrive now
    first.stop();
    second.stop();
    mails = sink.messages();
    ASSERT_EQ(mails.size(), kMails);
    QSet<QString> delivered;
    QSet<QString> recipients;
    for (const ReceivedMail& mail : mails) {
        delivered.insert(mail.messageId.mid(1, mail.messageId.indexOf(QLatin1Char('@')) - 1));
        recipients.insert(mail.envelopeTo);
    }
    EXPECT_EQ(delivered, ids);
    EXPECT_EQ(recipients.size(), kMails);
    for (const QString& id : ids)
        EXPECT_EQ(row(id).status, QStringLiteral("sent"));
    EXPECT_EQ(depth(), 0);
}

TEST_P(MailWorkerTest, AnAdminsOverrideIsWhatIsSent)
{
    auto saved = saveMailTemplate(db(), QStringLiteral("invite"),
                                  {QStringLiteral("{{name}}, come in"),
                                   QStringLiteral("Door: {{inviteLink}}"),
                                   QStringLiteral("<p>Door: <a href=\"{{inviteLink}}\">here</a> "
                                                  "for {{name}}</p>")},
                                  QStringLiteral("admin-1"));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    auto stored = loadMailTemplate(db(), QStringLiteral("invite"));
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored.value().overridden);

    MailWorker worker(options());
    enqueue(QStringLiteral("invite"), QStringLiteral("a@example.com"),
            {{QStringLiteral("name"), QStringLiteral("Meera & Co")},
             {QStringLiteral("inviteLink"), QStringLiteral("https://rentflow.in/i/abc")}});
    EXPECT_EQ(runOnce(worker), 1);
    QList<ReceivedMail> mails = sink.waitForMessages(1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].subject, QStringLiteral("Meera & Co, come in"));
    EXPECT_EQ(mails[0].text, QStringLiteral("Door: https://rentflow.in/i/abc"));
    EXPECT_EQ(mails[0].html,
              QStringLiteral("<p>Door: <a href=\"https://rentflow.in/i/abc\">here</a> "
                             "for Meera &amp; Co</p>"));

    // Saving again replaces it; removing it brings the shipped wording back.
    saved = saveMailTemplate(db(), QStringLiteral("invite"),
                             {QStringLiteral("v2 {{name}}"), QStringLiteral("t"), QString()},
                             QStringLiteral("admin-2"));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(loadMailTemplate(db(), QStringLiteral("invite")).value().wording.subject,
              QStringLiteral("v2 {{name}}"));
    auto reset = resetMailTemplate(db(), QStringLiteral("invite"));
    ASSERT_TRUE(reset.ok());
    EXPECT_TRUE(reset.value());
    stored = loadMailTemplate(db(), QStringLiteral("invite"));
    EXPECT_FALSE(stored.value().overridden);
    EXPECT_EQ(stored.value().wording.subject, QStringLiteral("Your RentFlow invitation is here"));
}

TEST_P(MailWorkerTest, AnOverrideThatCouldNotBeRenderedIsRefused)
{
    auto saved = saveMailTemplate(db(), QStringLiteral("invite"),
                                  {QStringLiteral("Hi"), QStringLiteral("{{token}}"), QString()},
                                  QStringLiteral("admin-1"));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, rentflow::store::StoreError::Code::InvalidInput);
    EXPECT_FALSE(loadMailTemplate(db(), QStringLiteral("invite")).value().overridden);
    auto unknown = saveMailTemplate(db(), QStringLiteral("nope"),
                                    {QStringLiteral("s"), QStringLiteral("t"), QString()}, {});
    EXPECT_FALSE(unknown.ok());
    EXPECT_EQ(loadMailTemplate(db(), QStringLiteral("nope")).error().code,
              rentflow::store::StoreError::Code::NotFound);
}

TEST_P(MailWorkerTest, EnqueueRefusesWhatCouldNeverBeSent)
{
    const QJsonObject name{{QStringLiteral("name"), QStringLiteral("A")}};
    struct Case
    {
        QString templateName;
        QString to;
        QJsonObject vars;
        QString message;
    };
    const Case cases[] = {
        {QStringLiteral("nope"), QStringLiteral("a@example.com"), name,
         QStringLiteral("mail template: no mail template is called that")},
        {QStringLiteral("investor_ack"), QStringLiteral("a@example.com\r\nBcc: b@example.com"),
         name, QStringLiteral("mail to: is not an address mail can be sent to")},
        {QStringLiteral("investor_ack"),
         QStringLiteral("a@example.com"),
         {},
         QStringLiteral("mail vars: investor_ack needs fullName as a string or a number")},
        {QStringLiteral("investor_ack"),
         QStringLiteral("a@example.com"),
         {{QStringLiteral("fullName"), QJsonValue(true)}},
         QStringLiteral("mail vars: investor_ack needs fullName as a string or a number")},
        {QStringLiteral("invite"), QStringLiteral("a@example.com"), name,
         QStringLiteral("mail vars: invite needs inviteLink as a string or a number")},
    };
    for (const Case& c : cases) {
        auto refused = enqueueMail(db(), c.templateName, c.to, c.vars);
        ASSERT_FALSE(refused.ok()) << c.templateName.toStdString();
        EXPECT_EQ(refused.error().code, rentflow::store::StoreError::Code::InvalidInput);
        EXPECT_EQ(refused.error().message, c.message);
    }
    EXPECT_EQ(depth(), 0); // nothing was queued
}

TEST_P(MailWorkerTest, ARowThatCannotBeRenderedFailsWithoutBeingSent)
{
    // Written past enqueueMail (an older server, a hand edit): the worker fails it for good.
    const QString now = ServerDb::now();
    ASSERT_TRUE(
        db().exec(QStringLiteral("INSERT INTO mail_queue (id, template, recipient, "
                                 "variables, created_at) VALUES (?, ?, ?, ?, ?), "
                                 "(?, ?, ?, ?, ?)"),
                  {QStringLiteral("m1"), QStringLiteral("gone"), QStringLiteral("a@example.com"),
                   QStringLiteral("{}"), now, QStringLiteral("m2"), QStringLiteral("invite"),
                   QStringLiteral("a@example.com"), QStringLiteral("{\"name\":\"A\"}"), now})
            .ok());
    MailWorker worker(options());
    EXPECT_EQ(runOnce(worker), 2);
    const Row gone = row(QStringLiteral("m1"));
    EXPECT_EQ(gone.status, QStringLiteral("failed"));
    EXPECT_EQ(gone.lastError, QStringLiteral("no mail template is called that"));
    const Row missing = row(QStringLiteral("m2"));
    EXPECT_EQ(missing.status, QStringLiteral("failed"));
    EXPECT_EQ(missing.lastError,
              QStringLiteral("text: no string or number value for {{inviteLink}}"));
    EXPECT_TRUE(sink.waitForMessages(0).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, MailWorkerTest,
                         ::testing::ValuesIn(MailTestDatabase::backends()),
                         [](const ::testing::TestParamInfo<Backend>& info) {
                             return MailTestDatabase::backendName(info.param).toStdString();
                         });

TEST(MailWorker, BacksOffExponentiallyUpToTheCap)
{
    // 1 min, 2, 4, 8, 16, 32, then 64 capped at 60.
    const qint64 minute = 60'000;
    EXPECT_EQ(MailWorker::retryDelayMs(1, minute, 60 * minute), minute);
    EXPECT_EQ(MailWorker::retryDelayMs(2, minute, 60 * minute), 2 * minute);
    EXPECT_EQ(MailWorker::retryDelayMs(3, minute, 60 * minute), 4 * minute);
    EXPECT_EQ(MailWorker::retryDelayMs(6, minute, 60 * minute), 32 * minute);
    EXPECT_EQ(MailWorker::retryDelayMs(7, minute, 60 * minute), 60 * minute);
    EXPECT_EQ(MailWorker::retryDelayMs(1000, minute, 60 * minute), 60 * minute);
}

TEST(MailWorker, TakesItsSettingsFromTheServerConfig)
{
    ServerConfig config;
    config.smtpUrl = QStringLiteral("smtps://mail.example.com:465");
    config.smtpUser = QStringLiteral("mailer");
    config.smtpPasswordEnv = QStringLiteral("MAIL_SECRET");
    config.mailPollMs = 750;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("MAIL_SECRET"), QStringLiteral("s3cret"));
    auto options = MailWorkerOptions::fromConfig(config, environment);
    ASSERT_TRUE(std::holds_alternative<MailWorkerOptions>(options));
    const MailWorkerOptions& o = std::get<MailWorkerOptions>(options);
    EXPECT_EQ(o.smtp.url, QStringLiteral("smtps://mail.example.com:465"));
    EXPECT_EQ(o.smtp.user, QStringLiteral("mailer"));
    EXPECT_EQ(o.smtp.password, QStringLiteral("s3cret"));
    EXPECT_EQ(o.pollMs, 750);
    EXPECT_EQ(o.smtp.startTls, StartTls::IfOffered); // the default
    EXPECT_TRUE(o.smtp.caFile.isEmpty());
    ASSERT_TRUE(o.from);
    EXPECT_EQ(o.from->address(), QByteArray("no-reply@rentflow.in")); // the default

    config.smtpStartTls = QStringLiteral("required");
    config.smtpCaFile = QStringLiteral("/etc/rentflow/smtp-ca.pem");
    options = MailWorkerOptions::fromConfig(config, environment);
    ASSERT_TRUE(std::holds_alternative<MailWorkerOptions>(options));
    EXPECT_EQ(std::get<MailWorkerOptions>(options).smtp.startTls, StartTls::Required);
    EXPECT_EQ(std::get<MailWorkerOptions>(options).smtp.caFile,
              QStringLiteral("/etc/rentflow/smtp-ca.pem"));
    config.smtpStartTls = QStringLiteral("never");
    options = MailWorkerOptions::fromConfig(config, environment);
    EXPECT_EQ(std::get<MailWorkerOptions>(options).smtp.startTls, StartTls::Never);

    config.mailFrom = QStringLiteral("not an address");
    options = MailWorkerOptions::fromConfig(config, environment);
    ASSERT_TRUE(std::holds_alternative<QString>(options));
    EXPECT_EQ(std::get<QString>(options),
              QStringLiteral("--mail-from is not an address mail can be sent from"));
}
