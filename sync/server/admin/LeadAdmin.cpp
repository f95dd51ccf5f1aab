#include "LeadAdmin.h"

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

constexpr int kMaxNotes = 10'000;
constexpr int kMaxDescription = 2'000;

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
    auto rows = db.exec(QStringLiteral("SELECT id, activity_type, description, performed_by, "
                                       "created_at FROM investor_lead_activities WHERE lead_id = ? "
                                       "ORDER BY created_at DESC, id DESC"),
                        {id});
    if (!rows)
        return rows.error();
    QJsonArray activities;
    QSqlQuery& q = rows.value();
    while (q.next())
        activities.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                      {QStringLiteral("type"), q.value(1).toString()},
                                      {QStringLiteral("description"), textOrNull(q.value(2))},
                                      {QStringLiteral("performedBy"), textOrNull(q.value(3))},
                                      {QStringLiteral("createdAt"), q.value(4).toString()}});
    return activities;
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
    auto row = db.exec(QStringLiteral("SELECT status FROM investor_leads WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (!row.value().next())
        return notFound(tr("There is no investor lead with this id."));
    return row.value().value(0).toString();
}

store::StoreStatus insertActivity(const ServerDb& db, const QString& id, const QString& type,
                                  const QString& description, const Actor& actor)
{
    auto added = db.exec(QStringLiteral("INSERT INTO investor_lead_activities(id, lead_id, "
                                        "activity_type, description, performed_by, metadata, "
                                        "created_at) VALUES (?, ?, ?, ?, ?, '{}', ?)"),
                         {store::Uuid7::generate(), id, type, nullIfEmpty(description),
                          nullIfEmpty(actor.userId), ServerDb::now()});
    if (!added)
        return added.error();
    return store::Done{};
}

// An ISO 8601 date-time (or a date: its midnight UTC) as stored, or nothing. A time
// without an offset is UTC: never the server's own time zone.
std::optional<QString> storedTime(const QString& text)
{
    QDateTime at;
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        at = QDateTime(day, QTime(0, 0), Qt::UTC);
    } else {
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            return std::nullopt;
        if (at.timeSpec() == Qt::LocalTime)
            at.setTimeSpec(Qt::UTC);
    }
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

struct Changes
{
    std::optional<QString> status;
    std::optional<QVariant> nextFollowUpAt; // null QVariant: cleared
    std::optional<QVariant> assignedTo;
    std::optional<QString> internalNotes;
};

std::variant<Changes, store::StoreError> readChanges(const QJsonObject& body)
{
    static const QRegularExpression userId(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    const QVariant null(QMetaType(QMetaType::QString));
    QJsonObject errors;
    Changes changes;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("status")) {
            if (!value.isString() || !statuses().contains(value.toString()))
                errors.insert(key,
                              tr("must be one of %1").arg(statuses().join(QStringLiteral(", "))));
            else
                changes.status = value.toString();
        } else if (key == QLatin1String("nextFollowUpAt")) {
            if (value.isNull() || (value.isString() && value.toString().isEmpty())) {
                changes.nextFollowUpAt = null;
            } else if (const auto at =
                           value.isString() ? storedTime(value.toString()) : std::nullopt) {
                changes.nextFollowUpAt = *at;
            } else {
                errors.insert(key, tr("must be a date and time like 2026-03-01T10:30:00Z"));
            }
        } else if (key == QLatin1String("assignedTo")) {
            if (value.isNull() || (value.isString() && value.toString().isEmpty()))
                changes.assignedTo = null;
            else if (!value.isString() || !userId.match(value.toString()).hasMatch())
                errors.insert(key, tr("must be a user id"));
            else
                changes.assignedTo = value.toString();
        } else if (key == QLatin1String("internalNotes")) {
            if (value.isNull())
                changes.internalNotes = QString();
            else if (!value.isString())
                errors.insert(key, tr("must be text"));
            else if (value.toString().size() > kMaxNotes)
                errors.insert(key, tr("must be at most %1 characters").arg(kMaxNotes));
            else
                changes.internalNotes = value.toString().trimmed();
        } else {
            errors.insert(key, tr("is not something an admin can change here (status, "
                                  "nextFollowUpAt, assignedTo, internalNotes)"));
        }
    }
    if (!errors.isEmpty())
        return invalidFields(errors);
    if (!changes.status && !changes.nextFollowUpAt && !changes.assignedTo && !changes.internalNotes)
        return invalidFields({}, tr("Nothing to change: send status, nextFollowUpAt, assignedTo "
                                    "or internalNotes."));
    return changes;
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

QStringList statuses()
{
    return {QStringLiteral("new"),       QStringLiteral("contacted"),
            QStringLiteral("qualified"), QStringLiteral("meeting_scheduled"),
            QStringLiteral("pitched"),   QStringLiteral("negotiating"),
            QStringLiteral("closed"),    QStringLiteral("lost")};
}

QStringList temperatures()
{
    return {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")};
}

QStringList activityTypes()
{
    return {QStringLiteral("call_made"), QStringLiteral("email_sent"),
            QStringLiteral("meeting_scheduled"), QStringLiteral("meeting_held"),
            QStringLiteral("note_added")};
}

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
    auto total =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM investor_leads l") + where, binds, 0);
    if (!total)
        return total.error();
    QVariantList pageBinds = binds;
    pageBinds << params.pageSize << params.offset();
    auto rows = db.exec(selectLead() + where + QStringLiteral(" ORDER BY ") + params.orderBy +
                            QStringLiteral(" LIMIT ? OFFSET ?"),
                        pageBinds);
    if (!rows)
        return rows.error();
    QJsonArray items;
    while (rows.value().next())
        items.append(leadFrom(rows.value()));
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("total"), total.value().toLongLong()},
                       {QStringLiteral("page"), params.page},
                       {QStringLiteral("pageSize"), params.pageSize}};
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
    QJsonObject errors;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("text"))
            errors.insert(it.key(), tr("is not part of a note (send text)"));
    const QJsonValue text = body.value(QStringLiteral("text"));
    if (!text.isString() || text.toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("text"), tr("write the note"));
    else if (text.toString().size() > kMaxDescription)
        errors.insert(QStringLiteral("text"),
                      tr("must be at most %1 characters").arg(kMaxDescription));
    if (!errors.isEmpty())
        return invalidFields(errors);
    return recordActivity(db, id, QStringLiteral("note_added"), text.toString().trimmed(), actor);
}

StoreResult<QJsonObject> addActivity(ServerDb& db, const QString& id, const QJsonObject& body,
                                     const Actor& actor)
{
    QJsonObject errors;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("type") && it.key() != QLatin1String("description"))
            errors.insert(it.key(), tr("is not part of an activity (send type and description)"));
    const QJsonValue type = body.value(QStringLiteral("type"));
    if (!type.isString() || !activityTypes().contains(type.toString()))
        errors.insert(QStringLiteral("type"),
                      tr("must be one of %1").arg(activityTypes().join(QStringLiteral(", "))));
    const QJsonValue description = body.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        errors.insert(QStringLiteral("description"), tr("must be text"));
    else if (description.toString().size() > kMaxDescription)
        errors.insert(QStringLiteral("description"),
                      tr("must be at most %1 characters").arg(kMaxDescription));
    else if (type.toString() == QLatin1String("note_added") &&
             description.toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("description"), tr("write the note"));
    if (!errors.isEmpty())
        return invalidFields(errors);
    return recordActivity(db, id, type.toString(), description.toString().trimmed(), actor);
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
