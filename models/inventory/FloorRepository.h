#pragma once

#include "store/StoreError.h"

namespace rentflow::store {
class Store;
}

namespace rentflow {

class FloorRepository
{
public:
    explicit FloorRepository(store::Store& store) : m_store(store) {}

    // The property's floor with that name, added when it is not there yet.
    // "G"/"Ground" is level 0, a number is its own level.
    store::StoreResult<QString> findOrAdd(const QString& propertyId, const QString& name);

private:
    store::Store& m_store;
};

} // namespace rentflow
