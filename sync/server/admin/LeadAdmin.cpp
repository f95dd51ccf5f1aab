#include "LeadAdmin.h"

#include "AdminPage.h"
#include "Csv.h"

#include "server/storage/AuditLog.h"

#include <store/Uuid7.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace rentflow::server::lead_admin {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LeadAdmin", text);
}

const QString& temperatureExpression()
{
    static const QString sql = QStringLiteral(
        "CASE WHEN COALESCE(l.lead_score, 0) >= 80 THEN 'hot' WHEN COALESCE(l.lead_score, 0) >= 50 "
        "THEN 'warm' ELSE 'cold' END");
    return sql;
}

const QString& selectLead()
{
    static const QString sql =
        QStringLiteral(
            "SELECT l.id, l.full_name, l.email, l.phone, l.linkedin_url, "
            "l.investor_type, l.investment_range, l.status, COALESCE(l.lead_score, 0), ") +
        temperatureExpression() +
        QStringLiteral(", l.assigned_to, l.source, l.last_contacted_at, l.next_follow_up_at, "
                       "l.message, l.internal_notes, l.created_at, l.updated_at "
                       "FROM investor_leads l");
    return sql;
}

QJsonObject leadFrom(const QSqlQuery& row)
{
    return {{QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("fullName"), row.value(1).toString()},
            {QStringLiteral("email"), row.value(2).toString()},
            {QStringLiteral("phone"), textOrNull(row.value(3))},
            {QStringLiteral("linkedinUrl"), textOrNull(row.value(4))},
            {QStringLiteral("investorType"), textOrNull(row.value(5))},
            {QStringLiteral("investmentRange"), textOrNull(row.value(6))},
            {QStringLiteral("status"), row.value(7).toString()},
            {QStringLiteral("leadScore"), row.value(8).toInt()},
            {QStringLiteral("temperature"), row.value(9).toString()},
            {QStringLiteral("assignedTo"), textOrNull(row.value(10))},
            {QStringLiteral("source"), textOrNull(row.value(11))},
            {QStringLiteral("lastContactedAt"), textOrNull(row.value(12))},
            {QStringLiteral("nextFollowUpAt"), textOrNull(row.value(13))},
            {QStringLiteral("message"), textOrNull(row.value(14))},
            {QStringLiteral("internalNotes"),
             row.value(15).isNull() ? QString() : row.value(15).toString()},
            {QStringLiteral("createdAt"), row.value(16).toString()},
            {QStringLiteral("updatedAt"), textOrNull(row.value(17))}};
}

QString whereClause(const Filter& filter, const QString& search, QVariantList& binds)
{
    QStringList conditions;
    if (!search.isEmpty()) {
        const QString pattern = containsPattern(search);
        conditions.append(QStringLiteral(
            "(LOWER(l.email) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(l.full_name, '')) LIKE ? "
            "ESCAPE '\\' OR COALESCE(l.phone, '') LIKE ? ESCAPE '\\' OR "
            "LOWER(COALESCE(l.investor_type, '')) LIKE ? ESCAPE '\\')"));
        binds << pattern << pattern << pattern << pattern;
    }
    if (!filter.status.isEmpty()) {
        conditions.append(QStringLiteral("l.status = ?"));
        binds << filter.status;
    }
    if (filter.temperature == QLatin1String("hot"))
        conditions.append(QStringLiteral("COALESCE(l.lead_score, 0) >= 80"));
    else if (filter.temperature == QLatin1String("warm"))
        conditions.append(
            QStringLiteral("COALESCE(l.lead_score, 0) >= 50 AND COALESCE(l.lead_score, 0) < 80"));
    else if (filter.temperature == QLatin1String("cold"))
        conditions.append(QStringLiteral("COALESCE(l.lead_score, 0) < 50"));
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

StoreResult<QJsonArray> activitiesOf(const ServerDb& db, const QString& id)
{
    return readActivities(db, QStringLiteral("investor_lead_activities"), QStringLiteral("lead_id"),
                          id);
}

StoreResult<QJsonObject> readLead(const ServerDb& db, const QString& id)
{
    auto row = db.exec(selectLead() + QStringLiteral(" WHERE l.id = ?"), {id});
    if (!row)
        return row.error();
    if (!row.value().next())
        return notFound(tr("There is no investor lead with this id."));
    QJsonObject lead = leadFrom(row.value());
    auto activities = activitiesOf(db, id);
    if (!activities)
        return activities.error();
    lead.insert(QStringLiteral("activities"), activities.value());
    return lead;
}

StoreResult<QString> statusOf(const ServerDb& db, const QString& id)
{
    return readStatus(db, QStringLiteral("investor_leads"), id,
                      tr("There is no investor lead with this id."));
}

store::StoreStatus insertActivity(const ServerDb& db, const QString& id, const QString& type,
                                  const QString& description, const Actor& actor)
{
    return server::insertActivity(db, QStringLiteral("investor_lead_activities"),
                                  QStringLiteral("lead_id"), id, type, description, actor.userId);
}

store::StoreStatus audit(const ServerDb& db, const Actor& actor, const QString& action,
                         const QString& id, const QJsonObject& details)
{
    return auditWrite(
        db, {actor.userId, action, QStringLiteral("investor_lead"), id, actor.requestId, details});
}

// Adds one activity to an existing lead, in its own transaction, and answers the lead.
StoreResult<QJsonObject> recordActivity(ServerDb& db, const QString& id, const QString& type,
                                        const QString& description, const Actor& actor)
{
    return db.transaction([&]() -> StoreResult<QJsonObject> {
        auto status = statusOf(db, id);
        if (!status)
            return status.error();
        if (auto added = insertActivity(db, id, type, description, actor); !added)
            return added.error();
        if (type != QLatin1String("note_added")) {
            const QString now = ServerDb::now();
            auto touched = db.exec(QStringLiteral("UPDATE investor_leads SET last_contacted_at = "
                                                  "?, updated_at = ? WHERE id = ?"),
                                   {now, now, id});
            if (!touched)
                return touched.error();
        }
        if (auto audited = audit(db, actor, QStringLiteral("investor_lead.activity"), id,
                                 {{QStringLiteral("type"), type}});
            !audited)
            return audited.error();
        return readLead(db, id);
    });
}

} // namespace

