#include "server/auth/AccessTokens.h"
#include "server/auth/SigningKeys.h"

#include "TokenForge.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rentflow::server;
using Refusal = AccessTokens::Refusal;

namespace {

constexpr qint64 kNow = 1'790'000'000; // 2026-09-21T15:33:20Z

class AccessTokensTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto result = SigningKeys::loadOrCreate(m_dir.path());
        ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const SigningKeys>>(result));
        m_keys = std::get<std::shared_ptr<const SigningKeys>>(result);
        m_tokens = std::make_unique<AccessTokens>(m_keys);
    }

    static AccessClaims sample()
    {
        AccessClaims claims;
        claims.userId = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
        claims.organisationId = QStringLiteral("0190a1b2-0000-7000-8000-0000000000aa");
        claims.role = Role::Manager;
        claims.sessionId = QStringLiteral("0190a1b2-0000-7000-8000-0000000000ss");
        return claims;
    }

    QJsonObject header() const
    {
        return {{QStringLiteral("alg"), QStringLiteral("RS256")},
                {QStringLiteral("typ"), QStringLiteral("JWT")},
                {QStringLiteral("kid"), m_keys->currentKid()}};
    }

    static QJsonObject payload()
    {
        return {{QStringLiteral("iss"), QStringLiteral("rentflow-server")},
                {QStringLiteral("aud"), QStringLiteral("rentflow-api")},
                {QStringLiteral("sub"), QStringLiteral("u1")},
                {QStringLiteral("org"), QStringLiteral("o1")},
                {QStringLiteral("role"), QStringLiteral("admin")},
                {QStringLiteral("sid"), QStringLiteral("s1")},
                {QStringLiteral("iat"), kNow},
                {QStringLiteral("exp"), kNow + 900}};
    }

    Refusal refusalOf(const QByteArray& token, qint64 now = kNow) const
    {
        const auto result = m_tokens->verify(token, now);
        if (!std::holds_alternative<Refusal>(result)) {
            ADD_FAILURE() << "accepted: " << token.constData();
            return Refusal::Malformed;
        }
        return std::get<Refusal>(result);
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const SigningKeys> m_keys;
    std::unique_ptr<AccessTokens> m_tokens;
};

