#pragma once

#include "ServerDb.h"

#include <QJsonObject>
#include <QString>

namespace rentflow::server {

// One audited write: who (a user id; empty for the public), did what, to which record.
// Call it inside the write's own transaction so that both or neither are kept. Details
// never hold secrets or personal data in clear (ids and changed field names only).
struct AuditEntry
{
    QString actorId;
    QString action; // "waitlist.update", "user.login", …
    QString entity; // "waitlist_entry", "user", …
    QString entityId;
    QString requestId;
    QJsonObject details;
};

store::StoreStatus auditWrite(const ServerDb& db, const AuditEntry& entry);

} // namespace rentflow::server
