// /api/v1/openapi.json: served as JSON on both backends with the operations of this
// build; a public route, so CORS answers configured origins and refuses others.
#include "BothBackends.h"

#include <gtest/gtest.h>

using namespace rentflow::test;

namespace {

class OpenApiServedTest : public BothBackends
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--cors-origins"),
                QStringLiteral("https://rentflow.in,https://www.rentflow.in")};
    }
};

} // namespace

TEST_P(OpenApiServedTest, TheDocumentIsServedWithTheOperationsEndpoints)
{
    const HttpResponse r = http().get(QStringLiteral("/api/v1/openapi.json"));
    ASSERT_EQ(r.status, 200) << r;
    EXPECT_TRUE(r.isJson()) << r;
    const QJsonObject doc = r.json();
    EXPECT_EQ(doc.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
    const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
    for (const char* path : {"/health/live", "/health/ready", "/metrics", "/api/v1/openapi.json"})
        EXPECT_TRUE(paths.value(QLatin1String(path)).toObject().contains(QStringLiteral("get")))
            << path;
    EXPECT_TRUE(doc.value(QStringLiteral("components"))
                    .toObject()
                    .value(QStringLiteral("schemas"))
                    .toObject()
                    .contains(QStringLiteral("Error")));
}

TEST_P(OpenApiServedTest, CorsPreflightAnswersConfiguredOriginsAndRefusesOthers)
{
    const HttpResponse allowed = http().options(
        QStringLiteral("/api/v1/openapi.json"),
        {{"Origin", "https://www.rentflow.in"}, {"Access-Control-Request-Method", "GET"}});
    EXPECT_EQ(allowed.status, 204) << allowed;
    EXPECT_EQ(allowed.header("Access-Control-Allow-Origin"), "https://www.rentflow.in") << allowed;
    EXPECT_TRUE(allowed.header("Access-Control-Allow-Methods").contains("GET")) << allowed;
    EXPECT_EQ(allowed.header("Vary"), "Origin") << allowed;

    for (const QByteArray& origin :
         {QByteArray("https://evil.example"), QByteArray("null"),
          QByteArray("https://rentflow.in.evil.example"), QByteArray()}) {
        HttpHeaders headers{{"Access-Control-Request-Method", "GET"}};
        if (!origin.isEmpty())
            headers.append({"Origin", origin});
        const HttpResponse refused =
            http().options(QStringLiteral("/api/v1/openapi.json"), headers);
        EXPECT_EQ(refused.status, 403) << origin.constData() << "\n" << refused;
        EXPECT_EQ(refused.errorCode(), QStringLiteral("origin_not_allowed")) << refused;
        EXPECT_FALSE(refused.hasHeader("Access-Control-Allow-Origin")) << refused;
    }

    // The request itself: the allowed origin is named, another gets no CORS header.
    const HttpResponse get =
        http().get(QStringLiteral("/api/v1/openapi.json"), {{"Origin", "https://rentflow.in"}});
    EXPECT_EQ(get.status, 200);
    EXPECT_EQ(get.header("Access-Control-Allow-Origin"), "https://rentflow.in") << get;
    const HttpResponse other =
        http().get(QStringLiteral("/api/v1/openapi.json"), {{"Origin", "https://evil.example"}});
    EXPECT_EQ(other.status, 200);
    EXPECT_FALSE(other.hasHeader("Access-Control-Allow-Origin")) << other;

    // Internal routes have no preflight at all.
    const HttpResponse internal =
        http().options(QStringLiteral("/metrics"), {{"Origin", "https://rentflow.in"},
                                                    {"Access-Control-Request-Method", "GET"}});
    EXPECT_EQ(internal.status, 404) << internal;
    EXPECT_FALSE(internal.hasHeader("Access-Control-Allow-Origin")) << internal;
}

RENTFLOW_BOTH_BACKENDS(OpenApiServedTest);
