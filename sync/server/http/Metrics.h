#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace rentflow::server {

// Counters every worker thread adds to, read by /metrics: requests by route and status,
// and a latency histogram per route. Routes are patterns ("/api/v1/admin/waitlist/<arg>"),
// never concrete paths, so the number of series stays bounded.
class Metrics
{
public:
    static constexpr std::array<double, 11> kBucketsSeconds = {
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0};

    struct RouteSeries
    {
        QHash<int, quint64> byStatus;
        std::array<quint64, kBucketsSeconds.size()> buckets{}; // cumulative counts
        quint64 count = 0;
        double sumSeconds = 0;
    };

    void recordRequest(const QString& method, const QString& route, int status, double seconds);
    // A copy, keyed by "METHOD route".
    QHash<QString, RouteSeries> requests() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, RouteSeries> m_requests;
};

} // namespace rentflow::server
