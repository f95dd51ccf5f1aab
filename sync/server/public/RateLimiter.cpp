#include "server/public/RateLimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace rentflow::server {

namespace {

qint64 monotonicMs()
{
    static const QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

int ceilSeconds(double ms)
{
    if (ms <= 0)
        return 0;
    return int(std::ceil(ms / 1000.0 - 1e-9));
}

} // namespace

RateLimiter::RateLimiter(double multiplier, qsizetype maxEntries, Clock clock)
    : multiplier_(std::max(0.0, multiplier)), maxEntries_(std::max<qsizetype>(maxEntries, kShards)),
      perShard_(std::max<qsizetype>(maxEntries, kShards) / kShards),
      clock_(clock ? std::move(clock) : Clock(monotonicMs))
{}

int RateLimiter::limitOf(const RateRule& rule) const
{
    if (multiplier_ <= 0)
        return 0;
    return std::max(1, int(std::lround(rule.points * multiplier_)));
}

RateDecision RateLimiter::take(const RateRule& rule, const QString& key)
{
    RateDecision d;
    const int limit = limitOf(rule);
    if (limit == 0) {
        d.enforced = false;
        return d;
    }
    d.limit = limit;
    const double perMs = double(limit) / (double(rule.periodSeconds) * 1000.0);
    const QString bucketKey = QLatin1String(rule.name) + QLatin1Char('|') + key;
    Shard& shard = shards_[size_t(qHash(bucketKey) % kShards)];
    const qint64 now = clock_();

    QMutexLocker lock(&shard.mutex);
    auto found = shard.index.find(bucketKey);
    std::list<Bucket>::iterator bucket;
    if (found == shard.index.end()) {
        if (shard.index.size() >= perShard_) {
            shard.index.remove(shard.lru.back().key);
            shard.lru.pop_back();
        }
        shard.lru.push_front(Bucket{bucketKey, double(limit), now});
        bucket = shard.lru.begin();
        shard.index.insert(bucketKey, bucket);
    } else {
        bucket = found.value();
        shard.lru.splice(shard.lru.begin(), shard.lru, bucket); // most recently used
        const qint64 elapsed = std::max<qint64>(0, now - bucket->updatedMs);
        bucket->tokens = std::min(double(limit), bucket->tokens + double(elapsed) * perMs);
        bucket->updatedMs = now;
    }

    if (bucket->tokens >= 1.0) {
        bucket->tokens -= 1.0;
        d.allowed = true;
    } else {
        d.allowed = false;
        d.retryAfterSeconds = std::max(1, ceilSeconds((1.0 - bucket->tokens) / perMs));
    }
    d.remaining = int(std::floor(bucket->tokens + 1e-9));
    d.resetSeconds = ceilSeconds((double(limit) - bucket->tokens) / perMs);
    return d;
}

qsizetype RateLimiter::size() const
{
    qsizetype n = 0;
    for (const Shard& shard : shards_) {
        QMutexLocker lock(&shard.mutex);
        n += shard.index.size();
    }
    return n;
}

} // namespace rentflow::server
