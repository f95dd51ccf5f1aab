#include "ResidentList.h"

#include "ledger/InvoiceBalance.h"
#include "ledger/PaymentCredit.h"
#include "store/CheckedRead.h"
#include "store/LikePattern.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

namespace {

// A live stay: an agreement active or under notice with its occupancy without an end (one
// per resident: check-in refuses a second). `a` is the agreement, `o` the occupancy.
const QString kLiveStay = QStringLiteral(
    "a.deleted = 0 AND a.status IN ('active', 'notice') AND o.deleted = 0 AND o.to_date IS NULL");

// The residents the filter keeps: id, name, phone. Only residents are read here; a bed
// search looks up the beds whose label matches, and who holds them, once.
const QString kMatching =
    QStringLiteral(
        "SELECT r.id AS id, trim(r.first_name || ' ' || r.last_name) AS name, r.phone AS phone "
        "FROM resident r WHERE r.deleted = 0 "
        "AND (? = 0 OR EXISTS (SELECT 1 FROM agreement a JOIN occupancy o ON o.agreement_id = "
        "  a.id WHERE a.resident_id = r.id AND %1)) "
        "AND (? IS NULL OR name LIKE ? ESCAPE '\\' OR r.phone LIKE ? ESCAPE '\\' "
        "  OR r.id IN (SELECT a.resident_id FROM occupancy o JOIN agreement a ON a.id = "
        "  o.agreement_id WHERE o.bed_id IN (SELECT b.id FROM bed b JOIN room rm ON rm.id = "
        "  b.room_id WHERE rm.number || '-' || b.label LIKE ? ESCAPE '\\') AND %1))")
        .arg(kLiveStay);

// The columns of a page's rows `m` (id, name, phone): their live stay's bed and property,
// joined for the page only.
const QString kPageColumns =
    QStringLiteral("m.id, m.name, m.phone, coalesce(o.bed_id, ''), "
                   "coalesce(rm.number || '-' || b.label, ''), coalesce(pr.name, ''), "
                   "CASE WHEN o.id IS NULL THEN '' ELSE a.status END");
const QString kPageStay = QStringLiteral(
    "LEFT JOIN agreement a ON a.resident_id = m.id AND a.deleted = 0 "
    "  AND a.status IN ('active', 'notice') "
    "LEFT JOIN occupancy o ON o.agreement_id = a.id AND o.deleted = 0 AND o.to_date IS NULL "
    "LEFT JOIN bed b ON b.id = o.bed_id LEFT JOIN room rm ON rm.id = b.room_id "
    "LEFT JOIN property pr ON pr.id = rm.property_id ");

// What resident `m.id` owes: open invoice balances less unallocated advance.
QString balanceSql()
{
    return QStringLiteral(
               "coalesce((SELECT sum(%1) FROM invoice i WHERE i.resident_id = m.id AND i.status = "
               "'issued' AND i.deleted = 0), 0) "
               "- coalesce((SELECT sum(%2) FROM payment p WHERE p.resident_id = m.id AND "
               "p.purpose = 'dues' AND p.status = 'received' AND p.deleted = 0), 0)")
        .arg(invoiceBalanceSql(), paymentFreeSql());
}

void bindMatching(QSqlQuery& q, const ResidentList::Filter& filter)
{
    const QString search = filter.search.trimmed();
    const QVariant pattern = search.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(store::containsPattern(search));
    q.addBindValue(filter.activeOnly ? 1 : 0);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(pattern);
}

} // namespace

store::StoreResult<QList<ResidentList::Row>> ResidentList::list(const Filter& filter) const
{
    // Without the dues filter the page is cut by name alone, then its stays are joined and
    // its balances summed; with it, every match's balance decides whether it is in.
    const QString page =
        filter.withDuesOnly
            ? QStringLiteral("SELECT * FROM (SELECT m.*, %1 AS balance FROM (%2) m) "
                             "WHERE balance > 0 ORDER BY name, id LIMIT ? OFFSET ?")
                  .arg(balanceSql(), kMatching)
            : QStringLiteral("SELECT * FROM (%1) ORDER BY name, id LIMIT ? OFFSET ?")
                  .arg(kMatching);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM (%3) m %4 GROUP BY m.id "
                                       "ORDER BY m.name, m.id")
                            .arg(kPageColumns, balanceSql(), page, kPageStay);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindMatching(q, filter);
    q.addBindValue(filter.limit < 0 ? -1 : filter.limit);
    q.addBindValue(qMax(0, filter.offset));
    if (!q.exec())
        return m_store.error(QStringLiteral("Listing residents"), q);
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), Money::fromPaise(q.value(7).toLongLong())});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing residents")); !read)
        return read.error();
    return rows;
}

store::StoreResult<int> ResidentList::count(const Filter& filter) const
{
    const QString sql =
        filter.withDuesOnly
            ? QStringLiteral("SELECT count(*) FROM (SELECT %1 AS balance FROM (%2) m) "
                             "WHERE balance > 0")
                  .arg(balanceSql(), kMatching)
            : QStringLiteral("SELECT count(*) FROM (%1)").arg(kMatching);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindMatching(q, filter);
    const auto counted = store::checkedValue(m_store, q, QStringLiteral("Counting residents"));
    if (!counted)
        return counted.error();
    return counted.value().toInt();
}

} // namespace rentflow