QJsonObject decodePart(const QByteArray& token, int index)
{
    const QByteArray part = token.split('.').value(index);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

TEST_F(AccessTokensTest, IssuedTokenCarriesTheDocumentedHeaderAndClaims)
{
    const QByteArray token = m_tokens->issue(sample(), kNow);
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject head = decodePart(token, 0);
    EXPECT_EQ(head.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    EXPECT_EQ(head.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    EXPECT_EQ(head.value(QStringLiteral("kid")).toString(), m_keys->currentKid());
    const QJsonObject body = decodePart(token, 1);
    EXPECT_EQ(body.value(QStringLiteral("iss")).toString(), QStringLiteral("rentflow-server"));
    EXPECT_EQ(body.value(QStringLiteral("aud")).toString(), QStringLiteral("rentflow-api"));
    EXPECT_EQ(body.value(QStringLiteral("sub")).toString(), sample().userId);
    EXPECT_EQ(body.value(QStringLiteral("org")).toString(), sample().organisationId);
    EXPECT_EQ(body.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    EXPECT_EQ(body.value(QStringLiteral("sid")).toString(), sample().sessionId);
    EXPECT_EQ(body.value(QStringLiteral("iat")).toInteger(), 1'790'000'000);
    EXPECT_EQ(body.value(QStringLiteral("exp")).toInteger(), 1'790'000'900); // 15 minutes
}

TEST_F(AccessTokensTest, VerifiesItsOwnTokenUntilFifteenMinutesAndTheSkewHavePassed)
{
    const QByteArray token = m_tokens->issue(sample(), kNow);
    for (const qint64 now : {kNow, kNow + 899, kNow + 900, kNow + 930}) {
        const auto result = m_tokens->verify(token, now);
        ASSERT_TRUE(std::holds_alternative<AccessClaims>(result)) << now;
        const auto& claims = std::get<AccessClaims>(result);
        EXPECT_EQ(claims.userId, sample().userId);
        EXPECT_EQ(claims.organisationId, sample().organisationId);
        EXPECT_EQ(claims.role, Role::Manager);
        EXPECT_EQ(claims.sessionId, sample().sessionId);
        EXPECT_EQ(claims.expiresAt, kNow + 900);
    }
    EXPECT_EQ(refusalOf(token, kNow + 931), Refusal::Expired);
    EXPECT_EQ(refusalOf(token, kNow + 86'400), Refusal::Expired);
}

TEST_F(AccessTokensTest, PlatformSuperAdminHasNoOrganisation)
{
    AccessClaims claims = sample();
    claims.organisationId.clear();
    claims.role = Role::SuperAdmin;
    const QByteArray token = m_tokens->issue(claims, kNow);
    EXPECT_FALSE(decodePart(token, 1).contains(QStringLiteral("org")));
    const auto result = m_tokens->verify(token, kNow);
    ASSERT_TRUE(std::holds_alternative<AccessClaims>(result));
    EXPECT_TRUE(std::get<AccessClaims>(result).organisationId.isEmpty());
    EXPECT_EQ(std::get<AccessClaims>(result).role, Role::SuperAdmin);
}

TEST_F(AccessTokensTest, TokenIssuedInTheFutureBeyondTheSkewIsRefused)
{
    EXPECT_EQ(refusalOf(m_tokens->issue(sample(), kNow + 31), kNow), Refusal::NotYetValid);
    const auto within = m_tokens->verify(m_tokens->issue(sample(), kNow + 30), kNow);
    EXPECT_TRUE(std::holds_alternative<AccessClaims>(within));
}

TEST_F(AccessTokensTest, TamperedPayloadIsRefused)
{
    const QByteArray token = m_tokens->issue(sample(), kNow);
    QList<QByteArray> parts = token.split('.');
    QJsonObject body = decodePart(token, 1);
    body.insert(QStringLiteral("role"), QStringLiteral("super_admin"));
    parts[1] = tokenforge::b64urlJson(body);
    EXPECT_EQ(refusalOf(parts.join('.')), Refusal::BadSignature);
    // One flipped character of the signature.
    QByteArray flipped = token;
    flipped[flipped.size() - 5] = flipped[flipped.size() - 5] == 'A' ? 'B' : 'A';
    EXPECT_EQ(refusalOf(flipped), Refusal::BadSignature);
}

TEST_F(AccessTokensTest, TokenSignedByAnotherKeyIsRefused)
{
    const QByteArray otherKey = tokenforge::newRsaPrivatePem();
    // Claiming our kid: the signature does not match our public key.
    EXPECT_EQ(refusalOf(tokenforge::signRs256(header(), payload(), otherKey)),
              Refusal::BadSignature);
    // Another server's tokens name their own kid, which we never had.
    QTemporaryDir otherDir;
    auto other = SigningKeys::loadOrCreate(otherDir.path());
    ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const SigningKeys>>(other));
    const AccessTokens otherTokens(std::get<std::shared_ptr<const SigningKeys>>(other));
    EXPECT_EQ(refusalOf(otherTokens.issue(sample(), kNow)), Refusal::UnknownKey);
}

TEST_F(AccessTokensTest, HandForgedRs256TokenWithOurKeyIsAccepted)
{
    // The forge itself is sound: the same claims signed with our key pass.
    const auto result = m_tokens->verify(
        tokenforge::signRs256(header(), payload(), m_keys->currentPrivatePem()), kNow);
    ASSERT_TRUE(std::holds_alternative<AccessClaims>(result));
    EXPECT_EQ(std::get<AccessClaims>(result).role, Role::Admin);
    EXPECT_EQ(std::get<AccessClaims>(result).organisationId, QStringLiteral("o1"));
}

TEST_F(AccessTokensTest, AlgorithmNoneAndHs256ConfusionAreRefused)
{
    QJsonObject none = header();
    none.insert(QStringLiteral("alg"), QStringLiteral("none"));
    const QByteArray unsigned_ =
        tokenforge::b64urlJson(none) + '.' + tokenforge::b64urlJson(payload()) + '.';
    EXPECT_EQ(refusalOf(unsigned_), Refusal::Malformed);
    EXPECT_EQ(refusalOf(unsigned_ + "c2ln"), Refusal::BadAlgorithm);

    // HS256 keyed with our public key's PEM (which anyone can have): the classic confusion.
    QJsonObject hs = header();
    hs.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
    const QByteArray publicPem = *m_keys->publicPem(m_keys->currentKid());
    EXPECT_EQ(refusalOf(tokenforge::signHs256(hs, payload(), publicPem)), Refusal::BadAlgorithm);
    QJsonObject lower = header();
    lower.insert(QStringLiteral("alg"), QStringLiteral("rs256"));
    EXPECT_EQ(refusalOf(tokenforge::signRs256(lower, payload(), m_keys->currentPrivatePem())),
              Refusal::BadAlgorithm);
}

TEST_F(AccessTokensTest, WrongIssuerAudienceOrMissingClaimsAreRefused)
{
    const QByteArray key = m_keys->currentPrivatePem();
    QJsonObject p = payload();
    p.insert(QStringLiteral("iss"), QStringLiteral("rentflow.in"));
    EXPECT_EQ(refusalOf(tokenforge::signRs256(header(), p, key)), Refusal::WrongIssuer);
    p = payload();
    p.insert(QStringLiteral("aud"), QStringLiteral("other-api"));
    EXPECT_EQ(refusalOf(tokenforge::signRs256(header(), p, key)), Refusal::WrongAudience);
    for (const char* claim : {"sub", "sid", "role", "iat", "exp"}) {
        p = payload();
        p.remove(QLatin1String(claim));
        EXPECT_EQ(refusalOf(tokenforge::signRs256(header(), p, key)), Refusal::MissingClaim)
            << claim;
    }
    p = payload();
    p.insert(QStringLiteral("role"), QStringLiteral("root"));
    EXPECT_EQ(refusalOf(tokenforge::signRs256(header(), p, key)), Refusal::MissingClaim);
    p = payload();
    p.insert(QStringLiteral("exp"), QStringLiteral("never"));
    EXPECT_EQ(refusalOf(tokenforge::signRs256(header(), p, key)), Refusal::MissingClaim);
}

TEST_F(AccessTokensTest, MalformedTokensAreRefusedBeforeAnyCrypto)
{
    EXPECT_EQ(refusalOf(QByteArray()), Refusal::Malformed);
    EXPECT_EQ(refusalOf("abc"), Refusal::Malformed);
    EXPECT_EQ(refusalOf("a.b"), Refusal::Malformed);
    EXPECT_EQ(refusalOf("a.b.c.d"), Refusal::Malformed);
    EXPECT_EQ(refusalOf("!!!.???.***"), Refusal::Malformed);
    EXPECT_EQ(refusalOf(tokenforge::b64url("not json") + ".e30.c2ln"), Refusal::Malformed);
    EXPECT_EQ(refusalOf(QByteArray(5000, 'a')), Refusal::Malformed);
    QJsonObject noKid = header();
    noKid.remove(QStringLiteral("kid"));
    EXPECT_EQ(refusalOf(tokenforge::signRs256(noKid, payload(), m_keys->currentPrivatePem())),
              Refusal::UnknownKey);
}
