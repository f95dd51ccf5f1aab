#include "OpenApiDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rentflow::server {

namespace {

const QStringList kMethods = {QStringLiteral("get"),     QStringLiteral("put"),
                              QStringLiteral("post"),    QStringLiteral("delete"),
                              QStringLiteral("options"), QStringLiteral("head"),
                              QStringLiteral("patch"),   QStringLiteral("trace")};

// Every "$ref" string under `value`.
void collectRefs(const QJsonValue& value, QSet<QString>& refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("$ref") && it.value().isString())
                refs.insert(it.value().toString());
            else
                collectRefs(it.value(), refs);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectRefs(item, refs);
    }
}

} // namespace

std::variant<QList<OpenApiFragment>, QString> loadOpenApiFragments(const QString& root)
{
    QList<OpenApiFragment> fragments;
    const QDir base(root);
    QStringList areas = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& area : areas) {
        const QDir dir(base.filePath(area));
        for (const QString& name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("%1: cannot read").arg(file.fileName());
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                    .arg(file.fileName(), error.errorString())
                    .arg(error.offset);
            fragments.append({area, doc.object()});
        }
    }
    return fragments;
}

std::variant<QJsonObject, QString> assembleOpenApi(const QList<OpenApiFragment>& fragments,
                                                   const QString& version)
{
    QJsonObject paths;
    QHash<QString, QString> operationOwner; // "get /x" → area
    QJsonObject components;
    QHash<QString, QString> componentOwner; // "schemas/Error" → area
    QJsonArray tags;
    QSet<QString> tagNames;

    for (const OpenApiFragment& fragment : fragments) {
        for (auto key = fragment.json.begin(); key != fragment.json.end(); ++key)
            if (key.key() != QLatin1String("paths") && key.key() != QLatin1String("components") &&
                key.key() != QLatin1String("tags"))
                return QStringLiteral("%1's fragment: unexpected top-level key \"%2\" (only paths, "
                                      "components, tags)")
                    .arg(fragment.area, key.key());

        const QJsonObject fragmentPaths = fragment.json.value(QLatin1String("paths")).toObject();
        for (auto path = fragmentPaths.begin(); path != fragmentPaths.end(); ++path) {
            if (!path.key().startsWith(QLatin1Char('/')))
                return QStringLiteral("%1's fragment: path \"%2\" does not start with /")
                    .arg(fragment.area, path.key());
            QJsonObject merged = paths.value(path.key()).toObject();
            const QJsonObject item = path.value().toObject();
            for (auto entry = item.begin(); entry != item.end(); ++entry) {
                const QString owner = entry.key() + QLatin1Char(' ') + path.key();
                if (kMethods.contains(entry.key())) {
                    if (operationOwner.contains(owner))
                        return QStringLiteral("%1 is defined by both %2 and %3")
                            .arg(entry.key().toUpper() + QLatin1Char(' ') + path.key(),
                                 operationOwner.value(owner), fragment.area);
                    operationOwner.insert(owner, fragment.area);
                } else if (merged.contains(entry.key()) &&
                           merged.value(entry.key()) != entry.value()) {
                    return QStringLiteral("%1: \"%2\" differs between areas (%3)")
                        .arg(path.key(), entry.key(), fragment.area);
                }
                merged.insert(entry.key(), entry.value());
            }
            paths.insert(path.key(), merged);
        }

        const QJsonObject fragmentComponents =
            fragment.json.value(QLatin1String("components")).toObject();
        for (auto kind = fragmentComponents.begin(); kind != fragmentComponents.end(); ++kind) {
            QJsonObject mergedKind = components.value(kind.key()).toObject();
            const QJsonObject entries = kind.value().toObject();
            for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
                const QString name = kind.key() + QLatin1Char('/') + entry.key();
                if (mergedKind.contains(entry.key()) &&
                    mergedKind.value(entry.key()) != entry.value())
                    return QStringLiteral("components/%1 is defined differently by %2 and %3")
                        .arg(name, componentOwner.value(name), fragment.area);
                componentOwner.insert(name, fragment.area);
                mergedKind.insert(entry.key(), entry.value());
            }
            components.insert(kind.key(), mergedKind);
        }

        for (const QJsonValue& tag : fragment.json.value(QLatin1String("tags")).toArray()) {
            const QString name = tag.toObject().value(QLatin1String("name")).toString();
            if (!name.isEmpty() && !tagNames.contains(name)) {
                tagNames.insert(name);
                tags.append(tag);
            }
        }
    }

    // Every local $ref must land on a component some area defines.
    QSet<QString> refs;
    collectRefs(paths, refs);
    collectRefs(components, refs);
    for (const QString& ref : refs) {
        if (!ref.startsWith(QLatin1String("#/components/")))
            return QStringLiteral("$ref %1: only #/components/… references are allowed").arg(ref);
        const QStringList parts = ref.mid(13).split(QLatin1Char('/'));
        if (parts.size() != 2 || !components.value(parts[0]).toObject().contains(parts[1]))
            return QStringLiteral("$ref %1: no area defines it").arg(ref);
    }

    QJsonObject document{
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"),
         QJsonObject{
             {QStringLiteral("title"), QStringLiteral("RentFlow server API")},
             {QStringLiteral("version"), version},
             {QStringLiteral("description"),
              QStringLiteral("rentflow-server: the public website's endpoints, authentication, "
                             "the admin CRM and operations. Besides each operation's responses, "
                             "any request may get, from the server's own protections before any "
                             "route: 400 bad_request (a Content-Length that is not a number), "
                             "411 length_required (a chunked body), 413 body_too_large, "
                             "431 headers_too_large, 503 too_many_connections; a path or method "
                             "with no route gets 404 not_found. All in the Error shape.")}}},
        {QStringLiteral("servers"),
         QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("/")}}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), components},
    };
    if (!tags.isEmpty())
        document.insert(QStringLiteral("tags"), tags);
    return document;
}

} // namespace rentflow::server
