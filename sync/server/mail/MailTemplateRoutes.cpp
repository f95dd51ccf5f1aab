#include "server/mail/MailTemplateRoutes.h"

#include "server/http/ApiReply.h"
#include "server/http/Routes.h"
#include "server/mail/MailTemplateStore.h"
#include "server/storage/AuditLog.h"

#include <QJsonArray>

namespace rentflow::server {

namespace {

constexpr qsizetype kMaxSubject = 200;
constexpr qsizetype kMaxBody = 32 * 1024;

QJsonObject templateJson(const StoredMailTemplate& stored)
{
    QJsonObject json{{QStringLiteral("name"), stored.name},
                     {QStringLiteral("subject"), stored.wording.subject},
                     {QStringLiteral("text"), stored.wording.text},
                     {QStringLiteral("html"), stored.wording.html},
                     {QStringLiteral("variables"),
                      QJsonArray::fromStringList(mailTemplateVariables(stored.name))},
                     {QStringLiteral("overridden"), stored.overridden}};
    json.insert(QStringLiteral("updatedAt"),
                stored.overridden ? QJsonValue(stored.updatedAt) : QJsonValue());
    return json;
}

QHttpServerResponse notFound()
{
    return errorReply(Status::NotFound, QStringLiteral("not_found"),
                      QStringLiteral("No mail template is called that."));
}

// The body's three texts, or the fields that are wrong.
std::variant<MailTemplate, FieldErrors> readWording(const QJsonObject& body, const QString& name)
{
    FieldErrors fields;
    MailTemplate wording;
    const std::pair<const char*, QString*> parts[] = {
        {"subject", &wording.subject}, {"text", &wording.text}, {"html", &wording.html}};
    for (const auto& [key, target] : parts) {
        const QString field = QLatin1String(key);
        const QJsonValue value = body.value(field);
        if (!value.isString()) {
            fields.insert(field, value.isUndefined() ? QStringLiteral("is required")
                                                     : QStringLiteral("must be a string"));
            continue;
        }
        *target = value.toString();
        const qsizetype limit = field == QLatin1String("subject") ? kMaxSubject : kMaxBody;
        if (target->size() > limit)
            fields.insert(field, QStringLiteral("is longer than %1 characters").arg(limit));
    }
    if (!fields.isEmpty())
        return fields;
    if (auto refused = checkTemplateOverride(name, wording)) {
        // "subject: …", "text: …", "html: …" name their part; an unknown placeholder can
        // be in any part.
        const QString& message = refused->message;
        for (const char* key : {"subject", "text", "html"}) {
            const QString prefix = QLatin1String(key) + QStringLiteral(": ");
            if (message.startsWith(prefix)) {
                fields.insert(QLatin1String(key), message.mid(prefix.size()));
                return fields;
            }
        }
        fields.insert(QStringLiteral("template"), message);
        return fields;
    }
    return wording;
}

} // namespace

void addMailTemplateRoutes(Routes& routes)
{
    const QString base = QStringLiteral("/api/v1/admin/mail-templates");

    routes.get(base, [](Call& call) {
        if (!call.requireRole(Role::SuperAdmin))
            return call.refusal();
        QJsonArray list;
        for (const QString& name : mailTemplateNames()) {
            auto stored = loadMailTemplate(call.db(), name);
            if (!stored)
                return databaseFailure();
            list.append(templateJson(stored.value()));
        }
        return jsonReply({{QStringLiteral("templates"), list}});
    });

    routes.get(base + QStringLiteral("/<arg>"), [](Call& call, const QString& name) {
        if (!call.requireRole(Role::SuperAdmin))
            return call.refusal();
        if (!mailTemplateNames().contains(name))
            return notFound();
        auto stored = loadMailTemplate(call.db(), name);
        if (!stored)
            return databaseFailure();
        return jsonReply(templateJson(stored.value()));
    });

    routes.put(base + QStringLiteral("/<arg>"), [](Call& call, const QString& name) {
        const Principal* principal = call.requireRole(Role::SuperAdmin);
        if (!principal)
            return call.refusal();
        if (!mailTemplateNames().contains(name))
            return notFound();
        const std::optional<QJsonObject> body = call.jsonBody();
        if (!body)
            return call.refusal();
        auto wording = readWording(*body, name);
        if (auto* fields = std::get_if<FieldErrors>(&wording))
            return invalidInput(*fields);
        auto saved = call.db().transaction([&]() -> StoreResult<StoredMailTemplate> {
            if (auto done = saveMailTemplate(call.db(), name, std::get<MailTemplate>(wording),
                                             principal->userId);
                !done)
                return done.error();
            if (auto audited = auditWrite(call.db(), {principal->userId,
                                                      QStringLiteral("mail_template.update"),
                                                      QStringLiteral("mail_template"),
                                                      name,
                                                      call.requestId(),
                                                      {}});
                !audited)
                return audited.error();
            return loadMailTemplate(call.db(), name);
        });
        if (!saved)
            return databaseFailure();
        return jsonReply(templateJson(saved.value()));
    });

    routes.del(base + QStringLiteral("/<arg>"), [](Call& call, const QString& name) {
        const Principal* principal = call.requireRole(Role::SuperAdmin);
        if (!principal)
            return call.refusal();
        if (!mailTemplateNames().contains(name))
            return notFound();
        auto reset = call.db().transaction([&]() -> StoreResult<bool> {
            auto removed = resetMailTemplate(call.db(), name);
            if (!removed || !removed.value())
                return removed;
            if (auto audited = auditWrite(call.db(), {principal->userId,
                                                      QStringLiteral("mail_template.reset"),
                                                      QStringLiteral("mail_template"),
                                                      name,
                                                      call.requestId(),
                                                      {}});
                !audited)
                return audited.error();
            return true;
        });
        if (!reset)
            return databaseFailure();
        return noContent();
    });
}

} // namespace rentflow::server
