// The server's logs (SPEC §8.6): one JSON object per line on stderr, each request's line
// with its request id (the one the response carries), route patterns only, and no
// personal data or secrets from the request — not the query's email, not the token,
// not the client's address.
#include "BothBackends.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rentflow::test;

namespace {

class LogTest : public BothBackends
{};

} // namespace

TEST_P(LogTest, EveryLineIsJsonWithTheRequestIdAndNothingPersonal)
{
    const HttpResponse r =
        http().get(QStringLiteral("/no/such/page?email=priya.sharma%40example.in&phone=9876543210"),
                   {{"Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.c2VjcmV0.c2lnbmF0dXJl"},
                    {"X-Forwarded-For", "203.0.113.77"},
                    {"Cookie", "session=topsecretcookie"}});
    ASSERT_EQ(r.status, 404) << r;
    const QByteArray requestId = r.header("X-Request-Id");
    ASSERT_FALSE(requestId.isEmpty());
    const HttpResponse ready = http().get(QStringLiteral("/health/ready"));
    ASSERT_EQ(ready.status, 200);
    ASSERT_TRUE(server().stop()) << server().error().toStdString(); // everything flushed

    const QString log = server().standardError();
    int requestLines = 0;
    bool sawOurs = false;
    for (const QString& line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error{};
        const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        ASSERT_EQ(error.error, QJsonParseError::NoError) << "not JSON: " << line.toStdString();
        EXPECT_FALSE(entry.value(QStringLiteral("ts")).toString().isEmpty()) << line.toStdString();
        EXPECT_FALSE(entry.value(QStringLiteral("level")).toString().isEmpty())
            << line.toStdString();
        EXPECT_FALSE(entry.value(QStringLiteral("event")).toString().isEmpty())
            << line.toStdString();
        if (entry.value(QStringLiteral("event")).toString() == QLatin1String("request")) {
            ++requestLines;
            EXPECT_FALSE(entry.value(QStringLiteral("requestId")).toString().isEmpty());
            if (entry.value(QStringLiteral("requestId")).toString() ==
                QString::fromLatin1(requestId)) {
                sawOurs = true;
                EXPECT_EQ(entry.value(QStringLiteral("status")).toInt(), 404) << line.toStdString();
                EXPECT_EQ(entry.value(QStringLiteral("route")).toString(),
                          QStringLiteral("<unmatched>"));
            }
        }
    }
    EXPECT_EQ(requestLines, 2) << log.toStdString();
    EXPECT_TRUE(sawOurs) << log.toStdString();
    for (const char* secret : {"priya", "example.in", "9876543210", "eyJhbGci", "c2VjcmV0",
                               "topsecretcookie", "203.0.113.77", "127.0.0.1", "/no/such/page"})
        EXPECT_FALSE(log.contains(QLatin1String(secret))) << secret << " is in the log:\n"
                                                          << log.toStdString();
}

RENTFLOW_BOTH_BACKENDS(LogTest);
