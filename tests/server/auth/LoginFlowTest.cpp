#include "AuthFlowFixture.h"

#include "server/auth/RefreshTokens.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace authtest;

namespace {

class LoginFlow : public AuthFlowTest
{
protected:
    void SetUp() override
    {
        AuthFlowTest::SetUp();
        m_org = addOrganisation(QStringLiteral("Sunrise PG"));
        m_user = addUser(QStringLiteral("asha@example.in"), Role::Manager, m_org);
    }

    Answer refresh(const QString& token)
    {
        auto e = env();
        return answerOf(auth::refresh(e, {{QStringLiteral("refreshToken"), token}}));
    }

    static QString refreshTokenOf(const Answer& a)
    {
        return a.json.value(QStringLiteral("refreshToken")).toString();
    }

    QString m_org;
    QString m_user;
};

} // namespace

TEST_F(LoginFlow, RightPasswordGivesTokensTheSessionAndTheUser)
{
    const Answer a = login(QStringLiteral("asha@example.in"), kPassword);
    ASSERT_EQ(a.status, 200) << QJsonDocument(a.json).toJson().constData();
    EXPECT_EQ(a.json.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(a.json.value(QStringLiteral("expiresIn")).toInt(), 900);
    EXPECT_EQ(a.json.value(QStringLiteral("refreshExpiresIn")).toInt(), 604800);
    EXPECT_EQ(refreshTokenOf(a).size(), 43);
    const QJsonObject user = a.json.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(user.value(QStringLiteral("id")).toString(), m_user);
    EXPECT_EQ(user.value(QStringLiteral("email")).toString(), QStringLiteral("asha@example.in"));
    EXPECT_EQ(user.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    EXPECT_EQ(user.value(QStringLiteral("organisationId")).toString(), m_org);
    EXPECT_FALSE(user.value(QStringLiteral("mfaEnabled")).toBool());
    EXPECT_EQ(user.value(QStringLiteral("lastLoginAt")).toString(),
              QStringLiteral("2026-11-26T10:00:00.000Z"));
    EXPECT_EQ(a.json.keys().size(), 7);

    const auto who = principalOf(a);
    ASSERT_TRUE(who);
    EXPECT_EQ(who->userId, m_user);
    EXPECT_EQ(who->organisationId, m_org);
    EXPECT_EQ(who->role, Role::Manager);
    EXPECT_EQ(who->sessionId, a.json.value(QStringLiteral("sessionId")).toString());

    EXPECT_EQ(
        scalar(QStringLiteral("SELECT user_agent FROM sessions WHERE id = ?"), {who->sessionId})
            .toString(),
        QStringLiteral("RentFlow-Test/1.0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.login' "
                                    "AND actor_id = ?"),
                     {m_user})
                  .toInt(),
              1);
    // Only the token's SHA-256 is kept.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(refreshTokenOf(a).toLatin1(), QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = ?"), {hash})
            .toInt(),
        1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = ?"),
                     {refreshTokenOf(a)})
                  .toInt(),
              0);
}

TEST_F(LoginFlow, EmailIsMatchedWhateverItsCaseAndSpaces)
{
    EXPECT_EQ(login(QStringLiteral("  Asha@Example.IN "), kPassword).status, 200);
}

