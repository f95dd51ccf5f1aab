#include "BedRepository.h"

#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QString> BedRepository::add(const QString& roomId, const QString& label,
                                               Money rent, Money deposit)
{
    return store::RecordWriter(m_store).insert(
        QStringLiteral("bed"), {{QStringLiteral("room_id"), roomId},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("rent_paise"), rent.paise()},
                                {QStringLiteral("deposit_paise"), deposit.paise()},
                                {QStringLiteral("status"), QStringLiteral("vacant")}});
}

store::StoreResult<QList<Bed>> BedRepository::listForRoom(const QString& roomId) const
{
    QList<Bed> beds;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, room_id, label, rent_paise, deposit_paise, status FROM bed "
                       "WHERE room_id = ? AND deleted = 0 ORDER BY label"));
    q.addBindValue(roomId);
    if (!q.exec())
        return m_store.error(QStringLiteral("Listing the room's beds"), q);
    while (q.next())
        beds.append(Bed{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        Money::fromPaise(q.value(3).toLongLong()),
                        Money::fromPaise(q.value(4).toLongLong()), q.value(5).toString()});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing the room's beds")); !read)
        return read.error();
    return beds;
}

} // namespace rentflow
