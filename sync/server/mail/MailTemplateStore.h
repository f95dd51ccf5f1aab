#pragma once

#include "server/mail/MailTemplate.h"
#include "server/storage/ServerDb.h"

#include <QString>

#include <optional>

namespace rentflow::server {

// A template as it will be sent: the admin's override when there is one, else the
// shipped wording.
struct StoredMailTemplate
{
    QString name;
    MailTemplate wording;
    bool overridden = false;
    QString updatedAt; // of the override
};

// Code::NotFound for a name the server does not send.
StoreResult<StoredMailTemplate> loadMailTemplate(const ServerDb& db, const QString& name);

// Saves an override (checkTemplateOverride first: Code::InvalidInput with the reason) or
// removes it (back to the shipped wording). Call inside the transaction that audits it.
store::StoreStatus saveMailTemplate(const ServerDb& db, const QString& name,
                                    const MailTemplate& wording, const QString& actorId);
StoreResult<bool> resetMailTemplate(const ServerDb& db, const QString& name);

// Whether `templateName`, `recipient` and `vars` make a mail that can be sent: a known
// template, an address Mailbox accepts, and every variable of the template a string or a
// number. nullopt when they do; else which part is wrong ("template", "to", "vars").
struct MailRequestError
{
    QString field;
    QString message;
};
std::optional<MailRequestError> checkMailRequest(const QString& templateName,
                                                 const QString& recipient, const QJsonObject& vars);

} // namespace rentflow::server
