#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace rentflow::server {

// One area's part of the OpenAPI document: its "paths" and "components" (and "tags").
struct OpenApiFragment
{
    QString area; // for messages: "public", "auth"…
    QJsonObject json;
};

// Every fragment compiled into the server: the resources :/server/openapi/<area>/*.json,
// in the areas' name order. Each area adds its own with
//     qt_add_resources(rentflow_sync_server "<area>_openapi" PREFIX "/server/openapi/<area>"
//                      FILES openapi.json)
// A fragment that is not a JSON object is an error naming the file.
std::variant<QList<OpenApiFragment>, QString>
loadOpenApiFragments(const QString& root = QStringLiteral(":/server/openapi"));

// The OpenAPI 3.0 document: the base (openapi, info, servers) with every fragment's paths,
// components and tags merged. Errors (two areas defining the same operation, the same
// component name with different contents, a fragment with other top-level keys, a $ref to
// a component no fragment defines) name the areas involved.
std::variant<QJsonObject, QString> assembleOpenApi(const QList<OpenApiFragment>& fragments,
                                                   const QString& version);

} // namespace rentflow::server
