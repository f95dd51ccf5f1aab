#include <store/keys/KeyCheck.h>
#include <store/keys/KeyMaterial.h>
#include <store/keys/RecoveryKey.h>

#include <QRegularExpression>

#include <gtest/gtest.h>

using rentflow::store::KeyCheck;
using rentflow::store::RecoveryKey;

TEST(RecoveryKey, IsThirtyTwoBase32CharactersInGroupsOfFour)
{
    const QString key = RecoveryKey::generate();
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$")).match(key).hasMatch())
        << key.toStdString();
    EXPECT_NE(RecoveryKey::generate(), key); // 160 random bits: never the same twice
}

TEST(RecoveryKey, TypingVariantsNormalizeAndWrongLengthsAreRefused)
{
    // Lower case, spaces instead of dashes, 0/1/8 for O/I/B: the same key.
    EXPECT_EQ(RecoveryKey::normalize(QStringLiteral("abcd efgh ijkl mnop qrst uvwx yz23 4567")),
              QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"));
    EXPECT_EQ(RecoveryKey::normalize(QStringLiteral("0018-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")),
              QStringLiteral("OOIB-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));
    EXPECT_FALSE(RecoveryKey::normalize(QStringLiteral("ABCD-EFGH"))); // 8 characters
    EXPECT_FALSE(RecoveryKey::normalize(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-456!")));
    EXPECT_FALSE(
        RecoveryKey::normalize(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-45679")));
}

TEST(KeyCheck, MatchesOnlyItsKeyAndHoldsNoCopyOfIt)
{
    const QString passphrase = QStringLiteral("correct horse battery staple");
    const KeyCheck check = KeyCheck::make(passphrase);
    EXPECT_EQ(check.iterations, 256000); // a passphrase costs what SQLCipher spends on it
    EXPECT_TRUE(check.matches(passphrase));
    EXPECT_FALSE(check.matches(QStringLiteral("correct horse battery stapler")));
    EXPECT_FALSE(
        check.toJson().value(QStringLiteral("value")).toString().contains(QStringLiteral("horse")));
    // A raw key is used as it is by SQLCipher: one iteration.
    EXPECT_EQ(KeyCheck::make(QStringLiteral("x'00'")).iterations, 1);
    const auto back = KeyCheck::fromJson(check.toJson());
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->matches(passphrase));
}

TEST(KeyCheck, Pbkdf2Sha256MatchesThePublishedTestVector)
{
    // RFC 7914 §11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1, dkLen = 64; the
    // first 32 bytes are 55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc.
    EXPECT_EQ(KeyCheck::derive(QStringLiteral("passwd"), QByteArray("salt"), 1).toHex(),
              QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
}

TEST(KeyMaterial, AnEnvironmentSecretIsClearedOnceRead)
{
    qputenv("RENTFLOW_TEST_SECRET", "correct horse battery staple");
    EXPECT_EQ(rentflow::store::takeEnvironmentSecret(QStringLiteral("RENTFLOW_TEST_SECRET")),
              QStringLiteral("correct horse battery staple"));
    EXPECT_FALSE(qEnvironmentVariableIsSet("RENTFLOW_TEST_SECRET"));
}
