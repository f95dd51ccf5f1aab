#pragma once

#include "AdminList.h"
#include "AdminReplies.h"

#include "server/storage/ServerDb.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace rentflow::server {

// The platform team's view of the waitlist (SPEC §8.4): what the admin endpoints do, apart
// from HTTP. Entries are the public area's waitlist_entries; this area adds their notes
// (waitlist_admin_notes) and what was done to them (waitlist_activities).
namespace waitlist_admin {

QList<SortKey> sortKeys(); // createdAt, email, fullName, status, priority, invitedAt,
                           // updatedAt, referralCount
inline QString defaultSort()
{
    return QStringLiteral("createdAt");
}

struct Filter
{
    QString status;   // empty: any
    QString priority; // empty: any
};

// {items:[entry…], total, page, pageSize}
StoreResult<QJsonObject> list(const ServerDb& db, const Filter& filter, const ListParams& params);
// One entry with its notes and activities ({…, activities:[…]}); NotFound when absent.
StoreResult<QJsonObject> get(const ServerDb& db, const QString& id);
// Changes status, priority and notes (any of them; nothing else); the entry as it is now.
// Refused fields: InvalidInput naming each, nothing written.
StoreResult<QJsonObject> update(ServerDb& db, const QString& id, const QJsonObject& changes,
                                const Actor& actor);
// A pending entry becomes invited, with the "invite" mail queued in the same transaction.
// Inviting an entry that is not pending (already invited, registered or cancelled) is
// refused (conflict), so a second click never sends a second mail.
StoreResult<QJsonObject> invite(ServerDb& db, const QString& id, const QString& publicBaseUrl,
                                const Actor& actor);
// Removes the entry with its notes and activities.
store::StoreStatus remove(ServerDb& db, const QString& id, const Actor& actor);
// Every entry the filter and search match, in the asked order, as CSV.
StoreResult<QByteArray> exportCsv(const ServerDb& db, const Filter& filter,
                                  const ListParams& params);

} // namespace waitlist_admin
} // namespace rentflow::server