TEST_F(LoginFlow, WrongPasswordAndUnknownEmailGetTheSameAnswer)
{
    const Answer wrong = login(QStringLiteral("asha@example.in"), kOtherPassword);
    const Answer unknown = login(QStringLiteral("nobody@example.in"), kPassword);
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(wrong.json, unknown.json);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("invalid_credentials"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sessions")).toInt(), 0);
}

TEST_F(LoginFlow, MissingOrMistypedFieldsAre400AndCountNothing)
{
    auto e = env();
    Answer a = answerOf(auth::login(e, {}));
    EXPECT_EQ(a.status, 400);
    EXPECT_EQ(a.errorCode(), QStringLiteral("invalid_input"));
    EXPECT_EQ(a.fields().value(QStringLiteral("email")).toString(), QStringLiteral("is required"));
    EXPECT_EQ(a.fields().value(QStringLiteral("password")).toString(),
              QStringLiteral("is required"));
    a = answerOf(auth::login(e, {{QStringLiteral("email"), 5},
                                 {QStringLiteral("password"), QJsonArray{}},
                                 {QStringLiteral("totp"), true}}));
    EXPECT_EQ(a.status, 400);
    EXPECT_EQ(a.fields().value(QStringLiteral("email")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(a.fields().value(QStringLiteral("password")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(a.fields().value(QStringLiteral("totp")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM login_attempts")).toInt(), 0);
}

TEST_F(LoginFlow, SixthTryAfterFiveFailuresFromOneAddressIs429UntilTheWindowPasses)
{
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword).status, 401) << i;
    // Even the right password: the address is blocked, not the account.
    Answer blocked = login(QStringLiteral("asha@example.in"), kPassword);
    EXPECT_EQ(blocked.status, 429);
    EXPECT_EQ(blocked.errorCode(), QStringLiteral("rate_limited"));
    EXPECT_EQ(blocked.retryAfter, QByteArray("900")); // 15 minutes after the first failure
    // Another address is not affected.
    EXPECT_EQ(
        login(QStringLiteral("asha@example.in"), kPassword, {}, QStringLiteral("198.51.100.1"))
            .status,
        200);
    m_now = m_now.addSecs(600);
    blocked = login(QStringLiteral("asha@example.in"), kPassword);
    EXPECT_EQ(blocked.status, 429);
    EXPECT_EQ(blocked.retryAfter, QByteArray("300"));
    m_now = m_now.addSecs(300); // the failures are now exactly 15 minutes old: out
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword).status, 200);
    // The address is never stored in clear.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE client_key "
                                    "LIKE '%203.0.113%'"))
                  .toInt(),
              0);
}

TEST_F(LoginFlow, TenthFailureInARowLocksTheAccountForFifteenMinutes)
{
    for (int i = 0; i < 10; ++i) {
        const QString ip = QStringLiteral("192.0.2.%1").arg(i + 1); // spread: no 429
        EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword, {}, ip).status, 401);
    }
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {m_user}).toString(),
        QStringLiteral("2026-11-26T10:15:00.000Z"));
    Answer locked =
        login(QStringLiteral("asha@example.in"), kPassword, {}, QStringLiteral("198.51.100.9"));
    EXPECT_EQ(locked.status, 423);
    EXPECT_EQ(locked.errorCode(), QStringLiteral("account_locked"));
    EXPECT_EQ(locked.retryAfter, QByteArray("900"));
    m_now = m_now.addSecs(15 * 60);
    EXPECT_EQ(
        login(QStringLiteral("asha@example.in"), kPassword, {}, QStringLiteral("198.51.100.10"))
            .status,
        200);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"), {m_user}).toInt(),
        0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.locked'"))
                  .toInt(),
              1);
}

TEST_F(LoginFlow, ASuccessStartsTheFailureCountAgain)
{
    for (int i = 0; i < 9; ++i)
        login(QStringLiteral("asha@example.in"), kOtherPassword, {},
              QStringLiteral("192.0.2.%1").arg(i + 1));
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword, {}, QStringLiteral("192.0.2.50"))
                  .status,
              200);
    login(QStringLiteral("asha@example.in"), kOtherPassword, {}, QStringLiteral("192.0.2.51"));
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword, {}, QStringLiteral("192.0.2.52"))
                  .status,
              200);
}

TEST_F(LoginFlow, SuspendedUserCannotSignInAndTheirTokensStop)
{
    const Answer before = login(QStringLiteral("asha@example.in"), kPassword);
    ASSERT_EQ(before.status, 200);
    ASSERT_TRUE(
        m_db->exec(QStringLiteral("UPDATE users SET status = 'suspended' WHERE id = ?"), {m_user})
            .ok());
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword).errorCode(),
              QStringLiteral("invalid_credentials"));
    EXPECT_FALSE(principalOf(before));
    EXPECT_EQ(refresh(refreshTokenOf(before)).status, 401);
}

TEST_F(LoginFlow, AHashMadeWithOtherLimitsIsRenewedAtSignIn)
{
    const auto strong = PasswordHasher().hash(kPassword);
    ASSERT_TRUE(strong);
    ASSERT_TRUE(m_db->exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                           {QString::fromLatin1(*strong), m_user})
                    .ok());
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword).status, 200);
    // The fixture's hasher uses libsodium's minimum: 8 KiB, one pass.
    EXPECT_TRUE(scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {m_user})
                    .toString()
                    .startsWith(QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$")));
}

