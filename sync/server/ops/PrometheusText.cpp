#include "PrometheusText.h"

#include <QDir>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

namespace rentflow::server {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// "GET /api/v1/x" → {"GET", "/api/v1/x"}
std::pair<QString, QString> methodAndRoute(const QString& key)
{
    const qsizetype space = key.indexOf(QLatin1Char(' '));
    return {key.left(space), key.mid(space + 1)};
}

} // namespace

QString escapeLabelValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

ProcessFigures currentProcessFigures(double startTimeSeconds)
{
    ProcessFigures figures;
    figures.startTimeSeconds = startTimeSeconds;
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) == 0)
        figures.cpuSeconds = double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6 +
                             double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        const qint64 page = ::sysconf(_SC_PAGESIZE);
        figures.virtualBytes = fields.value(0).toLongLong() * page;
        figures.residentBytes = fields.value(1).toLongLong() * page;
    }
    figures.openFds = QDir(QStringLiteral("/proc/self/fd"))
                          .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                          .size();
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0)
        figures.maxFds = limit.rlim_cur == RLIM_INFINITY ? -1 : qint64(limit.rlim_cur);
    return figures;
}

QByteArray renderPrometheus(const QHash<QString, Metrics::RouteSeries>& requests,
                            const ProcessFigures& process)
{
    QString out;
    QStringList keys = requests.keys();
    std::sort(keys.begin(), keys.end());

    out += QStringLiteral("# HELP rentflow_http_requests_total HTTP requests answered, by method, "
                          "route pattern and status.\n"
                          "# TYPE rentflow_http_requests_total counter\n");
    for (const QString& key : keys) {
        const auto [method, route] = methodAndRoute(key);
        const Metrics::RouteSeries& series = requests.value(key);
        QList<int> statuses = series.byStatus.keys();
        std::sort(statuses.begin(), statuses.end());
        for (const int status : statuses)
            out +=
                QStringLiteral(
                    "rentflow_http_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"} %4\n")
                    .arg(escapeLabelValue(method), escapeLabelValue(route))
                    .arg(status)
                    .arg(series.byStatus.value(status));
    }

    out += QStringLiteral("# HELP rentflow_http_request_duration_seconds Time to answer a request, "
                          "by method and route pattern.\n"
                          "# TYPE rentflow_http_request_duration_seconds histogram\n");
    for (const QString& key : keys) {
        const auto [method, route] = methodAndRoute(key);
        const QString labels = QStringLiteral("method=\"%1\",route=\"%2\"")
                                   .arg(escapeLabelValue(method), escapeLabelValue(route));
        const Metrics::RouteSeries& series = requests.value(key);
        for (std::size_t i = 0; i < Metrics::kBucketsSeconds.size(); ++i)
            out +=
                QStringLiteral("rentflow_http_request_duration_seconds_bucket{%1,le=\"%2\"} %3\n")
                    .arg(labels, number(Metrics::kBucketsSeconds[i]))
                    .arg(series.buckets[i]);
        out += QStringLiteral("rentflow_http_request_duration_seconds_bucket{%1,le=\"+Inf\"} %2\n")
                   .arg(labels)
                   .arg(series.count);
        out += QStringLiteral("rentflow_http_request_duration_seconds_sum{%1} %2\n")
                   .arg(labels, number(series.sumSeconds));
        out += QStringLiteral("rentflow_http_request_duration_seconds_count{%1} %2\n")
                   .arg(labels)
                   .arg(series.count);
    }

    auto gauge = [&out](const char* name, const char* type, const char* help,
                        const QString& value) {
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n%1 %4\n")
                   .arg(QLatin1String(name), QLatin1String(help), QLatin1String(type), value);
    };
    gauge("process_start_time_seconds", "gauge",
          "Start time of the process since the Unix epoch in seconds.",
          number(process.startTimeSeconds));
    gauge("process_cpu_seconds_total", "counter",
          "Total user and system CPU time spent in seconds.", number(process.cpuSeconds));
    gauge("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.",
          QString::number(process.residentBytes));
    gauge("process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.",
          QString::number(process.virtualBytes));
    gauge("process_open_fds", "gauge", "Number of open file descriptors.",
          QString::number(process.openFds));
    if (process.maxFds >= 0)
        gauge("process_max_fds", "gauge", "Maximum number of open file descriptors.",
              QString::number(process.maxFds));
    gauge("rentflow_server_workers", "gauge",
          "Listener threads, each with its own database connection.",
          QString::number(process.workers));
    out += QStringLiteral("# HELP rentflow_build_info The server's version and storage backend.\n"
                          "# TYPE rentflow_build_info gauge\n"
                          "rentflow_build_info{version=\"%1\",backend=\"%2\"} 1\n")
               .arg(escapeLabelValue(process.version), escapeLabelValue(process.backend));
    if (process.mailQueueDepth)
        gauge("rentflow_mail_queue_depth", "gauge", "Email waiting in the queue to be sent.",
              QString::number(*process.mailQueueDepth));
    out +=
        QStringLiteral("# HELP rentflow_metrics_source_errors Figures this scrape could not read "
                       "(1: the source failed).\n"
                       "# TYPE rentflow_metrics_source_errors gauge\n"
                       "rentflow_metrics_source_errors{source=\"mail_queue\"} %1\n")
            .arg(process.mailQueueError ? 1 : 0);
    return out.toUtf8();
}

} // namespace rentflow::server
