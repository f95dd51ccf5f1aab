#include "server/auth/Totp.h"

#include <gtest/gtest.h>

using namespace rentflow::server;

namespace {

const QByteArray kSeed1 = "12345678901234567890";
const QByteArray kSeed256 = "12345678901234567890123456789012";
const QByteArray kSeed512 = "1234567890123456789012345678901234567890123456789012345678901234";

struct Vector
{
    qint64 time;
    const char* sha1;
    const char* sha256;
    const char* sha512;
};

// RFC 6238 Appendix B.
const Vector kVectors[] = {
    {59, "94287082", "46119246", "90693936"},
    {1111111109, "07081804", "68084774", "25091201"},
    {1111111111, "14050471", "67062674", "99943326"},
    {1234567890, "89005924", "91819424", "93441116"},
    {2000000000, "69279037", "90698825", "38618901"},
    {20000000000, "65353130", "77737706", "47863826"},
};

} // namespace

TEST(Totp, MatchesRfc6238AppendixB)
{
    for (const Vector& v : kVectors) {
        const qint64 step = Totp::stepAt(v.time);
        EXPECT_EQ(Totp::codeAt(kSeed1, step, 8, Totp::Hash::Sha1), QLatin1String(v.sha1)) << v.time;
        EXPECT_EQ(Totp::codeAt(kSeed256, step, 8, Totp::Hash::Sha256), QLatin1String(v.sha256))
            << v.time;
        EXPECT_EQ(Totp::codeAt(kSeed512, step, 8, Totp::Hash::Sha512), QLatin1String(v.sha512))
            << v.time;
        // Six digits are the last six of eight (the same number, mod 10^6).
        EXPECT_EQ(Totp::codeAt(kSeed1, step), QLatin1String(v.sha1 + 2)) << v.time;
    }
}

TEST(Totp, Base32MatchesRfc4648Vectors)
{
    const std::pair<const char*, const char*> vectors[] = {
        {"", ""},
        {"f", "MY"},
        {"fo", "MZXQ"},
        {"foo", "MZXW6"},
        {"foob", "MZXW6YQ"},
        {"fooba", "MZXW6YTB"},
        {"foobar", "MZXW6YTBOI"},
    };
    for (const auto& [plain, encoded] : vectors) {
        EXPECT_EQ(Totp::base32Encode(plain), QLatin1String(encoded)) << plain;
        EXPECT_EQ(Totp::base32Decode(QLatin1String(encoded)), QByteArray(plain)) << encoded;
    }
    // Apps show secrets in groups, sometimes in lower case, sometimes padded.
    EXPECT_EQ(Totp::base32Decode(QStringLiteral("mzxw 6ytb oi======")), QByteArray("foobar"));
    EXPECT_FALSE(Totp::base32Decode(QStringLiteral("MZXW1")));
    EXPECT_FALSE(Totp::base32Decode(QStringLiteral("MZXW-6")));
    // The RFC seed round-trips.
    EXPECT_EQ(Totp::base32Encode(kSeed1), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
}

TEST(Totp, AcceptsTheCurrentStepAndOneEitherSide)
{
    // Step 1 (t = 30..59) has code 287082 (RFC vector 94287082, last six digits).
    EXPECT_EQ(Totp::verify(kSeed1, QStringLiteral("287082"), 59, -1), 1);
    EXPECT_EQ(Totp::verify(kSeed1, QStringLiteral("287082"), 30, -1), 1);
    EXPECT_EQ(Totp::verify(kSeed1, QStringLiteral("287082"), 89, -1), 1); // one step late
    EXPECT_EQ(Totp::verify(kSeed1, QStringLiteral("287082"), 0, -1), 1);  // one step early
    EXPECT_FALSE(Totp::verify(kSeed1, QStringLiteral("287082"), 90, -1)); // two steps late
    // t = 1111111109 is step 37037036 (code 081804); 1111111111 is step 37037037 (050471).
    EXPECT_EQ(Totp::verify(kSeed1, QStringLiteral("081804"), 1111111109 + 30, -1), 37037036);
    EXPECT_EQ(Totp::verify(kSeed1, QStringLiteral("050471"), 1111111111, -1), 37037037);
}

TEST(Totp, RefusesAReplayedStep)
{
    EXPECT_FALSE(Totp::verify(kSeed1, QStringLiteral("287082"), 59, 1));
    EXPECT_FALSE(Totp::verify(kSeed1, QStringLiteral("287082"), 59, 2));
    // The next step's code after using step 37037036 is fine.
    EXPECT_EQ(Totp::verify(kSeed1, QStringLiteral("050471"), 1111111111, 37037036), 37037037);
    EXPECT_FALSE(Totp::verify(kSeed1, QStringLiteral("081804"), 1111111111, 37037036));
}

TEST(Totp, RefusesMalformedCodes)
{
    EXPECT_FALSE(Totp::verify(kSeed1, QStringLiteral("28708"), 59, -1));
    EXPECT_FALSE(Totp::verify(kSeed1, QStringLiteral("2870820"), 59, -1));
    EXPECT_FALSE(Totp::verify(kSeed1, QStringLiteral("28708a"), 59, -1));
    EXPECT_FALSE(Totp::verify(kSeed1, QStringLiteral("287 82"), 59, -1));
    EXPECT_FALSE(Totp::verify(kSeed1, QString(), 59, -1));
    EXPECT_FALSE(Totp::verify(QByteArray(), QStringLiteral("287082"), 59, -1));
    EXPECT_FALSE(Totp::verify(kSeed1, QStringLiteral("000000"), 59, -1));
}

TEST(Totp, SecretsAre160RandomBits)
{
    const QByteArray a = Totp::generateSecret();
    const QByteArray b = Totp::generateSecret();
    EXPECT_EQ(a.size(), 20);
    EXPECT_NE(a, b);
    EXPECT_EQ(Totp::base32Encode(a).size(), 32); // 160 bits / 5
}

TEST(Totp, ProvisioningUriForAuthenticatorApps)
{
    EXPECT_EQ(Totp::provisioningUri(kSeed1, QStringLiteral("asha@example.in")),
              QStringLiteral("otpauth://totp/RentFlow:asha@example.in?secret="
                             "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=RentFlow&algorithm=SHA1&"
                             "digits=6&period=30"));
    EXPECT_EQ(Totp::provisioningUri("f", QStringLiteral("a+b@x.in"), QStringLiteral("Rent Flow")),
              QStringLiteral("otpauth://totp/Rent%20Flow:a%2Bb@x.in?secret=MY&issuer=Rent%20Flow&"
                             "algorithm=SHA1&digits=6&period=30"));
}
