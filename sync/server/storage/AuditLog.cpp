#include "AuditLog.h"

#include <store/Uuid7.h>

#include <QJsonDocument>

namespace rentflow::server {

store::StoreStatus auditWrite(const ServerDb& db, const AuditEntry& entry)
{
    auto written = db.exec(
        QStringLiteral("INSERT INTO audit_log(id, at, actor_id, action, entity, entity_id, "
                       "request_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {store::Uuid7::generate(), ServerDb::now(),
         entry.actorId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : entry.actorId,
         entry.action, entry.entity,
         entry.entityId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : entry.entityId,
         entry.requestId,
         QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))});
    if (!written)
        return written.error();
    return store::Done{};
}

} // namespace rentflow::server
