#include "WaitlistAdmin.h"

#include "AdminPage.h"
#include "Csv.h"

#include "server/mail/MailQueue.h"
#include "server/storage/AuditLog.h"

#include <store/Uuid7.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>

namespace rentflow::server::waitlist_admin {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WaitlistAdmin", text);
}

const QString& selectEntry()
{
    static const QString sql = QStringLiteral(
        "SELECT w.id, w.email, w.full_name, w.phone, w.company_name, w.status, w.priority, "
        "w.source, w.invited_at, w.registered_at, w.created_at, w.updated_at, n.notes, "
        "COALESCE((SELECT c.n FROM waitlist_referral_counts c WHERE c.referrer_id = w.id), 0) "
        "FROM waitlist_entries w LEFT JOIN waitlist_admin_notes n ON n.waitlist_id = w.id");
    return sql;
}

QJsonObject entryFrom(const QSqlQuery& row)
{
    return {
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("email"), row.value(1).toString()},
        {QStringLiteral("fullName"), textOrNull(row.value(2))},
        {QStringLiteral("phone"), textOrNull(row.value(3))},
        {QStringLiteral("companyName"), textOrNull(row.value(4))},
        {QStringLiteral("status"), row.value(5).toString()},
        {QStringLiteral("priority"), row.value(6).toString()},
        {QStringLiteral("source"), textOrNull(row.value(7))},
        {QStringLiteral("invitedAt"), textOrNull(row.value(8))},
        {QStringLiteral("registeredAt"), textOrNull(row.value(9))},
        {QStringLiteral("createdAt"), row.value(10).toString()},
        {QStringLiteral("updatedAt"), textOrNull(row.value(11))},
        {QStringLiteral("notes"), row.value(12).isNull() ? QString() : row.value(12).toString()},
        {QStringLiteral("referralCount"), row.value(13).toInt()}};
}

