#include "server/public/RateLimiter.h"

#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <vector>

using namespace rentflow::server;

namespace {

struct FakeClock
{
    std::shared_ptr<std::atomic<qint64>> ms = std::make_shared<std::atomic<qint64>>(1'000'000);
    RateLimiter::Clock clock() const
    {
        auto p = ms;
        return [p] {
            return p->load();
        };
    }
    void advanceSeconds(double s) { *ms += qint64(s * 1000); }
};

constexpr RateRule threePerHour{"test_3h", 3, 3600};

} // namespace

TEST(RateLimiter, ThreePerHourThenRetryAfterTwentyMinutes)
{
    FakeClock time;
    RateLimiter limiter(1.0, 1024, time.clock());
    const QString ip = QStringLiteral("203.0.113.7");

    RateDecision d = limiter.take(threePerHour, ip);
    EXPECT_TRUE(d.allowed);
    EXPECT_EQ(d.limit, 3);
    EXPECT_EQ(d.remaining, 2);
    EXPECT_EQ(d.resetSeconds, 1200); // one token spent, one per 3600/3 = 1200 s
    d = limiter.take(threePerHour, ip);
    EXPECT_TRUE(d.allowed);
    EXPECT_EQ(d.remaining, 1);
    EXPECT_EQ(d.resetSeconds, 2400);
    d = limiter.take(threePerHour, ip);
    EXPECT_TRUE(d.allowed);
    EXPECT_EQ(d.remaining, 0);
    EXPECT_EQ(d.resetSeconds, 3600);

    // The 4th within the hour: refused, one token back in 1200 s.
    d = limiter.take(threePerHour, ip);
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(d.remaining, 0);
    EXPECT_EQ(d.retryAfterSeconds, 1200);
    EXPECT_EQ(d.resetSeconds, 3600);

    // 10 minutes later: half a token; 600 s more to wait.
    time.advanceSeconds(600);
    d = limiter.take(threePerHour, ip);
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(d.retryAfterSeconds, 600);
    EXPECT_EQ(d.resetSeconds, 3000);

    // 20 minutes after the burst: one more is allowed, and only one.
    time.advanceSeconds(600);
    EXPECT_TRUE(limiter.take(threePerHour, ip).allowed);
    EXPECT_FALSE(limiter.take(threePerHour, ip).allowed);

    // Another client is not affected.
    EXPECT_TRUE(limiter.take(threePerHour, QStringLiteral("198.51.100.1")).allowed);
}

TEST(RateLimiter, RulesAreSeparateBucketsForTheSameKey)
{
    FakeClock time;
    RateLimiter limiter(1.0, 1024, time.clock());
    const QString ip = QStringLiteral("203.0.113.7");
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(limiter.take(rate_rules::waitlistJoin, ip).allowed);
    EXPECT_FALSE(limiter.take(rate_rules::waitlistJoin, ip).allowed);
    EXPECT_TRUE(limiter.take(rate_rules::investorLead, ip).allowed);
}

TEST(RateLimiter, RefillNeverExceedsTheLimit)
{
    FakeClock time;
    RateLimiter limiter(1.0, 1024, time.clock());
    const QString key = QStringLiteral("k");
    limiter.take(threePerHour, key);
    time.advanceSeconds(10 * 3600);
    const RateDecision d = limiter.take(threePerHour, key);
    EXPECT_EQ(d.remaining, 2);
    EXPECT_EQ(d.resetSeconds, 1200);
}

TEST(RateLimiter, MultiplierScalesAndZeroTurnsOff)
{
    FakeClock time;
    RateLimiter doubled(2.0, 1024, time.clock());
    EXPECT_EQ(doubled.limitOf(threePerHour), 6);
    for (int i = 0; i < 6; ++i)
        ASSERT_TRUE(doubled.take(threePerHour, QStringLiteral("k")).allowed) << i;
    const RateDecision refused = doubled.take(threePerHour, QStringLiteral("k"));
    EXPECT_FALSE(refused.allowed);
    EXPECT_EQ(refused.retryAfterSeconds, 600); // 6 per hour: one every 600 s

    RateLimiter tiny(0.01, 1024, time.clock());
    EXPECT_EQ(tiny.limitOf(threePerHour), 1); // never below one

    RateLimiter off(0.0, 1024, time.clock());
    for (int i = 0; i < 100; ++i) {
        const RateDecision d = off.take(threePerHour, QStringLiteral("k"));
        ASSERT_TRUE(d.allowed);
        ASSERT_FALSE(d.enforced);
    }
    EXPECT_EQ(off.size(), 0);
}

TEST(RateLimiter, MemoryIsBoundedAndTheOldestIsForgotten)
{
    FakeClock time;
    RateLimiter limiter(1.0, 160, time.clock()); // 10 per shard
    for (int i = 0; i < 10'000; ++i)
        limiter.take(threePerHour, QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256));
    EXPECT_LE(limiter.size(), 160);
    EXPECT_GE(limiter.size(), 100); // shards fill unevenly, but they do fill

    // A key used again and again stays while thousands of others come and go.
    RateLimiter lru(1.0, 160, time.clock());
    const QString hot = QStringLiteral("hot");
    for (int i = 0; i < 3; ++i)
        lru.take(threePerHour, hot);
    for (int i = 0; i < 5'000; ++i) {
        lru.take(threePerHour, QStringLiteral("other-%1").arg(i));
        if (i % 5 == 0) {
            ASSERT_FALSE(lru.take(threePerHour, hot).allowed) << i;
        }
    }
}

TEST(RateLimiter, ThreadsShareOneBucketExactly)
{
    FakeClock time; // the clock stands still: no refill during the race
    constexpr RateRule hundred{"test_100", 100, 3600};
    RateLimiter limiter(1.0, 1024, time.clock());
    std::atomic<int> allowed{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back(QThread::create([&] {
            for (int i = 0; i < 50; ++i) {
                if (limiter.take(hundred, QStringLiteral("shared")).allowed)
                    ++allowed;
                limiter.take(hundred, QStringLiteral("own-%1").arg(i));
            }
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        thread->wait();
    EXPECT_EQ(allowed.load(), 100); // 400 tries, exactly 100 tokens
}
