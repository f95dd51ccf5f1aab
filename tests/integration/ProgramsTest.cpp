// The three programs' common contract (CLI.md): --version, --help, exit codes.
#include <support/ProcessRunner.h>
#include <support/TestWorkspace.h>

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {
const QString kApp = QStringLiteral(RENTFLOW_APP_PATH);
const QString kServer = QStringLiteral(RENTFLOW_SERVER_PATH);
} // namespace

TEST(Programs, EachPrintsItsNameAndVersion)
{
    for (const auto& [program, name] : {std::pair{test::ctlPath(), QStringLiteral("rentflowctl")},
                                        std::pair{kApp, QStringLiteral("rentflow")},
                                        std::pair{kServer, QStringLiteral("rentflow-server")}}) {
        const auto r = test::runProgram(program, {QStringLiteral("--version")});
        EXPECT_EQ(r.exitCode, 0) << name.toStdString();
        EXPECT_EQ(r.out.trimmed(), name + QStringLiteral(" 0.1.0"));
    }
}

TEST(Programs, EachExplainsItselfWithHelp)
{
    for (const QString& program : {test::ctlPath(), kApp, kServer}) {
        const auto r = test::runProgram(program, {QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << program.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("--version"))) << r.out.toStdString();
    }
    const auto app = test::runProgram(kApp, {QStringLiteral("--help")});
    EXPECT_TRUE(app.out.contains(QStringLiteral("--workspace")));
    EXPECT_TRUE(app.out.contains(QStringLiteral("--passphrase-env")));
}

TEST(Programs, TheAppWithoutADisplayExitsOneAndSaysSo)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    const auto r = test::runProgram(kApp, {}, env);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no display"))) << r.err.toStdString();
    const auto help = test::runProgram(kApp, {QStringLiteral("--help")}, env);
    EXPECT_EQ(help.exitCode, 0); // help needs no window
    EXPECT_TRUE(help.out.contains(QStringLiteral("--workspace")));
}

TEST(Programs, TheServerRefusesAnUnknownCommandAndABadFlagNamingThem)
{
    const auto command = test::runProgram(kServer, {QStringLiteral("serve-forever")});
    EXPECT_EQ(command.exitCode, 2);
    EXPECT_TRUE(command.err.contains(QStringLiteral("serve-forever"))) << command.err.toStdString();
    const auto flag =
        test::runProgram(kServer, {QStringLiteral("--listen"), QStringLiteral("nowhere")});
    EXPECT_EQ(flag.exitCode, 2);
    EXPECT_TRUE(flag.err.contains(QStringLiteral("--listen: must be HOST:PORT")))
        << flag.err.toStdString();
}

// `rentflow-server user add` (CLI.md) through the program itself: the password from the
// environment, refusals naming the flag with nothing written.
TEST(Programs, TheServerAddsAUserFromTheCommandLineAndRefusesARepeat)
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SERVER_PASS"), QStringLiteral("server data passphrase"));
    env.insert(QStringLiteral("ADMIN_PASSWORD"), QStringLiteral("Correct-Horse-7-Staple"));
    const QStringList where{QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--passphrase-env"), QStringLiteral("SERVER_PASS")};
    const QStringList add =
        QStringList{QStringLiteral("user"),           QStringLiteral("add"),
                    QStringLiteral("--email"),        QStringLiteral("ops@rentflow.in"),
                    QStringLiteral("--password-env"), QStringLiteral("ADMIN_PASSWORD"),
                    QStringLiteral("--role"),         QStringLiteral("super_admin")} +
        where;
    const auto first = test::runProgram(kServer, add, env);
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.startsWith(QStringLiteral("user added: "))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("(super_admin)")));

    const auto again = test::runProgram(kServer, add, env);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--email"))) << again.err.toStdString();

    QStringList noPassword = add;
    noPassword[5] = QStringLiteral("NO_SUCH_VARIABLE");
    noPassword[3] = QStringLiteral("other@rentflow.in");
    const auto refused = test::runProgram(kServer, noPassword, env);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--password-env")))
        << refused.err.toStdString();
}

// `user add --workspace DIR`: the account lands in the desktop app's bundled server of
// that workspace, whose key the user never sees (it is derived from the workspace's).
TEST(Programs, TheServerAddsAUserToTheBundledServerOfAWorkspace)
{
    test::TestWorkspace files;
    {
        auto workspace = files.create();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WS_PASS"), test::TestWorkspace::kPassphrase);
    env.insert(QStringLiteral("ADMIN_PASSWORD"), QStringLiteral("Correct-Horse-7-Staple"));
    const QStringList add{QStringLiteral("user"),
                          QStringLiteral("add"),
                          QStringLiteral("--workspace"),
                          files.path(),
                          QStringLiteral("--workspace-passphrase-env"),
                          QStringLiteral("WS_PASS"),
                          QStringLiteral("--email"),
                          QStringLiteral("crm@rentflow.in"),
                          QStringLiteral("--password-env"),
                          QStringLiteral("ADMIN_PASSWORD"),
                          QStringLiteral("--role"),
                          QStringLiteral("super_admin")};
    const auto first = test::runProgram(kServer, add, env);
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(files.path() + QStringLiteral("-server/server.db")));
    // The same data opened again with the key derived again: the account is there.
    const auto again = test::runProgram(kServer, add, env);
    EXPECT_EQ(again.exitCode, 2) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("--email"))) << again.err.toStdString();

    env.insert(QStringLiteral("WS_PASS"), QStringLiteral("not the passphrase at all"));
    const auto wrong = test::runProgram(kServer, add, env);
    EXPECT_EQ(wrong.exitCode, 3) << wrong.err.toStdString();
    const auto mixed = test::runProgram(
        kServer,
        add + QStringList{QStringLiteral("--data-dir"), files.scratch(QStringLiteral("x"))}, env);
    EXPECT_EQ(mixed.exitCode, 2);
    EXPECT_TRUE(mixed.err.contains(QStringLiteral("--workspace"))) << mixed.err.toStdString();
}
