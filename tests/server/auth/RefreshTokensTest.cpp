#include "server/auth/RefreshTokens.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace rentflow::server;
using Decision = RefreshTokens::Decision;

TEST(RefreshTokens, GeneratesDistinct43CharacterBase64UrlTokens)
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray token = RefreshTokens::generate();
        EXPECT_EQ(token.size(), 43); // 32 bytes = 256 bits -> ceil(256 / 6)
        EXPECT_TRUE(RefreshTokens::wellFormed(token)) << token.constData();
        EXPECT_EQ(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), 32);
        seen.insert(token);
    }
    EXPECT_EQ(seen.size(), 200);
}

TEST(RefreshTokens, StoresOnlyTheSha256InHex)
{
    // FIPS 180-2's example: SHA-256("abc").
    EXPECT_EQ(
        RefreshTokens::hash("abc"),
        QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const QByteArray token = RefreshTokens::generate();
    EXPECT_EQ(RefreshTokens::hash(token).size(), 64);
    EXPECT_FALSE(RefreshTokens::hash(token).contains(token));
}

TEST(RefreshTokens, RefusesBadShapes)
{
    EXPECT_FALSE(RefreshTokens::wellFormed(QByteArray()));
    EXPECT_FALSE(RefreshTokens::wellFormed(QByteArray(42, 'a')));
    EXPECT_FALSE(RefreshTokens::wellFormed(QByteArray(44, 'a')));
    EXPECT_FALSE(RefreshTokens::wellFormed(QByteArray(42, 'a') + '='));
    EXPECT_FALSE(RefreshTokens::wellFormed(QByteArray(42, 'a') + '+'));
    EXPECT_TRUE(RefreshTokens::wellFormed(QByteArray(41, 'a') + "-_"));
}

TEST(RefreshTokens, SevenDaysOfLife)
{
    EXPECT_EQ(RefreshTokens::kLifetimeSeconds, 604'800);
}

TEST(RefreshTokens, DecidesRotationReuseRevocationAndExpiry)
{
    const qint64 now = 1'000'000;
    EXPECT_EQ(RefreshTokens::decide({false, false, now + 1}, now), Decision::Rotate);
    EXPECT_EQ(RefreshTokens::decide({false, false, now}, now), Decision::Expired);
    EXPECT_EQ(RefreshTokens::decide({false, true, now + 100}, now), Decision::Revoked);
    EXPECT_EQ(RefreshTokens::decide({true, false, now + 100}, now), Decision::ReuseDetected);
    // A used token is theft even once expired or revoked.
    EXPECT_EQ(RefreshTokens::decide({true, false, now - 100}, now), Decision::ReuseDetected);
    EXPECT_EQ(RefreshTokens::decide({true, true, now + 100}, now), Decision::ReuseDetected);
}
