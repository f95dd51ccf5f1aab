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

RENTFLOW_BOTH_BACKENDS(MailServerTest);
