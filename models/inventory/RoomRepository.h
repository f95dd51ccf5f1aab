#pragma once

#include "store/StoreError.h"

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

struct Room
{
    QString id;
    QString propertyId;
    QString floorId;
    QString number;
    int sharing = 1;
};

class RoomRepository
{
public:
    explicit RoomRepository(store::Store& store) : m_store(store) {}

    store::StoreResult<QString> add(const QString& propertyId, const QString& floorId,
                                    const QString& number, int sharing);
    store::StoreResult<std::optional<Room>> findByNumber(const QString& propertyId,
                                                         const QString& number) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
