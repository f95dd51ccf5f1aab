#include "MeterRepository.h"

#include "store/RecordWriter.h"
#include "store/Store.h"

namespace rentflow {

store::StoreResult<QString> MeterRepository::addElectricity(const QString& propertyId,
                                                            const QString& roomId)
{
    QVariantMap row{{QStringLiteral("property_id"), propertyId},
                    {QStringLiteral("kind"), QStringLiteral("electricity")}};
    if (!roomId.isEmpty())
        row.insert(QStringLiteral("room_id"), roomId);
    return store::RecordWriter(m_store).insert(QStringLiteral("meter"), row);
}

} // namespace rentflow
