#include "FloorRepository.h"

#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QString> FloorRepository::findOrAdd(const QString& propertyId,
                                                       const QString& name)
{
    QSqlQuery& find = m_store.prepared(QStringLiteral(
        "SELECT id FROM floor WHERE property_id = ? AND lower(name) = lower(?) AND deleted = 0"));
    find.addBindValue(propertyId);
    find.addBindValue(name);
    if (!find.exec())
        return m_store.error(QStringLiteral("Looking up the floor"), find);
    if (find.next()) {
        const QString id = find.value(0).toString();
        find.finish();
        return id;
    }
    bool numeric = false;
    const int parsed = name.toInt(&numeric);
    const int level = numeric ? parsed : 0; // "G", "Ground", "Terrace": ordered by name
    return store::RecordWriter(m_store).insert(QStringLiteral("floor"),
                                               {{QStringLiteral("property_id"), propertyId},
                                                {QStringLiteral("name"), name},
                                                {QStringLiteral("level"), level}});
}

} // namespace rentflow
