#include "AuthFlowFixture.h"

#include <QUrl>
#include <QUrlQuery>

using namespace authtest;

namespace {

class PasswordResetFlow : public AuthFlowTest
{
protected:
    void SetUp() override
    {
        AuthFlowTest::SetUp();
        m_user = addUser(QStringLiteral("asha@example.in"), Role::Owner,
                         addOrganisation(QStringLiteral("Sunrise PG")));
    }
    Answer forgot(const QString& email, const QString& ip = QStringLiteral("203.0.113.7"))
    {
        auto e = env(ip);
        return answerOf(auth::forgotPassword(e, {{QStringLiteral("email"), email}}));
    }
    Answer reset(const QString& token, const QString& password)
    {
        auto e = env();
        return answerOf(auth::resetPassword(
            e, {{QStringLiteral("token"), token}, {QStringLiteral("password"), password}}));
    }
    // The token from the queued mail's link.
    QString mailedToken()
    {
        const QString variables =
            scalar(QStringLiteral("SELECT variables FROM mail_queue WHERE template = "
                                  "'password_reset' ORDER BY created_at DESC, id DESC"))
                .toString();
        const QString link = QJsonDocument::fromJson(variables.toUtf8())
                                 .object()
                                 .value(QStringLiteral("resetUrl"))
                                 .toString();
        EXPECT_TRUE(link.startsWith(QStringLiteral("https://rentflow.in/reset-password?token=")))
            << link.toStdString();
        return QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"));
    }

    QString m_user;
};

} // namespace

TEST_F(PasswordResetFlow, AKnownAndAnUnknownEmailGetTheSame202)
{
    const Answer known = forgot(QStringLiteral("Asha@Example.in"));
    const Answer unknown = forgot(QStringLiteral("nobody@example.in"));
    EXPECT_EQ(known.status, 202);
    EXPECT_EQ(unknown.status, 202);
    EXPECT_EQ(known.json, unknown.json);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM mail_queue")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT recipient FROM mail_queue")).toString(),
              QStringLiteral("asha@example.in"));
    EXPECT_EQ(mailedToken().size(), 43);
    // Only the token's hash is kept.
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM password_reset_tokens WHERE token_hash = ?"),
               {mailedToken()})
            .toInt(),
        0);
}

TEST_F(PasswordResetFlow, TheMailedTokenSetsANewPasswordOnceAndEndsEverySession)
{
    const Answer before = login(QStringLiteral("asha@example.in"), kPassword);
    ASSERT_EQ(before.status, 200);
    ASSERT_EQ(forgot(QStringLiteral("asha@example.in")).status, 202);
    const QString token = mailedToken();
    // A weak password is refused and the token stays good.
    Answer a = reset(token, QStringLiteral("weak"));
    EXPECT_EQ(a.status, 400);
    EXPECT_EQ(a.fields().value(QStringLiteral("password")).toString(),
              QStringLiteral("must be at least 12 characters"));
    a = reset(token, kOtherPassword);
    ASSERT_EQ(a.status, 200);
    EXPECT_EQ(a.json.value(QStringLiteral("sessionsRevoked")).toInt(), 1);
    EXPECT_FALSE(principalOf(before));
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword).status, 401);
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword).status, 200);
    a = reset(token, QStringLiteral("Third-Password-99"));
    EXPECT_EQ(a.status, 400);
    EXPECT_EQ(a.errorCode(), QStringLiteral("invalid_token"));
}

TEST_F(PasswordResetFlow, ATokenExpiresAfterAnHour)
{
    ASSERT_EQ(forgot(QStringLiteral("asha@example.in")).status, 202);
    const QString token = mailedToken();
    m_now = m_now.addSecs(3600);
    EXPECT_EQ(reset(token, kOtherPassword).errorCode(), QStringLiteral("invalid_token"));
}

TEST_F(PasswordResetFlow, AResetUnlocksALockedAccount)
{
    ASSERT_TRUE(m_db->exec(QStringLiteral("UPDATE users SET locked_until = ? WHERE id = ?"),
                           {QStringLiteral("2026-11-26T10:15:00.000Z"), m_user})
                    .ok());
    ASSERT_EQ(forgot(QStringLiteral("asha@example.in")).status, 202);
    ASSERT_EQ(reset(mailedToken(), kOtherPassword).status, 200);
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword).status, 200);
}

TEST_F(PasswordResetFlow, FourthRequestInAnHourFromOneAddressIs429)
{
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(forgot(QStringLiteral("asha@example.in")).status, 202);
    const Answer blocked = forgot(QStringLiteral("asha@example.in"));
    EXPECT_EQ(blocked.status, 429);
    EXPECT_EQ(blocked.retryAfter, QByteArray("3600"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM mail_queue")).toInt(), 3);
    EXPECT_EQ(forgot(QStringLiteral("asha@example.in"), QStringLiteral("198.51.100.4")).status,
              202);
}

TEST_F(PasswordResetFlow, BadInputIs400NamingTheField)
{
    EXPECT_EQ(
        forgot(QStringLiteral("not-an-email")).fields().value(QStringLiteral("email")).toString(),
        QStringLiteral("is not an email address"));
    auto e = env();
    Answer a = answerOf(auth::forgotPassword(e, {}));
    EXPECT_EQ(a.fields().value(QStringLiteral("email")).toString(), QStringLiteral("is required"));
    a = answerOf(auth::resetPassword(e, {}));
    EXPECT_EQ(a.fields().value(QStringLiteral("token")).toString(), QStringLiteral("is required"));
    EXPECT_EQ(a.fields().value(QStringLiteral("password")).toString(),
              QStringLiteral("is required"));
    EXPECT_EQ(reset(QStringLiteral("garbage"), kOtherPassword).errorCode(),
              QStringLiteral("invalid_token"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM mail_queue")).toInt(), 0);
}
