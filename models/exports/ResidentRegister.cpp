#include "ResidentRegister.h"

#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QSet>
#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<ResidentList::Row>>
ResidentRegister::stayedIn(const ExportPeriod& period) const
{
    const QString what = QStringLiteral("Reading who stayed in the period");
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT a.resident_id FROM occupancy o JOIN agreement a ON a.id = "
        "o.agreement_id WHERE o.deleted = 0 AND a.deleted = 0 AND a.status <> 'cancelled' "
        "AND o.from_date <= ? AND (o.to_date IS NULL OR o.to_date >= ?)"));
    q.addBindValue(period.to.toString(Qt::ISODate));
    q.addBindValue(period.from.toString(Qt::ISODate));
    if (auto ran = store::checkedExec(m_store, q, what); !ran)
        return ran.error();
    QSet<QString> stayed;
    while (q.next())
        stayed.insert(q.value(0).toString());
    if (auto read = store::checkedEnd(m_store, q, what); !read)
        return read.error();
    auto everyone = ResidentList(m_store).list({});
    if (!everyone)
        return everyone.error();
    QList<ResidentList::Row> rows;
    for (const ResidentList::Row& row : everyone.value())
        if (stayed.contains(row.id))
            rows.append(row);
    return rows;
}

} // namespace rentflow
