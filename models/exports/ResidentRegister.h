#pragma once

#include "ExportPeriod.h"

#include "payments/ResidentList.h"
#include "store/StoreError.h"

#include <QList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// The residents who held a bed on any day of a period, as `resident list` shows them
// (bed and balance today).
class ResidentRegister
{
public:
    explicit ResidentRegister(store::Store& store) : m_store(store) {}

    store::StoreResult<QList<ResidentList::Row>> stayedIn(const ExportPeriod& period) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
