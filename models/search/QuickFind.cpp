#include "QuickFind.h"

#include "store/CheckedRead.h"
#include "store/LikePattern.h"
#include "store/Store.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rentflow {

using store::StoreStatus;

namespace {

// The parts of a hit's detail that are there, joined: "+919845012345 · 101-A, Koramangala".
QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    return kept.join(QStringLiteral(" · "));
}

// Binds the pattern to each `?` of the WHERE and the limit last, runs `q`, and appends a hit
// per row: columns id, title, then the detail's parts (dates as yyyy-MM-dd shown dd-MM-yyyy).
StoreStatus collect(store::Store& store, QSqlQuery& q, const QString& pattern, int patterns,
                    int limit, QuickFind::Kind kind, const QString& what,
                    QList<QuickFind::Hit>& hits)
{
    for (int i = 0; i < patterns; ++i)
        q.addBindValue(pattern);
    q.addBindValue(limit);
    if (auto run = store::checkedExec(store, q, what); !run)
        return run;
    while (q.next()) {
        QStringList detail;
        for (int column = 2; column < q.record().count(); ++column) {
            const QString value = q.value(column).toString();
            const QDate date = QDate::fromString(value, Qt::ISODate);
            detail.append(date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : value);
        }
        hits.append({kind, q.value(0).toString(), q.value(1).toString(), joined(detail)});
    }
    return store::checkedEnd(store, q, what);
}

} // namespace

store::StoreResult<QList<QuickFind::Hit>> QuickFind::find(const QString& text, int perKind) const
{
    const QString typed = text.simplified();
    QList<Hit> hits;
    if (typed.size() < kMinimumLength || perKind <= 0)
        return hits;
    const QString pattern = store::containsPattern(typed);
    if (auto found = residents(pattern, perKind, hits); !found)
        return found.error();
    // Beds ("101-A"), rooms and invoice numbers ("KORA/2627/0001") have digits or a slash;
    // a name being typed does not look for them.
    if (!typed.contains(QRegularExpression(QStringLiteral("[0-9/]"))))
        return hits;
    for (auto read : {&QuickFind::beds, &QuickFind::rooms, &QuickFind::invoices})
        if (auto found = (this->*read)(pattern, perKind, hits); !found)
            return found.error();
    return hits;
}

// Residents on a stay first (they are who the office asks about), then past ones, by name.
// The matching and ordering read only the resident table and two small sets (who is staying,
// whose bed matches); the bed and property are looked up for the rows shown only.
StoreStatus QuickFind::residents(const QString& pattern, int limit, QList<Hit>& hits) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.name, m.phone, coalesce((SELECT rm.number || '-' || b.label || ', ' "
        "  || pr.name FROM agreement a JOIN occupancy o ON o.agreement_id = a.id "
        "  AND o.deleted = 0 AND o.to_date IS NULL JOIN bed b ON b.id = o.bed_id "
        "  JOIN room rm ON rm.id = b.room_id JOIN property pr ON pr.id = rm.property_id "
        "  WHERE a.resident_id = m.id AND a.deleted = 0 AND a.status IN ('active', 'notice') "
        "  LIMIT 1), '') "
        "FROM (SELECT r.id, trim(r.first_name || ' ' || r.last_name) AS name, r.phone, "
        "  r.id IN (SELECT resident_id FROM agreement WHERE deleted = 0 "
        "    AND status IN ('active', 'notice')) AS staying "
        "  FROM resident r WHERE r.deleted = 0 AND (name LIKE ? ESCAPE '\\' "
        "    OR r.phone LIKE ? ESCAPE '\\' OR r.id IN (SELECT a.resident_id FROM agreement a "
        "      JOIN occupancy o ON o.agreement_id = a.id AND o.deleted = 0 AND o.to_date IS NULL "
        "      JOIN bed b ON b.id = o.bed_id JOIN room rm ON rm.id = b.room_id "
        "      WHERE a.deleted = 0 AND a.status IN ('active', 'notice') "
        "      AND rm.number || '-' || b.label LIKE ? ESCAPE '\\')) "
        "  ORDER BY staying DESC, name, r.id LIMIT ?) m "
        "ORDER BY m.staying DESC, m.name, m.id"));
    return collect(m_store, q, pattern, 3, limit, Kind::Resident,
                   QStringLiteral("Finding residents"), hits);
}

StoreStatus QuickFind::beds(const QString& pattern, int limit, QList<Hit>& hits) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT b.id, rm.number || '-' || b.label AS bed, pr.name, b.status "
                       "FROM bed b JOIN room rm ON rm.id = b.room_id AND rm.deleted = 0 "
                       "JOIN property pr ON pr.id = rm.property_id AND pr.deleted = 0 "
                       "WHERE b.deleted = 0 AND bed LIKE ? ESCAPE '\\' "
                       "ORDER BY pr.name, length(rm.number), rm.number, b.label, b.id LIMIT ?"));
    return collect(m_store, q, pattern, 1, limit, Kind::Bed, QStringLiteral("Finding beds"), hits);
}

StoreStatus QuickFind::rooms(const QString& pattern, int limit, QList<Hit>& hits) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT rm.id, rm.number, pr.name, f.name "
                       "FROM room rm JOIN property pr ON pr.id = rm.property_id AND pr.deleted = 0 "
                       "JOIN floor f ON f.id = rm.floor_id "
                       "WHERE rm.deleted = 0 AND rm.number LIKE ? ESCAPE '\\' "
                       "ORDER BY pr.name, length(rm.number), rm.number, rm.id LIMIT ?"));
    return collect(m_store, q, pattern, 1, limit, Kind::Room, QStringLiteral("Finding rooms"),
                   hits);
}

// The latest invoices first: the one asked about is usually recent.
StoreStatus QuickFind::invoices(const QString& pattern, int limit, QList<Hit>& hits) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT i.id, i.number, i.recipient_name, i.issue_date, "
                       "  CASE i.status WHEN 'cancelled' THEN 'cancelled' ELSE '' END "
                       "FROM invoice i WHERE i.deleted = 0 "
                       "AND i.rowid IN (SELECT rowid FROM invoice WHERE number LIKE ? ESCAPE '\\') "
                       "ORDER BY i.issue_date DESC, i.number DESC LIMIT ?"));
    return collect(m_store, q, pattern, 1, limit, Kind::Invoice, QStringLiteral("Finding invoices"),
                   hits);
}

} // namespace rentflow
