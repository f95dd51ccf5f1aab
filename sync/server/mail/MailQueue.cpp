#include "MailQueue.h"

#include "server/mail/MailTemplateStore.h"

#include <store/Uuid7.h>

#include <QJsonDocument>

namespace rentflow::server {

StoreResult<QString> enqueueMail(const ServerDb& db, const QString& templateName,
                                 const QString& recipient, const QJsonObject& variables)
{
    // A mail that could never be sent is the caller's mistake: refused here, where it is
    // made, rather than failing later in the worker.
    if (auto refused = checkMailRequest(templateName, recipient, variables))
        return StoreError{StoreError::Code::InvalidInput,
                          QStringLiteral("mail %1: %2").arg(refused->field, refused->message)};
    const QString id = store::Uuid7::generate();
    auto queued =
        db.exec(QStringLiteral("INSERT INTO mail_queue(id, template, recipient, "
                               "variables, created_at) VALUES (?, ?, ?, ?, ?)"),
                {id, templateName, recipient,
                 QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact)),
                 ServerDb::now()});
    if (!queued)
        return queued.error();
    return id;
}

} // namespace rentflow::server
