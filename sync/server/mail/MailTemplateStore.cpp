#include "server/mail/MailTemplateStore.h"

#include "server/mail/Mailbox.h"

#include <QJsonValue>
#include <QSqlQuery>

namespace rentflow::server {

StoreResult<StoredMailTemplate> loadMailTemplate(const ServerDb& db, const QString& name)
{
    const std::optional<MailTemplate> shipped = defaultMailTemplate(name);
    if (!shipped)
        return StoreError{StoreError::Code::NotFound,
                          QStringLiteral("No mail template is called %1.").arg(name)};
    auto row = db.exec(QStringLiteral("SELECT subject, body_text, body_html, updated_at "
                                      "FROM mail_templates WHERE name = ?"),
                       {name});
    if (!row)
        return row.error();
    StoredMailTemplate stored;
    stored.name = name;
    QSqlQuery& query = row.value();
    if (query.next()) {
        stored.wording = {query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString()};
        stored.overridden = true;
        stored.updatedAt = query.value(3).toString();
    } else {
        stored.wording = *shipped;
    }
    return stored;
}

store::StoreStatus saveMailTemplate(const ServerDb& db, const QString& name,
                                    const MailTemplate& wording, const QString& actorId)
{
    if (auto refused = checkTemplateOverride(name, wording))
        return StoreError{StoreError::Code::InvalidInput, refused->message};
    const QString now = ServerDb::now();
    // One statement whatever is there, so two admins saving at once cannot collide. The
    // embedded SQLCipher is SQLite 3.15 (no UPSERT before 3.24): INSERT OR REPLACE, which
    // is right for a row that is only ever written whole.
    const QString sql =
        db.backend() == Backend::Embedded
            ? QStringLiteral("INSERT OR REPLACE INTO mail_templates (name, subject, body_text, "
                             "body_html, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)")
            : QStringLiteral("INSERT INTO mail_templates (name, subject, body_text, body_html, "
                             "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET subject = excluded.subject, "
                             "body_text = excluded.body_text, body_html = excluded.body_html, "
                             "updated_at = excluded.updated_at, updated_by = excluded.updated_by");
    // A null QString binds as NULL; no HTML part is stored as ''.
    const auto text = [](const QString& value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    auto saved = db.exec(
        sql, {name, text(wording.subject), text(wording.text), text(wording.html), now, actorId});
    if (!saved)
        return saved.error();
    return store::Done{};
}

StoreResult<bool> resetMailTemplate(const ServerDb& db, const QString& name)
{
    auto removed = db.exec(QStringLiteral("DELETE FROM mail_templates WHERE name = ?"), {name});
    if (!removed)
        return removed.error();
    return removed.value().numRowsAffected() > 0;
}

std::optional<MailRequestError> checkMailRequest(const QString& templateName,
                                                 const QString& recipient, const QJsonObject& vars)
{
    const QStringList variables = mailTemplateVariables(templateName);
    if (variables.isEmpty())
        return MailRequestError{QStringLiteral("template"),
                                QStringLiteral("no mail template is called that")};
    if (!Mailbox::parse(recipient))
        return MailRequestError{QStringLiteral("to"),
                                QStringLiteral("is not an address mail can be sent to")};
    for (const QString& variable : variables) {
        const QJsonValue value = vars.value(variable);
        if (!value.isString() && !value.isDouble())
            return MailRequestError{
                QStringLiteral("vars"),
                QStringLiteral("%1 needs %2 as a string or a number").arg(templateName, variable)};
    }
    return std::nullopt;
}

} // namespace rentflow::server
