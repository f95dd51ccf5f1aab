#include "AuthFlowFixture.h"

#include "server/auth/Totp.h"

#include <QUrl>
#include <QUrlQuery>

using namespace authtest;

namespace {

class MfaFlow : public AuthFlowTest
{
protected:
    void SetUp() override
    {
        AuthFlowTest::SetUp();
        m_user = addUser(QStringLiteral("asha@example.in"), Role::Owner,
                         addOrganisation(QStringLiteral("Sunrise PG")));
        const Answer a = login(QStringLiteral("asha@example.in"), kPassword);
        ASSERT_EQ(a.status, 200);
        m_who = principalOf(a).value_or(Principal{});
    }

    // Enrols and returns the secret the app would scan.
    QByteArray enrol()
    {
        auto e = env();
        const Answer a = answerOf(auth::mfaEnable(e, m_who));
        EXPECT_EQ(a.status, 200);
        return Totp::base32Decode(a.json.value(QStringLiteral("secret")).toString())
            .value_or(QByteArray());
    }
    QString codeNow(const QByteArray& secret) const
    {
        return Totp::codeAt(secret, Totp::stepAt(m_now.toSecsSinceEpoch()));
    }
    Answer verify(const QString& code)
    {
        auto e = env();
        return answerOf(auth::mfaVerify(e, m_who, {{QStringLiteral("code"), code}}));
    }

    QString m_user;
    Principal m_who;
};

} // namespace

TEST_F(MfaFlow, EnableGivesASecretAndAnOtpauthUriForTheAccount)
{
    auto e = env();
    const Answer a = answerOf(auth::mfaEnable(e, m_who));
    ASSERT_EQ(a.status, 200);
    const QString secret = a.json.value(QStringLiteral("secret")).toString();
    EXPECT_EQ(secret.size(), 32); // 160 bits in base32
    const QUrl uri(a.json.value(QStringLiteral("otpauthUri")).toString());
    EXPECT_EQ(uri.scheme(), QStringLiteral("otpauth"));
    EXPECT_EQ(uri.host(), QStringLiteral("totp"));
    EXPECT_EQ(uri.path(), QStringLiteral("/RentFlow:asha@example.in"));
    const QUrlQuery query(uri);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("secret")), secret);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    // Not on until verified; the pending secret is sealed, never in clear.
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT mfa_enabled FROM users WHERE id = ?"), {m_user}).toInt(), 0);
    const QString stored =
        scalar(QStringLiteral("SELECT mfa_pending_secret FROM users WHERE id = ?"), {m_user})
            .toString();
    EXPECT_TRUE(stored.startsWith(QStringLiteral("v1.")));
    EXPECT_FALSE(stored.contains(secret));
}

TEST_F(MfaFlow, VerifyTurnsItOnAndLoginThenNeedsAFreshCode)
{
    const QByteArray secret = enrol();
    Answer wrong = verify(QStringLiteral("000000") == codeNow(secret) ? QStringLiteral("111111")
                                                                      : QStringLiteral("000000"));
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(wrong.fields().value(QStringLiteral("code")).toString(),
              QStringLiteral("is not the code the app shows now"));
    EXPECT_EQ(verify(QStringLiteral("12345")).fields().value(QStringLiteral("code")).toString(),
              QStringLiteral("must be the 6 digits the app shows"));
    const QString usedCode = codeNow(secret);
    const Answer on = verify(usedCode);
    ASSERT_EQ(on.status, 200);
    EXPECT_TRUE(on.json.value(QStringLiteral("mfaEnabled")).toBool());

    // The password alone: 401 with mfaRequired, not counted as a failure.
    Answer a = login(QStringLiteral("asha@example.in"), kPassword);
    EXPECT_EQ(a.status, 401);
    EXPECT_TRUE(a.json.value(QStringLiteral("mfaRequired")).toBool());
    EXPECT_EQ(a.errorCode(), QStringLiteral("mfa_required"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM login_attempts")).toInt(), 0);
    // The code used to verify cannot sign in (same step: replay).
    a = login(QStringLiteral("asha@example.in"), kPassword, usedCode);
    EXPECT_EQ(a.errorCode(), QStringLiteral("invalid_mfa_code"));
    m_now = m_now.addSecs(30);
    const QString next = codeNow(secret);
    a = login(QStringLiteral("asha@example.in"), kPassword, next);
    EXPECT_EQ(a.status, 200);
    EXPECT_TRUE(a.json.value(QStringLiteral("user"))
                    .toObject()
                    .value(QStringLiteral("mfaEnabled"))
                    .toBool());
    // And not twice.
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword, next).errorCode(),
              QStringLiteral("invalid_mfa_code"));
    // A wrong password with a right code is still a wrong password.
    m_now = m_now.addSecs(30);
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword, codeNow(secret)).errorCode(),
              QStringLiteral("invalid_credentials"));
}

TEST_F(MfaFlow, EnableTwiceOrVerifyWithoutEnableIsAConflict)
{
    EXPECT_EQ(verify(QStringLiteral("123456")).errorCode(), QStringLiteral("mfa_not_started"));
    const QByteArray secret = enrol();
    ASSERT_EQ(verify(codeNow(secret)).status, 200);
    auto e = env();
    const Answer again = answerOf(auth::mfaEnable(e, m_who));
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.errorCode(), QStringLiteral("mfa_already_enabled"));
}

TEST_F(MfaFlow, DisableNeedsThePasswordAndACurrentCode)
{
    const QByteArray secret = enrol();
    ASSERT_EQ(verify(codeNow(secret)).status, 200);
    m_now = m_now.addSecs(30);
    auto e = env();
    Answer a = answerOf(auth::mfaDisable(
        e, m_who,
        {{QStringLiteral("password"), kOtherPassword}, {QStringLiteral("code"), codeNow(secret)}}));
    EXPECT_EQ(a.status, 400);
    EXPECT_EQ(a.fields().value(QStringLiteral("password")).toString(),
              QStringLiteral("is not your current password"));
    a = answerOf(auth::mfaDisable(e, m_who, {{QStringLiteral("password"), kPassword}}));
    EXPECT_EQ(a.fields().value(QStringLiteral("code")).toString(), QStringLiteral("is required"));
    a = answerOf(auth::mfaDisable(
        e, m_who,
        {{QStringLiteral("password"), kPassword}, {QStringLiteral("code"), codeNow(secret)}}));
    ASSERT_EQ(a.status, 200);
    EXPECT_FALSE(a.json.value(QStringLiteral("mfaEnabled")).toBool());
    EXPECT_TRUE(
        scalar(QStringLiteral("SELECT mfa_secret FROM users WHERE id = ?"), {m_user}).isNull());
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword).status, 200);
    a = answerOf(auth::mfaDisable(
        e, m_who,
        {{QStringLiteral("password"), kPassword}, {QStringLiteral("code"), codeNow(secret)}}));
    EXPECT_EQ(a.errorCode(), QStringLiteral("mfa_not_enabled"));
}
