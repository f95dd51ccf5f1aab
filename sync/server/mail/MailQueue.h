#pragma once

#include "server/storage/ServerDb.h"

#include <QJsonObject>
#include <QString>

namespace rentflow::server {

// Queues one email: the template's name ("waitlist_welcome", "investor_ack",
// "password_reset", "invite"), the address, and the template's variables. Call it inside
// the transaction of the write it belongs to: the mail is sent only if that write is kept.
// Returns the queued mail's id.
StoreResult<QString> enqueueMail(const ServerDb& db, const QString& templateName,
                                 const QString& recipient, const QJsonObject& variables);

} // namespace rentflow::server
