#include "ResidentList.h"

#include "ledger/InvoiceBalance.h"
#include "ledger/PaymentCredit.h"
#include "store/CheckedRead.h"
#include "store/LikePattern.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<ResidentList::Row>> ResidentList::list(const Filter& filter) const
{
    // The stay a resident is on (or booked for): one live agreement per resident
    // (check-in refuses a second), its occupancy without an end.
    const QString sql =
        QStringLiteral(
            "SELECT r.id, trim(r.first_name || ' ' || r.last_name) AS name, r.phone, "
            "coalesce(live.bed_id, ''), coalesce(live.bed, ''), coalesce(live.property, ''), "
            "coalesce(live.status, ''), "
            "coalesce((SELECT sum(%1) FROM invoice i WHERE i.resident_id = r.id AND i.status = "
            "'issued' AND i.deleted = 0), 0) "
            "- coalesce((SELECT sum(%2) FROM payment p WHERE p.resident_id = r.id AND p.purpose "
            "= 'dues' AND p.status = 'received' AND p.deleted = 0), 0) "
            "FROM resident r LEFT JOIN (SELECT a.resident_id, a.status, o.bed_id, "
            "  rm.number || '-' || b.label AS bed, pr.name AS property FROM agreement a "
            "  JOIN occupancy o ON o.agreement_id = a.id AND o.deleted = 0 AND o.to_date IS NULL "
            "  JOIN bed b ON b.id = o.bed_id JOIN room rm ON rm.id = b.room_id "
            "  JOIN property pr ON pr.id = rm.property_id "
            "  WHERE a.deleted = 0 AND a.status IN ('active', 'notice')) live "
            "  ON live.resident_id = r.id "
            "WHERE r.deleted = 0 AND (? = 0 OR live.resident_id IS NOT NULL) "
            "AND (? IS NULL OR name LIKE ? ESCAPE '\\' OR r.phone LIKE ? ESCAPE '\\' "
            "  OR live.bed LIKE ? ESCAPE '\\') "
            "GROUP BY r.id ORDER BY name, r.id LIMIT ? OFFSET ?")
            .arg(invoiceBalanceSql(), paymentFreeSql());
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    const QString search = filter.search.trimmed();
    const QVariant pattern = search.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(store::containsPattern(search));
    q.addBindValue(filter.activeOnly ? 1 : 0);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(pattern);
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

} // namespace rentflow
