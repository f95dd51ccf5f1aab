#pragma once

#include "AdminList.h"
#include "AdminReplies.h"

#include "server/storage/ServerDb.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace rentflow::server {

// The investor CRM (SPEC §8.4): what the admin endpoints do with the public area's
// investor_leads and this area's investor_lead_activities, apart from HTTP.
namespace lead_admin {

QList<SortKey> sortKeys(); // createdAt, fullName, email, status, leadScore, nextFollowUpAt, …
inline QString defaultSort()
{
    return QStringLiteral("-createdAt");
}

struct Filter
{
    QString status;      // empty: any
    QString temperature; // empty: any
};

StoreResult<QJsonObject> list(const ServerDb& db, const Filter& filter, const ListParams& params);
// One lead with its activities, newest first; NotFound when absent.
StoreResult<QJsonObject> get(const ServerDb& db, const QString& id);
// Changes status, nextFollowUpAt, assignedTo and internalNotes (any of them; nothing else).
StoreResult<QJsonObject> update(ServerDb& db, const QString& id, const QJsonObject& changes,
                                const Actor& actor);
// {"text": "…"}: a note_added activity.
StoreResult<QJsonObject> addNote(ServerDb& db, const QString& id, const QJsonObject& body,
                                 const Actor& actor);
// {"type": "call_made", "description": "…"}: an activity; contact made (a call, an email, a
// meeting) also sets the lead's last_contacted_at.
StoreResult<QJsonObject> addActivity(ServerDb& db, const QString& id, const QJsonObject& body,
                                     const Actor& actor);
store::StoreStatus remove(ServerDb& db, const QString& id, const Actor& actor);
StoreResult<QByteArray> exportCsv(const ServerDb& db, const Filter& filter,
                                  const ListParams& params);

} // namespace lead_admin
} // namespace rentflow::server
