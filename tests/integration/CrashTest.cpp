#include <support/ProcessRunner.h>
#include <support/TestWorkspace.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

TEST(Crash, KillNineDuringALongWriteKeepsTheLastCommittedData)
{
    test::TestWorkspace tw;
    QProcess writer;
    writer.setProcessEnvironment(test::ctlEnvironment());
    writer.start(QStringLiteral(RENTFLOW_CRASH_WRITER), {tw.path()});
    ASSERT_TRUE(writer.waitForStarted());
    // Wait until the long transaction has written a few thousand rows.
    QByteArray seen;
    while (!seen.contains("WRITING 3000") && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(1000);
        seen += writer.readAllStandardOutput();
    }
    ASSERT_TRUE(seen.contains("COMMITTED 50")) << seen.toStdString();
    ASSERT_TRUE(seen.contains("WRITING 3000")) << seen.toStdString();
    writer.kill(); // SIGKILL: no cleanup, no rollback, no checkpoint
    writer.waitForFinished();

    const auto check =
        test::runCtl({QStringLiteral("check"), QStringLiteral("--workspace"), tw.path(),
                      QStringLiteral("--passphrase-env"),
                      QStringLiteral("RENTFLOW_TEST_PASSPHRASE"), QStringLiteral("--json")});
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString() << check.out.toStdString();
    EXPECT_TRUE(
        QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("ok")).toBool());

    auto ws = tw.open();
    ASSERT_TRUE(ws);
    QSqlQuery q(ws->store().database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*), sum(first_name = 'Committed') FROM resident")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 50);
    EXPECT_EQ(q.value(1).toInt(), 50);
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'resident'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 50); // the audit trail matches the data
}
