// The public endpoints' rate limits switched off (multiplier 0) and the global burst rule
// scaled down, over real HTTP on both backends.
#include "PublicEndpointsFixture.h"

#include <gtest/gtest.h>

using namespace rentflow::test;
using namespace rentflow::test::publicapi;

// Rate limits off (--rate-limit-multiplier 0): no limit headers, no 429.
class PublicEndpointsUnlimitedTest : public BothBackends
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--rate-limit-multiplier"), QStringLiteral("0")};
    }
};

TEST_P(PublicEndpointsUnlimitedTest, MultiplierZeroTurnsLimitsOff)
{
    for (int i = 0; i < 5; ++i) {
        const HttpResponse r = http().post(
            kWaitlist,
            QJsonObject{{QStringLiteral("email"), QStringLiteral("u%1@example.in").arg(i)}});
        ASSERT_EQ(r.status, 201) << r;
        EXPECT_FALSE(r.hasHeader("X-RateLimit-Limit")) << r;
    }
}

RENTFLOW_BOTH_BACKENDS(PublicEndpointsUnlimitedTest);

// The global burst rule, scaled down: --rate-limit-multiplier 0.05 makes it 100 × 0.05 = 5 form
// posts a minute for the whole process (each per-address and per-domain rule: 1; so every
// post here uses its own domain).
class PublicEndpointsBurstTest : public BothBackends
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--rate-limit-multiplier"), QStringLiteral("0.05")};
    }
};

TEST_P(PublicEndpointsBurstTest, TheSixthFormPostAMinuteFromAnyoneIsRefused)
{
    for (int i = 1; i <= 5; ++i) {
        const HttpResponse r = http().post(
            i % 2 ? kWaitlist : kInvestor,
            QJsonObject{{QStringLiteral("email"), QStringLiteral("burst@example%1.in").arg(i)},
                        {QStringLiteral("fullName"), QStringLiteral("Burst %1").arg(i)}},
            from(QStringLiteral("10.3.0.%1").arg(i)));
        ASSERT_EQ(r.status, 201) << r;
        EXPECT_EQ(r.header("X-RateLimit-Limit"), "1") << r; // 3 × 0.05 rounds up to 1
    }
    const HttpResponse sixth = http().post(
        kWaitlist, QJsonObject{{QStringLiteral("email"), QStringLiteral("burst@example6.in")}},
        from(QStringLiteral("10.3.0.6")));
    EXPECT_EQ(sixth.status, 429) << sixth;
    EXPECT_EQ(sixth.header("X-RateLimit-Limit"), "5") << sixth; // the refusing rule's
    const int retryAfter = sixth.header("Retry-After").toInt();
    EXPECT_GE(retryAfter, 1) << sixth;
    EXPECT_LE(retryAfter, 12) << sixth; // 60 s / 5
    // The per-address rule of a client that already posted: its one token is gone too.
    const HttpResponse again = http().post(
        kWaitlist, QJsonObject{{QStringLiteral("email"), QStringLiteral("burst@example7.in")}},
        from(QStringLiteral("10.3.0.1")));
    EXPECT_EQ(again.status, 429) << again;
    EXPECT_NEAR(again.header("Retry-After").toInt(), 3600, 10) << again; // 1 per hour
}

RENTFLOW_BOTH_BACKENDS(PublicEndpointsBurstTest);
