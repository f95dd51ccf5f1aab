#include "OccupancyRepository.h"

#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

namespace {
const QString kColumns = QStringLiteral("id, agreement_id, bed_id, from_date, to_date");

store::StoreResult<QList<Occupancy>> readAll(store::Store& store, QSqlQuery& q, const QString& what)
{
    QList<Occupancy> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     QDate::fromString(q.value(3).toString(), Qt::ISODate),
                     QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    const auto read = store::checkedEnd(store, q, what);
    q.finish();
    if (!read)
        return read.error();
    return list;
}
} // namespace

store::StoreResult<QString> OccupancyRepository::add(const QString& agreementId,
                                                     const QString& bedId, QDate from)
{
    return store::RecordWriter(m_store).insert(QStringLiteral("occupancy"),
                                               {{QStringLiteral("agreement_id"), agreementId},
                                                {QStringLiteral("bed_id"), bedId},
                                                {QStringLiteral("from_date"), from}});
}

store::StoreResult<QList<Occupancy>> OccupancyRepository::overlapping(const QString& bedId,
                                                                      QDate from, QDate to) const
{
    // Two ranges share a day when each starts on or before the other ends. A stay under
    // notice ends, for this purpose, on its intended move-out: the bed can be reserved after.
    QSqlQuery& q = m_store.prepared(
        QStringLiteral("SELECT %1 FROM occupancy o WHERE bed_id = ? AND deleted = 0 "
                       "AND coalesce(to_date, (SELECT max(n.intended_move_out) FROM notice n "
                       "  WHERE n.agreement_id = o.agreement_id AND n.withdrawn = 0 "
                       "  AND n.deleted = 0), '9999-12-31') >= ? "
                       "AND (? IS NULL OR from_date <= ?)")
            .arg(kColumns));
    q.addBindValue(bedId);
    q.addBindValue(from);
    const QVariant end = to.isValid() ? QVariant(to) : QVariant(QMetaType(QMetaType::QString));
    q.addBindValue(end);
    q.addBindValue(end);
    const QString what = QStringLiteral("Reading the bed's occupancy");
    if (!q.exec())
        return m_store.error(what, q);
    return readAll(m_store, q, what);
}

store::StoreResult<QList<Occupancy>>
OccupancyRepository::forAgreement(const QString& agreementId) const
{
    QSqlQuery& q = m_store.prepared(
        QStringLiteral(
            "SELECT %1 FROM occupancy WHERE agreement_id = ? AND deleted = 0 ORDER BY from_date")
            .arg(kColumns));
    q.addBindValue(agreementId);
    const QString what = QStringLiteral("Reading the stay");
    if (!q.exec())
        return m_store.error(what, q);
    return readAll(m_store, q, what);
}

} // namespace rentflow