TEST_F(LoginFlow, RefreshRotatesTheTokenWithinTheSameSession)
{
    const Answer first = login(QStringLiteral("asha@example.in"), kPassword);
    m_now = m_now.addSecs(60);
    const Answer second = refresh(refreshTokenOf(first));
    ASSERT_EQ(second.status, 200);
    EXPECT_NE(refreshTokenOf(second), refreshTokenOf(first));
    EXPECT_EQ(second.json.value(QStringLiteral("sessionId")),
              first.json.value(QStringLiteral("sessionId")));
    const auto who = principalOf(second);
    ASSERT_TRUE(who);
    EXPECT_EQ(who->userId, m_user);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT last_used_at FROM sessions WHERE id = ?"), {who->sessionId})
            .toString(),
        QStringLiteral("2026-11-26T10:01:00.000Z"));
    const Answer third = refresh(refreshTokenOf(second));
    EXPECT_EQ(third.status, 200);
}

TEST_F(LoginFlow, ReusingARotatedRefreshTokenRevokesTheWholeFamily)
{
    const Answer first = login(QStringLiteral("asha@example.in"), kPassword);
    const Answer second = refresh(refreshTokenOf(first));
    ASSERT_EQ(second.status, 200);
    // The thief (or the lagging twin) presents the first token again.
    const Answer reused = refresh(refreshTokenOf(first));
    EXPECT_EQ(reused.status, 401);
    EXPECT_EQ(reused.errorCode(), QStringLiteral("refresh_token_reused"));
    // The legitimate successor is dead too, and so is the session's access token.
    EXPECT_EQ(refresh(refreshTokenOf(second)).errorCode(), QStringLiteral("refresh_token_revoked"));
    EXPECT_FALSE(principalOf(second));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE revoked_at IS NULL"))
                  .toInt(),
              0);
    EXPECT_EQ(scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM audit_log WHERE action = 'session.refresh_reused'"))
                  .toInt(),
              1);
    // Another sign-in (another family) is untouched.
    const Answer other = login(QStringLiteral("asha@example.in"), kPassword);
    EXPECT_EQ(refresh(refreshTokenOf(other)).status, 200);
}

TEST_F(LoginFlow, RefreshTokenLivesSevenDays)
{
    const Answer first = login(QStringLiteral("asha@example.in"), kPassword);
    const Answer second = login(QStringLiteral("asha@example.in"), kPassword);
    m_now = m_now.addSecs(7 * 24 * 3600 - 1);
    EXPECT_EQ(refresh(refreshTokenOf(first)).status, 200);
    m_now = m_now.addSecs(1);
    const Answer expired = refresh(refreshTokenOf(second));
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.errorCode(), QStringLiteral("refresh_token_expired"));
}

TEST_F(LoginFlow, BadRefreshTokensAreRefused)
{
    auto e = env();
    Answer a = answerOf(auth::refresh(e, {}));
    EXPECT_EQ(a.status, 400);
    EXPECT_EQ(a.fields().value(QStringLiteral("refreshToken")).toString(),
              QStringLiteral("is required"));
    a = answerOf(auth::refresh(e, {{QStringLiteral("refreshToken"), 42}}));
    EXPECT_EQ(a.fields().value(QStringLiteral("refreshToken")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(refresh(QStringLiteral("short")).errorCode(),
              QStringLiteral("invalid_refresh_token"));
    EXPECT_EQ(refresh(QString(43, QLatin1Char('A'))).errorCode(),
              QStringLiteral("invalid_refresh_token"));
}

TEST_F(LoginFlow, LogoutEndsTheSessionAndItsTokens)
{
    const Answer a = login(QStringLiteral("asha@example.in"), kPassword);
    const auto who = principalOf(a);
    ASSERT_TRUE(who);
    auto e = env();
    EXPECT_EQ(answerOf(auth::logout(e, *who)).status, 204);
    EXPECT_FALSE(principalOf(a));
    EXPECT_EQ(refresh(refreshTokenOf(a)).errorCode(), QStringLiteral("refresh_token_revoked"));
}
