#include "AuthFlowFixture.h"

#include "server/auth/UserAddCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace authtest;

namespace {

class UserAdd : public AuthFlowTest
{
protected:
    UserAddOutcome run(const UserAddArgs& args, const QString& password = kPassword)
    {
        ServerConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("data"));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("NEW_USER_PASSWORD"), password);
        return runUserAdd(args, config, environment, m_keychain);
    }
    static UserAddArgs args(const QString& email, const QString& role, const QString& org = {})
    {
        return {email, QStringLiteral("NEW_USER_PASSWORD"), role, org};
    }
};

} // namespace

TEST_F(UserAdd, AddsAnOwnerInANewOrganisationWhoCanSignIn)
{
    const auto outcome = run(args(QStringLiteral("Owner@Sunrise.in"), QStringLiteral("owner"),
                                  QStringLiteral("Sunrise PG")));
    ASSERT_EQ(outcome.exitCode, 0) << outcome.message.toStdString();
    EXPECT_EQ(outcome.message, QStringLiteral("user added: %1 (owner)").arg(outcome.userId));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT email FROM users WHERE id = ?"), {outcome.userId}).toString(),
        QStringLiteral("owner@sunrise.in"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT name FROM organisations")).toString(),
              QStringLiteral("Sunrise PG"));
    const Answer a = login(QStringLiteral("owner@sunrise.in"), kPassword);
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(
        a.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
        QStringLiteral("owner"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.create'"))
                  .toInt(),
              1);
}

TEST_F(UserAdd, ASecondUserJoinsTheOrganisationOfTheSameNameWhateverItsCase)
{
    ASSERT_EQ(run(args(QStringLiteral("a@sunrise.in"), QStringLiteral("owner"),
                       QStringLiteral("Sunrise PG")))
                  .exitCode,
              0);
    ASSERT_EQ(run(args(QStringLiteral("b@sunrise.in"), QStringLiteral("viewer"),
                       QStringLiteral("sunrise pg")))
                  .exitCode,
              0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM organisations")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT organisation_id) FROM users")).toInt(),
              1);
}

TEST_F(UserAdd, SuperAdminBelongsToThePlatform)
{
    const auto outcome =
        run(args(QStringLiteral("root@rentflow.in"), QStringLiteral("super_admin")));
    ASSERT_EQ(outcome.exitCode, 0) << outcome.message.toStdString();
    EXPECT_TRUE(scalar(QStringLiteral("SELECT organisation_id FROM users")).isNull());
    const auto withOrg = run(args(QStringLiteral("root2@rentflow.in"),
                                  QStringLiteral("super_admin"), QStringLiteral("Sunrise PG")));
    EXPECT_EQ(withOrg.exitCode, 2);
    EXPECT_TRUE(withOrg.message.startsWith(QStringLiteral("--org: ")));
}

TEST_F(UserAdd, BadInputIsExit2NamingTheFlagAndWritesNothing)
{
    struct Case
    {
        UserAddArgs args;
        QString password;
        QString message;
    };
    const QString org = QStringLiteral("Sunrise PG");
    const Case cases[] = {
        {args(QStringLiteral("not-an-email"), QStringLiteral("owner"), org), kPassword,
         QStringLiteral("--email: is not an email address")},
        {args(QStringLiteral("a@b.in"), QStringLiteral("root"), org), kPassword,
         QStringLiteral("--role: must be super_admin, owner, admin, manager or viewer")},
        {args(QStringLiteral("a@b.in"), QString(), org), kPassword,
         QStringLiteral("--role: is required")},
        {args(QStringLiteral("a@b.in"), QStringLiteral("manager")), kPassword,
         QStringLiteral("--org: is required for the role manager")},
        {args(QStringLiteral("a@b.in"), QStringLiteral("owner"), org), QStringLiteral("weak"),
         QStringLiteral("--password-env: the password must be at least 12 characters")},
        {{QStringLiteral("a@b.in"), QStringLiteral("UNSET_VARIABLE_X"), QStringLiteral("owner"),
          org},
         kPassword,
         QStringLiteral("--password-env: the variable UNSET_VARIABLE_X is not set")},
        {{QStringLiteral("a@b.in"), QString(), QStringLiteral("owner"), org},
         kPassword,
         QStringLiteral("--password-env: is required")},
    };
    for (const Case& c : cases) {
        const auto outcome = run(c.args, c.password);
        EXPECT_EQ(outcome.exitCode, 2) << c.message.toStdString();
        EXPECT_EQ(outcome.message, c.message);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM organisations")).toInt(), 0);
}

TEST_F(UserAdd, AnEmailThatHasAnAccountIsExit2)
{
    ASSERT_EQ(run(args(QStringLiteral("a@sunrise.in"), QStringLiteral("owner"),
                       QStringLiteral("Sunrise PG")))
                  .exitCode,
              0);
    const auto again = run(
        args(QStringLiteral("A@SUNRISE.IN"), QStringLiteral("admin"), QStringLiteral("Other PG")));
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_EQ(again.message, QStringLiteral("--email: already has an account"));
    // The other organisation was not made either (one transaction).
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM organisations")).toInt(), 1);
}

TEST_F(UserAdd, OptionsAreReadFromTheParser)
{
    QCommandLineParser parser;
    addUserAddOptions(parser);
    ASSERT_TRUE(parser.parse(
        {QStringLiteral("rentflow-server"), QStringLiteral("user"), QStringLiteral("add"),
         QStringLiteral("--email"), QStringLiteral("e@x.in"), QStringLiteral("--password-env"),
         QStringLiteral("PW"), QStringLiteral("--role"), QStringLiteral("viewer"),
         QStringLiteral("--org"), QStringLiteral("Acme PG")}));
    const UserAddArgs a = userAddArgsFrom(parser);
    EXPECT_EQ(a.email, QStringLiteral("e@x.in"));
    EXPECT_EQ(a.passwordEnv, QStringLiteral("PW"));
    EXPECT_EQ(a.role, QStringLiteral("viewer"));
    EXPECT_EQ(a.org, QStringLiteral("Acme PG"));
}

TEST_F(UserAdd, TheWholeCommandPrintsWhatHappenedAndReturnsTheExitCode)
{
    QCommandLineParser parser;
    addUserAddOptions(parser);
    ASSERT_TRUE(parser.parse(
        {QStringLiteral("rentflow-server"), QStringLiteral("user"), QStringLiteral("add"),
         QStringLiteral("--email"), QStringLiteral("e@x.in"), QStringLiteral("--password-env"),
         QStringLiteral("NEW_USER_PASSWORD"), QStringLiteral("--role"), QStringLiteral("viewer")}));
    ServerConfig config;
    config.dataDir = m_dir.filePath(QStringLiteral("data"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("NEW_USER_PASSWORD"), kPassword);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    EXPECT_EQ(runUserAddCommand(parser, config, environment, m_keychain, out, err), 2);
    EXPECT_EQ(errText, QStringLiteral("rentflow-server: --org: is required for the role viewer\n"));
    EXPECT_TRUE(outText.isEmpty());
}
