// /metrics in the Prometheus text format: parsed here line by line (an independent reader
// of format 0.0.4), the request counters equal to the requests this test made, the
// histogram consistent, process figures present; and the renderer's escaping.
#include "BothBackends.h"

#include "server/ops/PrometheusText.h"

#include <QMap>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace rentflow::test;

namespace {

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

struct Exposition
{
    QList<Sample> samples;
    QMap<QString, QString> types; // family → counter/gauge/histogram
    QStringList errors;

    // The value of the one sample named `name` whose labels include `labels`; NaN if none.
    double value(const QString& name, const QMap<QString, QString>& labels = {}) const
    {
        for (const Sample& s : samples) {
            if (s.name != name)
                continue;
            bool match = true;
            for (auto it = labels.begin(); it != labels.end(); ++it)
                match = match && s.labels.value(it.key()) == it.value();
            if (match)
                return s.value;
        }
        return std::numeric_limits<double>::quiet_NaN();
    }
};

// The text format: "# HELP name text", "# TYPE name type", "name{l="v",…} value".
Exposition parse(const QByteArray& text)
{
    static const QRegularExpression sampleLine(
        QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$)"));
    static const QRegularExpression label(
        QStringLiteral(R"re(([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$))re"));
    Exposition out;
    if (!text.endsWith('\n'))
        out.errors << QStringLiteral("does not end with a newline");
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("# TYPE "))) {
            const QStringList parts = line.mid(7).split(QLatin1Char(' '));
            if (parts.size() != 2 || out.types.contains(parts[0]))
                out.errors << QStringLiteral("bad or repeated TYPE: ") + line;
            else
                out.types.insert(parts[0], parts[1]);
            continue;
        }
        if (line.startsWith(QLatin1String("# HELP ")))
            continue;
        const QRegularExpressionMatch m = sampleLine.match(line);
        if (!m.hasMatch()) {
            out.errors << QStringLiteral("not a sample: ") + line;
            continue;
        }
        Sample sample;
        sample.name = m.captured(1);
        bool ok = false;
        sample.value = m.captured(3) == QLatin1String("+Inf")
                           ? std::numeric_limits<double>::infinity()
                           : m.captured(3).toDouble(&ok);
        if (!ok && m.captured(3) != QLatin1String("+Inf"))
            out.errors << QStringLiteral("bad value: ") + line;
        QString rest = m.captured(2);
        qsizetype consumed = 0;
        auto it = label.globalMatch(rest);
        while (it.hasNext()) {
            const QRegularExpressionMatch l = it.next();
            if (l.capturedStart() != consumed)
                break;
            sample.labels.insert(l.captured(1), l.captured(2));
            consumed = l.capturedEnd();
        }
        if (consumed != rest.size())
            out.errors << QStringLiteral("bad labels: ") + line;
        // The family must be declared before its samples.
        QString family = sample.name;
        for (const char* suffix : {"_bucket", "_sum", "_count"})
            if (!out.types.contains(family) && family.endsWith(QLatin1String(suffix)))
                family.chop(qsizetype(qstrlen(suffix)));
        if (!out.types.contains(family))
            out.errors << QStringLiteral("sample before its TYPE: ") + line;
        out.samples.append(sample);
    }
    return out;
}

class MetricsTest : public BothBackends
{};

} // namespace

