#pragma once

#include "server/http/Metrics.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rentflow::server {

// What /metrics says besides the request series.
struct ProcessFigures
{
    double startTimeSeconds = 0; // Unix time the process started
    double cpuSeconds = 0;       // user + system
    qint64 residentBytes = 0;
    qint64 virtualBytes = 0;
    qint64 openFds = 0;
    qint64 maxFds = 0;
    QString version;
    int workers = 0;
    QString backend;                      // "embedded" / "postgres"
    std::optional<qint64> mailQueueDepth; // empty: not known (see mailQueueError)
    bool mailQueueError = false;          // the depth query failed
};

// This process's figures now (from /proc and getrusage); mail queue fields left empty.
ProcessFigures currentProcessFigures(double startTimeSeconds);

// The Prometheus text exposition format 0.0.4: rentflow_http_requests_total{method,route,
// status}, rentflow_http_request_duration_seconds histogram {method,route}, process_* and
// rentflow_* gauges. Series sorted, so the output is stable.
QByteArray renderPrometheus(const QHash<QString, Metrics::RouteSeries>& requests,
                            const ProcessFigures& process);

// A label value escaped for the text format (\\, \", \n).
QString escapeLabelValue(const QString& value);

} // namespace rentflow::server
