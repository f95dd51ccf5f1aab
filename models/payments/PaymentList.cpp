#include "PaymentList.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<PaymentList::Row>> PaymentList::list(const Filter& filter) const
{
    if (!filter.residentId.trimmed().isEmpty())
        if (auto known = store::requireKnownId(m_store, QStringLiteral("resident"),
                                               store::RecordKind::Resident, filter.residentId);
            !known)
            return known.error();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT p.id, coalesce(rc.number, ''), p.resident_id, "
            "trim(r.first_name || ' ' || r.last_name), p.received_on, p.amount_paise, p.method, "
            "coalesce(p.reference, ''), p.purpose, p.status, "
            "coalesce((SELECT sum(a.amount_paise) FROM payment_allocation a WHERE a.payment_id = "
            "p.id AND a.reversed = 0 AND a.deleted = 0), 0) "
            "FROM payment p JOIN resident r ON r.id = p.resident_id "
            "LEFT JOIN receipt rc ON rc.payment_id = p.id AND rc.deleted = 0 "
            "WHERE p.deleted = 0 AND (? IS NULL OR p.resident_id = ?) "
            "AND (? IS NULL OR p.received_on >= ?) AND (? IS NULL OR p.received_on <= ?) "
            "AND (? IS NULL OR p.method = ?) AND (? IS NULL OR p.status = ?) "
            "ORDER BY p.received_on %1, rc.number %1, p.id %1 LIMIT ? OFFSET ?")
            .arg(filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    const QVariant none(QMetaType(QMetaType::QString));
    const QString resident = filter.residentId.trimmed();
    const QVariant who = resident.isEmpty() ? none : QVariant(resident);
    const QVariant from =
        filter.from.isValid() ? QVariant(filter.from.toString(Qt::ISODate)) : none;
    const QVariant to = filter.to.isValid() ? QVariant(filter.to.toString(Qt::ISODate)) : none;
    const QVariant method = filter.method.isEmpty() ? none : QVariant(filter.method);
    const QVariant status = filter.status.isEmpty() ? none : QVariant(filter.status);
    for (const QVariant& value : {who, who, from, from, to, to, method, method, status, status})
        q.addBindValue(value);
    q.addBindValue(filter.limit);
    q.addBindValue(qMax(0, filter.offset));
    if (!q.exec())
        return m_store.error(QStringLiteral("Listing payments"), q);
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), storedDate(q.value(4)),
                     Money::fromPaise(q.value(5).toLongLong()), q.value(6).toString(),
                     q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                     Money::fromPaise(q.value(10).toLongLong())});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing payments")); !read)
        return read.error();
    return rows;
}

} // namespace rentflow
