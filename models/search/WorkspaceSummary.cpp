#include "WorkspaceSummary.h"

#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<WorkspaceSummary::Counts> WorkspaceSummary::counts() const
{
    // Rooms and beds of deleted properties or rooms are not counted, as the lists show them.
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM property WHERE deleted = 0), "
        "(SELECT count(*) FROM room r JOIN property p ON p.id = r.property_id "
        "  WHERE r.deleted = 0 AND p.deleted = 0), "
        "(SELECT count(*) FROM bed b JOIN room r ON r.id = b.room_id "
        "  JOIN property p ON p.id = r.property_id "
        "  WHERE b.deleted = 0 AND r.deleted = 0 AND p.deleted = 0), "
        "(SELECT count(*) FROM bed b JOIN room r ON r.id = b.room_id "
        "  JOIN property p ON p.id = r.property_id "
        "  WHERE b.deleted = 0 AND r.deleted = 0 AND p.deleted = 0 AND b.status = 'vacant'), "
        "(SELECT count(*) FROM resident WHERE deleted = 0), "
        "(SELECT count(DISTINCT a.resident_id) FROM agreement a "
        "  WHERE a.deleted = 0 AND a.status IN ('active', 'notice'))"));
    const QString what = QStringLiteral("Counting the workspace's properties, beds and residents");
    const auto found = store::checkedFirstRow(m_store, q, what);
    if (!found)
        return found.error();
    if (!found.value())
        return m_store.error(what, q);
    return Counts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                  q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
}

} // namespace rentflow
