// rentflow-server's command line (CLI.md): the listening line on port 0, bad flags refused
// with exit code 2 naming the flag, SIGTERM/SIGINT ending a running server with 0.
#include "BothBackends.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <csignal>

using namespace rentflow::test;

namespace {

void expectRefused(const QStringList& args, const QString& named)
{
    const ServerRun run = runServer(args);
    EXPECT_FALSE(run.timedOut) << args.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << "\n"
                               << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(named)) << "stderr should name " << named.toStdString() << ":\n"
                                         << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QLatin1String("listening on"))) << run.out.toStdString();
}

} // namespace

TEST(ServerCommandLineTest, PortZeroPrintsThePortItListensOn)
{
    ServerProcess server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    EXPECT_NE(server.port(), 0);
    EXPECT_EQ(server.host(), QStringLiteral("127.0.0.1"));
    // Exactly one line, as CLI.md has it.
    const QStringList lines = server.standardOutput().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << server.standardOutput().toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("listening on http://127.0.0.1:%1").arg(server.port()));
    // And that port answers.
    EXPECT_EQ(HttpClient(server.baseUrl()).get(QStringLiteral("/no/such/thing")).status, 404);
    EXPECT_TRUE(server.stop()) << server.error().toStdString();
}

TEST(ServerCommandLineTest, BadFlagsExitWithTwoAndNameTheFlag)
{
    expectRefused({QStringLiteral("--no-such-flag")}, QStringLiteral("no-such-flag"));
    expectRefused({QStringLiteral("--max-body-bytes"), QStringLiteral("lots")},
                  QStringLiteral("--max-body-bytes"));
    expectRefused({QStringLiteral("--idle-timeout-ms"), QStringLiteral("-5")},
                  QStringLiteral("--idle-timeout-ms"));
    expectRefused({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")},
                  QStringLiteral("--listen"));
    expectRefused({QStringLiteral("--rate-limit-multiplier"), QStringLiteral("fast")},
                  QStringLiteral("--rate-limit-multiplier"));
    expectRefused({QStringLiteral("frobnicate")}, QStringLiteral("frobnicate"));
}

TEST(ServerCommandLineTest, SigintAndSigtermEndAnIdleServerWithZero)
{
    for (const int signal : {SIGTERM, SIGINT}) {
        ServerProcess server;
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        server.sendSignal(signal);
        ASSERT_TRUE(server.waitForExit(15'000)) << server.describe().toStdString();
        EXPECT_FALSE(server.crashed()) << server.describe().toStdString();
        EXPECT_EQ(server.exitCode(), 0) << server.describe().toStdString();
        // It no longer listens.
        EXPECT_EQ(HttpClient(server.baseUrl()).get(QStringLiteral("/")).status, 0);
    }
}

TEST(ServerCommandLineTest, ABusyPortIsRefusedWithAMessage)
{
    ServerProcess first;
    ASSERT_TRUE(first.start()) << first.error().toStdString();
    ServerOptions options;
    options.listen = QStringLiteral("127.0.0.1:%1").arg(first.port());
    ServerProcess second(options);
    EXPECT_FALSE(second.start());
    EXPECT_FALSE(second.crashed());
    EXPECT_NE(second.exitCode(), 0);
    EXPECT_TRUE(second.standardError().contains(QString::number(first.port())))
        << second.describe().toStdString();
    EXPECT_TRUE(first.stop()) << first.error().toStdString();
}
