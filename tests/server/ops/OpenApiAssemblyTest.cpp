// The OpenAPI document's assembly from the areas' fragments: merged paths and components,
// and every conflict or dangling reference refused with the areas named.
#include "server/ops/OpenApiDocument.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rentflow::server;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString errorOf(const std::variant<QJsonObject, QString>& result)
{
    const QString* error = std::get_if<QString>(&result);
    return error ? *error : QString();
}

} // namespace

TEST(OpenApiAssemblyTest, MergesPathsComponentsAndTagsOfEveryArea)
{
    const QList<OpenApiFragment> fragments = {
        {QStringLiteral("http"), json(R"({"components":{"schemas":{"Error":{"type":"object"}}}})")},
        {QStringLiteral("ops"),
         json(
             R"({"tags":[{"name":"operations"}],"paths":{"/health/live":{"get":{"responses":{"200":{"description":"ok"}}}}}})")},
        {QStringLiteral("public"), json(R"({"tags":[{"name":"public"},{"name":"operations"}],
                  "paths":{"/api/v1/waitlist":{"post":{"responses":{"400":{"description":"bad","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}}}}},
                           "/health/live":{"head":{"responses":{"200":{"description":"ok"}}}}},
                  "components":{"schemas":{"Error":{"type":"object"},"Join":{"type":"object"}}}})")},
    };
    const auto result = assembleOpenApi(fragments, QStringLiteral("9.8.7"));
    ASSERT_TRUE(errorOf(result).isEmpty()) << errorOf(result).toStdString();
    const QJsonObject doc = std::get<QJsonObject>(result);
    EXPECT_EQ(doc.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
    EXPECT_EQ(
        doc.value(QStringLiteral("info")).toObject().value(QStringLiteral("version")).toString(),
        QStringLiteral("9.8.7"));
    const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
    EXPECT_EQ(paths.keys(),
              (QStringList{QStringLiteral("/api/v1/waitlist"), QStringLiteral("/health/live")}));
    // Two areas, two methods on one path: both kept.
    EXPECT_EQ(paths.value(QStringLiteral("/health/live")).toObject().keys(),
              (QStringList{QStringLiteral("get"), QStringLiteral("head")}));
    // The same component, identical in two areas: once.
    EXPECT_EQ(doc.value(QStringLiteral("components"))
                  .toObject()
                  .value(QStringLiteral("schemas"))
                  .toObject()
                  .keys(),
              (QStringList{QStringLiteral("Error"), QStringLiteral("Join")}));
    // Tags once each, first come first.
    EXPECT_EQ(doc.value(QStringLiteral("tags")).toArray().size(), 2);
}

TEST(OpenApiAssemblyTest, ConflictsAndDanglingReferencesAreRefusedNamingTheAreas)
{
    const QJsonObject op =
        json(R"({"paths":{"/x":{"get":{"responses":{"200":{"description":"ok"}}}}}})");
    EXPECT_EQ(
        errorOf(assembleOpenApi({{QStringLiteral("auth"), op}, {QStringLiteral("admin"), op}}, {})),
        QStringLiteral("GET /x is defined by both auth and admin"));

    const QString differing = errorOf(assembleOpenApi(
        {{QStringLiteral("auth"), json(R"({"components":{"schemas":{"User":{"type":"object"}}}})")},
         {QStringLiteral("admin"),
          json(R"({"components":{"schemas":{"User":{"type":"string"}}}})")}},
        {}));
    EXPECT_EQ(differing,
              QStringLiteral("components/schemas/User is defined differently by auth and admin"));

    const QString dangling = errorOf(assembleOpenApi(
        {{QStringLiteral("mail"),
          json(
              R"({"paths":{"/m":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Nowhere"}}}}}}}}})")}},
        {}));
    EXPECT_EQ(dangling, QStringLiteral("$ref #/components/schemas/Nowhere: no area defines it"));

    EXPECT_EQ(
        errorOf(assembleOpenApi({{QStringLiteral("crm"), json(R"({"openapi":"3.1.0"})")}}, {})),
        QStringLiteral(
            "crm's fragment: unexpected top-level key \"openapi\" (only paths, components, tags)"));
    EXPECT_EQ(
        errorOf(assembleOpenApi({{QStringLiteral("crm"), json(R"({"paths":{"x":{}}})")}}, {})),
        QStringLiteral("crm's fragment: path \"x\" does not start with /"));
}

TEST(OpenApiAssemblyTest, TheBuiltInFragmentsLoadAndAssemble)
{
    const auto fragments = loadOpenApiFragments();
    ASSERT_TRUE(std::holds_alternative<QList<OpenApiFragment>>(fragments))
        << std::get<QString>(fragments).toStdString();
    QStringList areas;
    for (const OpenApiFragment& f : std::get<QList<OpenApiFragment>>(fragments))
        areas << f.area;
    EXPECT_TRUE(areas.contains(QStringLiteral("http")))
        << areas.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(areas.contains(QStringLiteral("ops")));
    const auto doc =
        assembleOpenApi(std::get<QList<OpenApiFragment>>(fragments), QStringLiteral("1"));
    EXPECT_TRUE(errorOf(doc).isEmpty()) << errorOf(doc).toStdString();
}
