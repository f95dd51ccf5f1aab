#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <functional>
#include <list>

namespace rentflow::server {

// A rule: `points` requests per `periodSeconds`, as a token bucket holding up to `points`
// tokens and refilling points/periodSeconds per second (so after a burst of `points` the
// next one comes one period/points later, e.g. 3 per hour -> one more every 20 minutes).
struct RateRule
{
    const char* name; // a fixed identifier, part of the bucket key and of metrics
    int points;
    int periodSeconds;
};

// The seed's limits for the public endpoints (seed §3.7, §3.8, §3.11, §5.3; SPEC §8.3),
// applied by sync/server/public/*Routes.cpp. Keys: "ip" = the client address (Call::clientIp:
// X-Forwarded-For only from a trusted proxy); "global" = one bucket for the whole process;
// "domain" = the email's domain.
//   rule               points/period  key     on
//   waitlist_join        3 / 1 h      ip      POST /api/v1/waitlist          (§3.7, §5.3)
//   investor_lead        3 / 1 h      ip      POST /api/v1/investor-leads    (§3.8, §5.3)
//   form_burst         100 / 1 min    global  both POSTs above               (§2.7 "global")
//   waitlist_domain     10 / 1 h      domain  POST /api/v1/waitlist, valid bodies, except the
//                                             big webmail providers (§2.7 "domain")
//   waitlist_position   60 / 1 min    ip      GET  /api/v1/waitlist/position (§3.7)
//   waitlist_referral   10 / 1 min    ip      POST /api/v1/waitlist/referral (§3.7)
//   waitlist_stats     120 / 1 min    ip      GET  /api/v1/waitlist/stats    (§3.7)
//   roi_calculation     10 / 1 min    ip      POST /api/v1/analytics/roi-calculation (§3.11)
// The seed's §2.7 says 5/h per IP for the waitlist; §3.7, §5.3 and SPEC §8.3 say 3: 3 it is.
// Every attempt counts (a refused or repeated body too), taken before the body is read.
namespace rate_rules {
inline constexpr RateRule waitlistJoin{"waitlist_join", 3, 3600};
inline constexpr RateRule investorLead{"investor_lead", 3, 3600};
inline constexpr RateRule formBurst{"form_burst", 100, 60};
inline constexpr RateRule waitlistDomain{"waitlist_domain", 10, 3600};
inline constexpr RateRule waitlistPosition{"waitlist_position", 60, 60};
inline constexpr RateRule waitlistReferral{"waitlist_referral", 10, 60};
inline constexpr RateRule waitlistStats{"waitlist_stats", 120, 60};
inline constexpr RateRule roiCalculation{"roi_calculation", 10, 60};
} // namespace rate_rules

// What one take() decided, with the values of the response headers:
//   X-RateLimit-Limit = limit, X-RateLimit-Remaining = remaining,
//   X-RateLimit-Reset = resetSeconds (seconds until the bucket is full again),
//   Retry-After = retryAfterSeconds (only when refused: seconds until one token is back).
struct RateDecision
{
    bool enforced = true; // false: limits are off (multiplier 0); no headers then
    bool allowed = true;
    int limit = 0;
    int remaining = 0;
    int resetSeconds = 0;
    int retryAfterSeconds = 0;
};

// Token buckets keyed by (rule, key), shared by every worker thread of the process.
// Thread-safe: the keys are spread over 16 shards, each behind its own mutex.
// Bounded memory: at most maxEntries buckets in all (maxEntries/16 per shard); a new key in
// a full shard evicts that shard's least recently used bucket. Forgetting a bucket gives its
// key a full bucket again, so the bound is set well above the number of keys active within
// one period (default 65,536, about 10 MB at most); evicting needs that many DIFFERENT
// clients, which a single client cannot fake (X-Forwarded-For is believed only from trusted
// proxies).
// multiplier scales every rule's points (config rateLimitMultiplier; the period stays):
// 2 doubles them, 0 turns limits off.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit RateLimiter(double multiplier = 1.0, qsizetype maxEntries = 65536, Clock clock = {});

    // Takes one token from the bucket of (rule, key).
    RateDecision take(const RateRule& rule, const QString& key);

    // The points a rule allows under the multiplier (>= 1), or 0 when limits are off.
    int limitOf(const RateRule& rule) const;

    qsizetype size() const; // buckets held now
    qsizetype capacity() const { return maxEntries_; }

private:
    struct Bucket
    {
        QString key;
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    struct Shard
    {
        mutable QMutex mutex;
        std::list<Bucket> lru; // front = most recently used
        QHash<QString, std::list<Bucket>::iterator> index;
    };
    static constexpr int kShards = 16;

    double multiplier_;
    qsizetype maxEntries_;
    qsizetype perShard_;
    Clock clock_;
    std::array<Shard, kShards> shards_;
};

} // namespace rentflow::server