TEST_P(MetricsTest, CountsTheRequestsMadeByRouteAndStatusInTheTextFormat)
{
    // By hand: 3 live, 2 ready, 1 unknown path (404, route "<unmatched>").
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(http().get(QStringLiteral("/health/live")).status, 200);
    for (int i = 0; i < 2; ++i)
        ASSERT_EQ(http().get(QStringLiteral("/health/ready")).status, 200);
    ASSERT_EQ(http().get(QStringLiteral("/no/such/path?q=secret@example.com")).status, 404);

    const HttpResponse r = http().get(QStringLiteral("/metrics"));
    ASSERT_EQ(r.status, 200) << r;
    EXPECT_EQ(r.header("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
    const Exposition metrics = parse(r.body);
    EXPECT_TRUE(metrics.errors.isEmpty()) << metrics.errors.join(QLatin1Char('\n')).toStdString();

    EXPECT_EQ(metrics.types.value(QStringLiteral("rentflow_http_requests_total")),
              QStringLiteral("counter"));
    EXPECT_EQ(metrics.types.value(QStringLiteral("rentflow_http_request_duration_seconds")),
              QStringLiteral("histogram"));
    const QString total = QStringLiteral("rentflow_http_requests_total");
    EXPECT_EQ(metrics.value(total, {{QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("route"), QStringLiteral("/health/live")},
                                    {QStringLiteral("status"), QStringLiteral("200")}}),
              3.0);
    EXPECT_EQ(metrics.value(total, {{QStringLiteral("route"), QStringLiteral("/health/ready")},
                                    {QStringLiteral("status"), QStringLiteral("200")}}),
              2.0);
    EXPECT_EQ(metrics.value(total, {{QStringLiteral("route"), QStringLiteral("<unmatched>")},
                                    {QStringLiteral("status"), QStringLiteral("404")}}),
              1.0);
    // The path and its query are never a label: only route patterns.
    EXPECT_FALSE(r.body.contains("secret")) << r.body.toStdString();
    EXPECT_FALSE(r.body.contains("/no/such/path"));

    // Histogram of /health/live: 3 observations, buckets cumulative, +Inf = count.
    const QString bucket = QStringLiteral("rentflow_http_request_duration_seconds_bucket");
    double previous = 0;
    int buckets = 0;
    for (const Sample& s : metrics.samples) {
        if (s.name != bucket ||
            s.labels.value(QStringLiteral("route")) != QLatin1String("/health/live"))
            continue;
        ++buckets;
        EXPECT_GE(s.value, previous) << "le=" << s.labels.value(QStringLiteral("le")).toStdString();
        previous = s.value;
    }
    EXPECT_EQ(buckets, 12); // 11 bounds and +Inf
    const QMap<QString, QString> live{{QStringLiteral("route"), QStringLiteral("/health/live")}};
    EXPECT_EQ(metrics.value(bucket, {{QStringLiteral("route"), QStringLiteral("/health/live")},
                                     {QStringLiteral("le"), QStringLiteral("+Inf")}}),
              3.0);
    EXPECT_EQ(metrics.value(QStringLiteral("rentflow_http_request_duration_seconds_count"), live),
              3.0);
    EXPECT_GE(metrics.value(QStringLiteral("rentflow_http_request_duration_seconds_sum"), live),
              0.0);

    // Process figures.
    EXPECT_GT(metrics.value(QStringLiteral("process_resident_memory_bytes")), 0.0);
    EXPECT_GT(metrics.value(QStringLiteral("process_open_fds")), 0.0);
    EXPECT_GT(metrics.value(QStringLiteral("process_start_time_seconds")), 1.7e9);
    EXPECT_GE(metrics.value(QStringLiteral("process_cpu_seconds_total")), 0.0);
    EXPECT_EQ(
        metrics.value(QStringLiteral("rentflow_build_info"),
                      {{QStringLiteral("backend"),
                        isPostgres() ? QStringLiteral("postgres") : QStringLiteral("embedded")}}),
        1.0);
    EXPECT_EQ(metrics.value(QStringLiteral("rentflow_metrics_source_errors"),
                            {{QStringLiteral("source"), QStringLiteral("mail_queue")}}),
              0.0);

    // The scrape itself is counted by the next one.
    const Exposition again = parse(http().get(QStringLiteral("/metrics")).body);
    EXPECT_EQ(again.value(total, {{QStringLiteral("route"), QStringLiteral("/metrics")},
                                  {QStringLiteral("status"), QStringLiteral("200")}}),
              1.0);
}

RENTFLOW_BOTH_BACKENDS(MetricsTest);

TEST(PrometheusTextTest, LabelValuesAreEscapedAndBoundsWrittenShortest)
{
    using rentflow::server::escapeLabelValue;
    EXPECT_EQ(escapeLabelValue(QStringLiteral("a\"b\\c\nd")), QStringLiteral("a\\\"b\\\\c\\nd"));
    rentflow::server::Metrics metrics;
    metrics.recordRequest(QStringLiteral("GET"), QStringLiteral("/x/\"<arg>\""), 200, 0.003);
    rentflow::server::ProcessFigures figures;
    figures.version = QStringLiteral("1.2.3");
    figures.backend = QStringLiteral("embedded");
    const QByteArray text = rentflow::server::renderPrometheus(metrics.requests(), figures);
    const Exposition parsed = parse(text);
    EXPECT_TRUE(parsed.errors.isEmpty()) << parsed.errors.join(QLatin1Char('\n')).toStdString();
    // 0.003 s: above 0.0025, within 0.005.
    EXPECT_TRUE(text.contains("route=\"/x/\\\"<arg>\\\"\",le=\"0.0025\"} 0\n"))
        << text.toStdString();
    EXPECT_TRUE(text.contains("route=\"/x/\\\"<arg>\\\"\",le=\"0.005\"} 1\n"))
        << text.toStdString();
    EXPECT_TRUE(text.contains("rentflow_build_info{version=\"1.2.3\",backend=\"embedded\"} 1\n"));
    // No mail figure when none is known.
    EXPECT_FALSE(text.contains("rentflow_mail_queue_depth "));
    figures.mailQueueDepth = 7;
    EXPECT_TRUE(rentflow::server::renderPrometheus({}, figures)
                    .contains("\nrentflow_mail_queue_depth 7\n"));
}

#if __has_include("server/mail/MailQueueStore.h")
// With the mail area in the build: the queue's depth is the number of mails waiting.
#include "server/storage/DatabaseTarget.h"

TEST_P(MetricsTest, MailQueueDepthIsTheNumberOfMailsWaiting)
{
    // No --smtp-url: queued mail stays queued. Two mails put in by hand, as enqueueMail does.
    rentflow::server::DatabaseTarget target;
    if (isPostgres()) {
        target.backend = rentflow::server::Backend::Postgres;
        target.url = QUrl(testServer().databaseUrl());
    } else {
        target.backend = rentflow::server::Backend::Embedded;
        target.filePath = testServer().dataDir() + QStringLiteral("/server.db");
        target.key = QString::fromLatin1(ServerProcess::kPassphrase);
    }
    auto db = rentflow::server::openServerDb(target, QStringLiteral("metrics_mail_test"));
    ASSERT_TRUE(db) << db.error().message.toStdString();
    for (const char* id :
         {"01900000-0000-7000-8000-000000000001", "01900000-0000-7000-8000-000000000002"}) {
        auto queued = db.value()->exec(
            QStringLiteral("INSERT INTO mail_queue(id, template, recipient, variables, created_at) "
                           "VALUES (?, 'waitlist_welcome', 'depth@example.in', '{}', ?)"),
            {QString::fromLatin1(id), rentflow::server::ServerDb::now()});
        ASSERT_TRUE(queued) << queued.error().message.toStdString();
    }
    const Exposition metrics = parse(http().get(QStringLiteral("/metrics")).body);
    EXPECT_EQ(metrics.types.value(QStringLiteral("rentflow_mail_queue_depth")),
              QStringLiteral("gauge"));
    EXPECT_EQ(metrics.value(QStringLiteral("rentflow_mail_queue_depth")), 2.0);
    EXPECT_EQ(metrics.value(QStringLiteral("rentflow_metrics_source_errors"),
                            {{QStringLiteral("source"), QStringLiteral("mail_queue")}}),
              0.0);
}
#endif
