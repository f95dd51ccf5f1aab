#include "FreeBeds.h"

#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<FreeBeds::Bed>> FreeBeds::of(const QString& propertyId, QDate from) const
{
    if (auto known = store::requireKnownId(m_store, QStringLiteral("property"),
                                           store::RecordKind::Property, propertyId.trimmed());
        !known)
        return known.error();
    // A stay holds its bed to its last day, or while open to the intended move-out of a
    // notice not withdrawn, or for ever (OccupancyRepository::overlapping, the same rule).
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT b.id, r.number, b.label, b.rent_paise, b.deposit_paise, b.status FROM bed b "
        "JOIN room r ON r.id = b.room_id WHERE r.property_id = ? AND b.deleted = 0 "
        "AND r.deleted = 0 AND b.status <> 'maintenance' AND NOT EXISTS (SELECT 1 FROM "
        "occupancy o WHERE o.bed_id = b.id AND o.deleted = 0 AND coalesce(o.to_date, "
        "(SELECT max(n.intended_move_out) FROM notice n WHERE n.agreement_id = o.agreement_id "
        "AND n.withdrawn = 0 AND n.deleted = 0), '9999-12-31') >= ?) "
        "ORDER BY length(r.number), r.number, b.label, b.id"));
    q.addBindValue(propertyId.trimmed());
    q.addBindValue(from);
    const QString what = QStringLiteral("Listing the free beds");
    if (auto ran = store::checkedExec(m_store, q, what); !ran)
        return ran.error();
    QList<Bed> beds;
    while (q.next())
        beds.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     Money::fromPaise(q.value(3).toLongLong()),
                     Money::fromPaise(q.value(4).toLongLong()), q.value(5).toString()});
    if (auto read = store::checkedEnd(m_store, q, what); !read)
        return read.error();
    return beds;
}

} // namespace rentflow
