#include "Metrics.h"

namespace rentflow::server {

void Metrics::recordRequest(const QString& method, const QString& route, int status, double seconds)
{
    const QMutexLocker lock(&m_mutex);
    RouteSeries& series = m_requests[method + QLatin1Char(' ') + route];
    ++series.byStatus[status];
    ++series.count;
    series.sumSeconds += seconds;
    for (std::size_t i = 0; i < kBucketsSeconds.size(); ++i)
        if (seconds <= kBucketsSeconds[i])
            ++series.buckets[i];
}

QHash<QString, Metrics::RouteSeries> Metrics::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

} // namespace rentflow::server
