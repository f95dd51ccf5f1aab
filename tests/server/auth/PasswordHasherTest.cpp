#include "server/auth/PasswordHasher.h"
#include "server/auth/PasswordPolicy.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace rentflow::server;

TEST(PasswordHasher, HashIsArgon2idWithInteractiveLimitsAndVerifies)
{
    const PasswordHasher hasher;
    const auto hash = hasher.hash(QStringLiteral("Correct-Horse-9"));
    ASSERT_TRUE(hash);
    // INTERACTIVE: 64 MiB (m=65536 KiB), 2 passes, 1 lane.
    EXPECT_TRUE(hash->startsWith("$argon2id$v=19$m=65536,t=2,p=1$")) << hash->constData();
    EXPECT_TRUE(hasher.verify(*hash, QStringLiteral("Correct-Horse-9")));
    EXPECT_FALSE(hasher.verify(*hash, QStringLiteral("correct-Horse-9")));
    EXPECT_FALSE(hasher.verify(*hash, QString()));
    EXPECT_FALSE(hasher.needsRehash(*hash));
}

TEST(PasswordHasher, SamePasswordTwiceGivesDifferentSalts)
{
    const PasswordHasher hasher(PasswordHasher::minimumLimits());
    const auto a = hasher.hash(QStringLiteral("same password"));
    const auto b = hasher.hash(QStringLiteral("same password"));
    ASSERT_TRUE(a && b);
    EXPECT_NE(*a, *b);
    EXPECT_TRUE(hasher.verify(*a, QStringLiteral("same password")));
    EXPECT_TRUE(hasher.verify(*b, QStringLiteral("same password")));
}

TEST(PasswordHasher, NonAsciiPasswordsAreHashedAsUtf8)
{
    const PasswordHasher hasher(PasswordHasher::minimumLimits());
    const auto hash = hasher.hash(QStringLiteral("पासवर्ड-Ab1"));
    ASSERT_TRUE(hash);
    EXPECT_TRUE(hasher.verify(*hash, QStringLiteral("पासवर्ड-Ab1")));
    EXPECT_FALSE(hasher.verify(*hash, QStringLiteral("पासवर्ड-Ab2")));
}

TEST(PasswordHasher, MalformedOrEmptyHashNeverMatches)
{
    const PasswordHasher hasher(PasswordHasher::minimumLimits());
    EXPECT_FALSE(hasher.verify(QByteArray(), QStringLiteral("x")));
    EXPECT_FALSE(hasher.verify(QByteArrayLiteral("$argon2id$v=19$garbage"), QStringLiteral("x")));
    EXPECT_FALSE(hasher.verify(QByteArray(300, 'a'), QStringLiteral("x")));
    // A bcrypt string (another algorithm) is refused too, and asks for a rehash.
    const QByteArray bcrypt = "$2b$12$abcdefghijklmnopqrstuu5yGZ9lFv1h9Yk1mD0o5YvGQ0y0l0e2";
    EXPECT_FALSE(hasher.verify(bcrypt, QStringLiteral("x")));
    EXPECT_TRUE(hasher.needsRehash(bcrypt));
    EXPECT_TRUE(hasher.needsRehash(QByteArray()));
}

TEST(PasswordHasher, HashMadeWithOtherLimitsNeedsRehash)
{
    const PasswordHasher weak(PasswordHasher::minimumLimits());
    const PasswordHasher strong;
    const auto old = weak.hash(QStringLiteral("Migrate-Me-12"));
    ASSERT_TRUE(old);
    EXPECT_TRUE(strong.needsRehash(*old));
    // It still verifies: the limits travel in the string.
    EXPECT_TRUE(strong.verify(*old, QStringLiteral("Migrate-Me-12")));
    EXPECT_FALSE(weak.needsRehash(*old));
}

TEST(PasswordHasher, HashesFromManyThreadsAtOnce)
{
    const PasswordHasher hasher(PasswordHasher::minimumLimits());
    std::vector<std::thread> threads;
    std::vector<int> ok(8, 0);
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&, i] {
            const QString password = QStringLiteral("Thread-pass-%1!").arg(i);
            const auto hash = hasher.hash(password);
            ok[static_cast<size_t>(i)] = hash && hasher.verify(*hash, password) ? 1 : 0;
        });
    }
    for (auto& t : threads)
        t.join();
    for (int v : ok)
        EXPECT_EQ(v, 1);
}

TEST(PasswordPolicy, AcceptsAPasswordWithEveryKindOfCharacter)
{
    EXPECT_EQ(passwordPolicyError(QStringLiteral("Abcdefghij1!")), QString());   // exactly 12
    EXPECT_EQ(passwordPolicyError(QStringLiteral("Rent Flow 2026")), QString()); // space counts
}

TEST(PasswordPolicy, NamesWhatIsMissing)
{
    EXPECT_EQ(passwordPolicyError(QStringLiteral("Abcdefghi1!")),
              QStringLiteral("must be at least 12 characters")); // 11
    EXPECT_EQ(passwordPolicyError(QString()), QStringLiteral("must be at least 12 characters"));
    EXPECT_EQ(passwordPolicyError(QStringLiteral("A1!") + QString(126, QLatin1Char('a'))),
              QStringLiteral("must be at most 128 characters")); // 129
    EXPECT_EQ(passwordPolicyError(QStringLiteral("A1!") + QString(125, QLatin1Char('a'))),
              QString()); // 128
    EXPECT_EQ(passwordPolicyError(QStringLiteral("abcdefghij1!")),
              QStringLiteral("must contain an upper-case letter (A-Z)"));
    EXPECT_EQ(passwordPolicyError(QStringLiteral("ABCDEFGHIJ1!")),
              QStringLiteral("must contain a lower-case letter (a-z)"));
    EXPECT_EQ(passwordPolicyError(QStringLiteral("Abcdefghijk!")),
              QStringLiteral("must contain a digit (0-9)"));
    EXPECT_EQ(passwordPolicyError(QStringLiteral("Abcdefghijk1")),
              QStringLiteral("must contain a character other than a letter or digit"));
}

TEST(PasswordPolicy, CountsCharactersNotUtf16Units)
{
    // Eleven characters, one of them outside the BMP (two UTF-16 units): still too short.
    const QString eleven = QStringLiteral("Abcdefgh1!") + QString::fromUcs4(U"\U0001F511", 1);
    ASSERT_EQ(eleven.size(), 12);
    EXPECT_EQ(passwordPolicyError(eleven), QStringLiteral("must be at least 12 characters"));
}