// " WHERE …" for the filter and search, with its binds.
QString whereClause(const Filter& filter, const QString& search, QVariantList& binds)
{
    QStringList conditions;
    if (!search.isEmpty()) {
        const QString pattern = containsPattern(search);
        conditions.append(QStringLiteral(
            "(LOWER(w.email) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(w.full_name, '')) LIKE ? "
            "ESCAPE '\\' OR LOWER(COALESCE(w.company_name, '')) LIKE ? ESCAPE '\\' OR "
            "COALESCE(w.phone, '') LIKE ? ESCAPE '\\')"));
        binds << pattern << pattern << pattern << pattern;
    }
    if (!filter.status.isEmpty()) {
        conditions.append(QStringLiteral("w.status = ?"));
        binds << filter.status;
    }
    if (!filter.priority.isEmpty()) {
        conditions.append(QStringLiteral("w.priority = ?"));
        binds << filter.priority;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

StoreResult<QJsonArray> activitiesOf(const ServerDb& db, const QString& id)
{
    return readActivities(db, QStringLiteral("waitlist_activities"), QStringLiteral("waitlist_id"),
                          id);
}

store::StoreStatus addActivity(const ServerDb& db, const QString& id, const QString& type,
                               const QString& description, const Actor& actor)
{
    return insertActivity(db, QStringLiteral("waitlist_activities"), QStringLiteral("waitlist_id"),
                          id, type, description, actor.userId);
}

// The entry's status, or NotFound.
StoreResult<QString> statusOf(const ServerDb& db, const QString& id)
{
    return readStatus(db, QStringLiteral("waitlist_entries"), id,
                      tr("There is no waitlist entry with this id."));
}

// One notes row per entry. The embedded file's SQLite (SQLCipher 3.15) has no
// ON CONFLICT … DO UPDATE; its writes are serialised, so INSERT OR REPLACE is as safe there.
QString upsertNotes(Backend backend)
{
    if (backend == Backend::Postgres)
        return QStringLiteral("INSERT INTO waitlist_admin_notes(waitlist_id, notes, updated_at, "
                              "updated_by) VALUES (?, ?, ?, ?) ON CONFLICT (waitlist_id) DO "
                              "UPDATE SET notes = excluded.notes, updated_at = "
                              "excluded.updated_at, updated_by = excluded.updated_by");
    return QStringLiteral("INSERT OR REPLACE INTO waitlist_admin_notes(waitlist_id, notes, "
                          "updated_at, updated_by) VALUES (?, ?, ?, ?)");
}

StoreResult<QJsonObject> readEntry(const ServerDb& db, const QString& id)
{
    auto row = db.exec(selectEntry() + QStringLiteral(" WHERE w.id = ?"), {id});
    if (!row)
        return row.error();
    if (!row.value().next())
        return notFound(tr("There is no waitlist entry with this id."));
    QJsonObject entry = entryFrom(row.value());
    auto activities = activitiesOf(db, id);
    if (!activities)
        return activities.error();
    entry.insert(QStringLiteral("activities"), activities.value());
    return entry;
}

} // namespace

QList<SortKey> sortKeys()
{
    return {
        {QStringLiteral("createdAt"), QStringLiteral("w.created_at")},
        {QStringLiteral("email"), QStringLiteral("w.email")},
        {QStringLiteral("fullName"), QStringLiteral("LOWER(COALESCE(w.full_name, ''))")},
        {QStringLiteral("status"), QStringLiteral("w.status")},
        {QStringLiteral("priority"),
         QStringLiteral("CASE w.priority WHEN 'vip' THEN 3 WHEN 'high' THEN 2 ELSE 1 END")},
        {QStringLiteral("invitedAt"), QStringLiteral("COALESCE(w.invited_at, '')")},
        {QStringLiteral("updatedAt"), QStringLiteral("COALESCE(w.updated_at, '')")},
        // The public area's view: verified referrals whose entry is still there.
        {QStringLiteral("referralCount"),
         QStringLiteral("COALESCE((SELECT c.n FROM waitlist_referral_counts c WHERE "
                        "c.referrer_id = w.id), 0)")},
    };
}

StoreResult<QJsonObject> list(const ServerDb& db, const Filter& filter, const ListParams& params)
{
    QVariantList binds;
    const QString where = whereClause(filter, params.search, binds);
    return readPage(db, QStringLiteral("waitlist_entries w"), selectEntry(), where, binds, params,
                    [](const QSqlQuery& row) { return entryFrom(row); });
}

StoreResult<QJsonObject> get(const ServerDb& db, const QString& id)
{
    return readEntry(db, id);
}

StoreResult<QJsonObject> update(ServerDb& db, const QString& id, const QJsonObject& body,
                                const Actor& actor)
{
    auto read = readChanges(body);
    if (auto* refused = std::get_if<store::StoreError>(&read))
        return *refused;
    const Changes changes = std::get<Changes>(read);

    return db.transaction([&]() -> StoreResult<QJsonObject> {
        auto status = statusOf(db, id);
        if (!status)
            return status.error();
        const QString now = ServerDb::now();
        QStringList sets{QStringLiteral("updated_at = ?")};
        QVariantList binds{now};
        QJsonArray changed;
        if (changes.status) {
            sets << QStringLiteral("status = ?");
            binds << *changes.status;
            if (*changes.status == QLatin1String("registered")) {
                sets << QStringLiteral("registered_at = COALESCE(registered_at, ?)");
                binds << now;
            }
            changed.append(QStringLiteral("status"));
        }
        if (changes.priority) {
            sets << QStringLiteral("priority = ?");
            binds << *changes.priority;
            changed.append(QStringLiteral("priority"));
        }
        binds << id;
        auto updated =
            db.exec(QStringLiteral("UPDATE waitlist_entries SET ") +
                        sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"),
                    binds);
        if (!updated)
            return updated.error();
        if (changes.notes) {
            auto noted =
                changes.notes->isEmpty()
                    ? db.exec(
                          QStringLiteral("DELETE FROM waitlist_admin_notes WHERE waitlist_id = ?"),
                          {id})
                    : db.exec(upsertNotes(db.backend()),
                              {id, *changes.notes, now, nullIfEmpty(actor.userId)});
            if (!noted)
                return noted.error();
            changed.append(QStringLiteral("notes"));
        }
        if (changes.status && *changes.status != status.value())
            if (auto added =
                    addActivity(db, id, QStringLiteral("status_changed"),
                                status.value() + QStringLiteral(" → ") + *changes.status, actor);
                !added)
                return added.error();
        if (auto audited = auditWrite(db, {actor.userId, QStringLiteral("waitlist.update"),
                                           QStringLiteral("waitlist_entry"), id, actor.requestId,
                                           QJsonObject{{QStringLiteral("fields"), changed}}});
            !audited)
            return audited.error();
        return readEntry(db, id);
    });
}

StoreResult<QJsonObject> invite(ServerDb& db, const QString& id, const QString& publicBaseUrl,
                                const Actor& actor)
{
    return db.transaction([&]() -> StoreResult<QJsonObject> {
        auto row = db.exec(
            QStringLiteral("SELECT email, full_name, status, invited_at FROM waitlist_entries "
                           "WHERE id = ?"),
            {id});
        if (!row)
            return row.error();
        QSqlQuery& q = row.value();
        if (!q.next())
            return notFound(tr("There is no waitlist entry with this id."));
        const QString email = q.value(0).toString();
        const QString name = q.value(1).toString();
        const QString status = q.value(2).toString();
        if (status == QLatin1String("invited"))
            return conflict(tr("This entry was already invited on %1; no second invitation "
                               "was sent.")
                                .arg(q.value(3).toString()));
        if (status != QLatin1String("pending"))
            return conflict(tr("Only a pending entry can be invited; this one is %1.").arg(status));

        const QString now = ServerDb::now();
        // The status is checked again by the UPDATE itself: of two invitations at once,
        // only the first changes the row, and only it queues a mail.
        auto updated = db.exec(QStringLiteral("UPDATE waitlist_entries SET status = 'invited', "
                                              "invited_at = ?, updated_at = ? WHERE id = ? AND "
                                              "status = 'pending'"),
                               {now, now, id});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return conflict(tr("This entry was invited by someone else just now; no second "
                               "invitation was sent."));

        QString base = publicBaseUrl;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        const QString link = base + QStringLiteral("/signup?invite=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(id));
        auto queued = enqueueMail(db, QStringLiteral("invite"), email,
                                  {{QStringLiteral("name"), name.isEmpty() ? email : name},
                                   {QStringLiteral("inviteLink"), link}});
        if (!queued)
            return queued.error();
        if (auto added = addActivity(db, id, QStringLiteral("invited"), {}, actor); !added)
            return added.error();
        if (auto audited =
                auditWrite(db, {actor.userId, QStringLiteral("waitlist.invite"),
                                QStringLiteral("waitlist_entry"), id, actor.requestId,
                                QJsonObject{{QStringLiteral("mailId"), queued.value()}}});
            !audited)
            return audited.error();
        return readEntry(db, id);
    });
}

store::StoreStatus remove(ServerDb& db, const QString& id, const Actor& actor)
{
    return db.transaction([&]() -> store::StoreStatus {
        auto removed = db.exec(QStringLiteral("DELETE FROM waitlist_entries WHERE id = ?"), {id});
        if (!removed)
            return removed.error();
        if (removed.value().numRowsAffected() != 1)
            return notFound(tr("There is no waitlist entry with this id."));
        for (const QString& sql :
             {QStringLiteral("DELETE FROM waitlist_admin_notes WHERE waitlist_id = ?"),
              QStringLiteral("DELETE FROM waitlist_activities WHERE waitlist_id = ?")})
            if (auto gone = db.exec(sql, {id}); !gone)
                return gone.error();
        if (auto audited = auditWrite(db, {actor.userId,
                                           QStringLiteral("waitlist.delete"),
                                           QStringLiteral("waitlist_entry"),
                                           id,
                                           actor.requestId,
                                           {}});
            !audited)
            return audited.error();
        return store::Done{};
    });
}

StoreResult<QByteArray> exportCsv(const ServerDb& db, const Filter& filter,
                                  const ListParams& params)
{
    QVariantList binds;
    const QString where = whereClause(filter, params.search, binds);
    auto rows =
        db.exec(selectEntry() + where + QStringLiteral(" ORDER BY ") + params.orderBy, binds);
    if (!rows)
        return rows.error();
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("full_name"),
                   QStringLiteral("phone"), QStringLiteral("company_name"),
                   QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("source"),
                   QStringLiteral("notes"), QStringLiteral("invited_at"),
                   QStringLiteral("registered_at"), QStringLiteral("created_at"),
                   QStringLiteral("referral_count")});
    QSqlQuery& q = rows.value();
    while (q.next())
        csv.add({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                 q.value(6).toString(), q.value(7).toString(), q.value(12).toString(),
                 q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
                 q.value(13).toString()});
    return csv.bytes();
}

} // namespace rentflow::server::waitlist_admin
