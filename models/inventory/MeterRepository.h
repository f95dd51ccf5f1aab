#pragma once

#include "store/StoreError.h"

namespace rentflow::store {
class Store;
}

namespace rentflow {

class MeterRepository
{
public:
    explicit MeterRepository(store::Store& store) : m_store(store) {}

    // An electricity meter on a room, or on the property (common area) when roomId is empty.
    store::StoreResult<QString> addElectricity(const QString& propertyId, const QString& roomId);

private:
    store::Store& m_store;
};

} // namespace rentflow
