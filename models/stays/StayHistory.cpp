#include "StayHistory.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<StayHistory::Row>> StayHistory::of(store::Store& store,
                                                            const QString& residentId)
{
    const QString what = QStringLiteral("Reading the resident's stays");
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.status, o.bed_id, rm.number || '-' || b.label, pr.name, o.from_date, "
        "o.to_date, a.rent_paise, a.signed_on FROM agreement a "
        "JOIN occupancy o ON o.agreement_id = a.id AND o.deleted = 0 "
        "JOIN bed b ON b.id = o.bed_id JOIN room rm ON rm.id = b.room_id "
        "JOIN property pr ON pr.id = a.property_id "
        "WHERE a.resident_id = ? AND a.deleted = 0 "
        "ORDER BY o.from_date DESC, o.created_at DESC, o.id DESC"));
    q.addBindValue(residentId);
    if (auto read = store::checkedExec(store, q, what); !read)
        return read.error();
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), storedDate(q.value(5)),
                     storedDate(q.value(6)), Money::fromPaise(q.value(7).toLongLong()),
                     storedDate(q.value(8))});
    if (auto read = store::checkedEnd(store, q, what); !read)
        return read.error();
    return rows;
}

} // namespace rentflow
