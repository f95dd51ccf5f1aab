#include "RoomRepository.h"

#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QString> RoomRepository::add(const QString& propertyId, const QString& floorId,
                                                const QString& number, int sharing)
{
    return store::RecordWriter(m_store).insert(QStringLiteral("room"),
                                               {{QStringLiteral("property_id"), propertyId},
                                                {QStringLiteral("floor_id"), floorId},
                                                {QStringLiteral("number"), number},
                                                {QStringLiteral("sharing"), sharing}});
}

store::StoreResult<std::optional<Room>> RoomRepository::findByNumber(const QString& propertyId,
                                                                     const QString& number) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, property_id, floor_id, number, sharing FROM room "
                             "WHERE property_id = ? AND lower(number) = lower(?) AND deleted = 0"));
    q.addBindValue(propertyId);
    q.addBindValue(number);
    const auto found = store::checkedFirstRow(m_store, q, QStringLiteral("Reading the room"));
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Room>();
    return std::optional(Room{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toInt()});
}

} // namespace rentflow
