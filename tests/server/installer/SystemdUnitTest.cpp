// installer/systemd/rentflow-server.service: systemd accepts every line of it, and the
// flags its ExecStart gives start rentflow-server.
#include "BothBackends.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rentflow::test;

namespace {

QString unitText()
{
    QFile file(QStringLiteral(RENTFLOW_INSTALLER_DIR "/systemd/rentflow-server.service"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// ExecStart's words, continuation lines joined.
QStringList execStart(const QString& unit)
{
    QString joined = unit;
    joined.replace(QRegularExpression(QStringLiteral("\\\\\\n\\s*")), QStringLiteral(" "));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^ExecStart=(.*)$"), QRegularExpression::MultilineOption)
            .match(joined);
    return m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString valueOf(const QStringList& words, const QString& flag)
{
    const qsizetype at = words.indexOf(flag);
    return at >= 0 ? words.value(at + 1) : QString();
}

} // namespace

#ifdef RENTFLOW_SYSTEMD_ANALYZE
TEST(SystemdUnitTest, SystemdAnalyzeVerifyAcceptsEveryLine)
{
    const QString analyze = QStringLiteral(RENTFLOW_SYSTEMD_ANALYZE);
    QString unit = unitText();
    ASSERT_FALSE(unit.isEmpty());
    // The binary must exist for verify: the one just built stands in for /usr/bin's.
    unit.replace(QStringLiteral("/usr/bin/rentflow-server"), ServerProcess::binaryPath());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("rentflow-server.service")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(unit.toUtf8());
    file.close();
    QProcess verify;
    verify.start(analyze, {QStringLiteral("verify"), file.fileName()});
    ASSERT_TRUE(verify.waitForFinished(60'000));
    const QString out =
        QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError());
    EXPECT_EQ(verify.exitCode(), 0) << out.toStdString();
    // verify only warns about a line it cannot parse ("…, ignoring"): none may mention the unit.
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        EXPECT_FALSE(line.contains(QLatin1String("rentflow-server.service"))) << line.toStdString();
}
#endif

TEST(SystemdUnitTest, ItIsHardenedAndRunsAsItsOwnUser)
{
    const QString unit = unitText();
    for (const char* line :
         {"DynamicUser=yes", "StateDirectory=rentflow-server", "NoNewPrivileges=yes",
          "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes", "PrivateDevices=yes",
          "CapabilityBoundingSet=\n", "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
          "SystemCallFilter=@system-service", "MemoryDenyWriteExecute=yes", "KillSignal=SIGTERM"})
        EXPECT_TRUE(unit.contains(QLatin1String(line))) << line;
    EXPECT_FALSE(unit.contains(QLatin1String("\nUser=root")));
    const QStringList words = execStart(unit);
    // Loopback only, behind nginx, and nginx's X-Forwarded-For believed.
    EXPECT_EQ(valueOf(words, QStringLiteral("--listen")), QStringLiteral("127.0.0.1:8080"));
    EXPECT_EQ(valueOf(words, QStringLiteral("--trusted-proxies")), QStringLiteral("127.0.0.1,::1"));
    EXPECT_EQ(valueOf(words, QStringLiteral("--data-dir")),
              QStringLiteral("/var/lib/rentflow-server"));
}

TEST(SystemdUnitTest, ItsExecStartFlagsStartTheServer)
{
    QStringList words = execStart(unitText());
    ASSERT_GT(words.size(), 1);
    ASSERT_EQ(words.takeFirst(), QStringLiteral("/usr/bin/rentflow-server"));
    // Listen and data folder as the test needs them; the rest as the unit has it.
    for (const QString& flag : {QStringLiteral("--listen"), QStringLiteral("--data-dir")}) {
        const qsizetype at = words.indexOf(flag);
        ASSERT_GE(at, 0) << flag.toStdString();
        words.remove(at, 2);
    }
    QTemporaryDir dir;
    QFile ini(dir.filePath(QStringLiteral("rentflow-server.ini")));
    ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
    ini.write("referral-boost=5\n");
    ini.close();
    words[words.indexOf(QStringLiteral("--config")) + 1] = ini.fileName();

    ServerOptions options;
    options.extraArgs = words; // its --passphrase-env comes after ServerProcess's: it wins
    options.environment.insert(valueOf(words, QStringLiteral("--passphrase-env")),
                               QStringLiteral("unit test passphrase 0123456789"));
    ServerProcess server(options);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    EXPECT_EQ(HttpClient(server.baseUrl()).get(QStringLiteral("/health/ready")).status, 200);
    EXPECT_TRUE(server.stop()) << server.error().toStdString();
}