QList<SortKey> sortKeys()
{
    return {
        {QStringLiteral("createdAt"), QStringLiteral("l.created_at")},
        {QStringLiteral("fullName"), QStringLiteral("LOWER(COALESCE(l.full_name, ''))")},
        {QStringLiteral("email"), QStringLiteral("l.email")},
        {QStringLiteral("status"), QStringLiteral("l.status")},
        {QStringLiteral("leadScore"), QStringLiteral("COALESCE(l.lead_score, 0)")},
        {QStringLiteral("nextFollowUpAt"), QStringLiteral("COALESCE(l.next_follow_up_at, '')")},
        {QStringLiteral("lastContactedAt"), QStringLiteral("COALESCE(l.last_contacted_at, '')")},
    };
}

StoreResult<QJsonObject> list(const ServerDb& db, const Filter& filter, const ListParams& params)
{
    QVariantList binds;
    const QString where = whereClause(filter, params.search, binds);
    return readPage(db, QStringLiteral("investor_leads l"), selectLead(), where, binds, params,
                    [](const QSqlQuery& row) { return leadFrom(row); });
}

StoreResult<QJsonObject> get(const ServerDb& db, const QString& id)
{
    return readLead(db, id);
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
        QStringList sets{QStringLiteral("updated_at = ?")};
        QVariantList binds{ServerDb::now()};
        QJsonArray changed;
        const auto set = [&](const char* column, const char* field, const QVariant& value) {
            sets << QString::fromLatin1(column) + QStringLiteral(" = ?");
            binds << value;
            changed.append(QString::fromLatin1(field));
        };
        if (changes.status)
            set("status", "status", *changes.status);
        if (changes.nextFollowUpAt)
            set("next_follow_up_at", "nextFollowUpAt", *changes.nextFollowUpAt);
        if (changes.assignedTo)
            set("assigned_to", "assignedTo", *changes.assignedTo);
        if (changes.internalNotes)
            set("internal_notes", "internalNotes", nullIfEmpty(*changes.internalNotes));
        binds << id;
        auto updated =
            db.exec(QStringLiteral("UPDATE investor_leads SET ") + sets.join(QStringLiteral(", ")) +
                        QStringLiteral(" WHERE id = ?"),
                    binds);
        if (!updated)
            return updated.error();
        if (changes.status && *changes.status != status.value())
            if (auto added =
                    insertActivity(db, id, QStringLiteral("status_changed"),
                                   status.value() + QStringLiteral(" → ") + *changes.status, actor);
                !added)
                return added.error();
        if (auto audited = audit(db, actor, QStringLiteral("investor_lead.update"), id,
                                 {{QStringLiteral("fields"), changed}});
            !audited)
            return audited.error();
        return readLead(db, id);
    });
}

StoreResult<QJsonObject> addNote(ServerDb& db, const QString& id, const QJsonObject& body,
                                 const Actor& actor)
{
    auto read = readNote(body);
    if (auto* refused = std::get_if<store::StoreError>(&read))
        return *refused;
    const Activity note = std::get<Activity>(read);
    return recordActivity(db, id, note.type, note.description, actor);
}

StoreResult<QJsonObject> addActivity(ServerDb& db, const QString& id, const QJsonObject& body,
                                     const Actor& actor)
{
    auto read = readActivity(body);
    if (auto* refused = std::get_if<store::StoreError>(&read))
        return *refused;
    const Activity activity = std::get<Activity>(read);
    return recordActivity(db, id, activity.type, activity.description, actor);
}

store::StoreStatus remove(ServerDb& db, const QString& id, const Actor& actor)
{
    return db.transaction([&]() -> store::StoreStatus {
        auto gone =
            db.exec(QStringLiteral("DELETE FROM investor_lead_activities WHERE lead_id = ?"), {id});
        if (!gone)
            return gone.error();
        auto removed = db.exec(QStringLiteral("DELETE FROM investor_leads WHERE id = ?"), {id});
        if (!removed)
            return removed.error();
        if (removed.value().numRowsAffected() != 1)
            return notFound(tr("There is no investor lead with this id."));
        if (auto audited = audit(db, actor, QStringLiteral("investor_lead.delete"), id, {});
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
        db.exec(selectLead() + where + QStringLiteral(" ORDER BY ") + params.orderBy, binds);
    if (!rows)
        return rows.error();
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("email"),
                   QStringLiteral("phone"), QStringLiteral("investor_type"),
                   QStringLiteral("investment_range"), QStringLiteral("status"),
                   QStringLiteral("lead_score"), QStringLiteral("temperature"),
                   QStringLiteral("assigned_to"), QStringLiteral("last_contacted_at"),
                   QStringLiteral("next_follow_up_at"), QStringLiteral("message"),
                   QStringLiteral("internal_notes"), QStringLiteral("created_at")});
    QSqlQuery& q = rows.value();
    while (q.next())
        csv.add({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString(), q.value(5).toString(), q.value(6).toString(),
                 q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                 q.value(10).toString(), q.value(12).toString(), q.value(13).toString(),
                 q.value(14).toString(), q.value(15).toString(), q.value(16).toString()});
    return csv.bytes();
}

} // namespace rentflow::server::lead_admin
