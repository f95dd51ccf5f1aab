#pragma once

#include "store/StoreError.h"

namespace rentflow::store {
class Store;
}

namespace rentflow {

// The organisation at a glance (the desktop's overview): how many properties, rooms, beds
// (and how many vacant), and residents (and how many on a stay). One read; a failed query
// is an error, never a row of zeros.
class WorkspaceSummary
{
public:
    struct Counts
    {
        qint64 properties = 0;
        qint64 rooms = 0;
        qint64 beds = 0;
        qint64 vacantBeds = 0;
        qint64 residents = 0;
        qint64 staying = 0; // residents on an active stay or under notice
    };

    explicit WorkspaceSummary(store::Store& store) : m_store(store) {}
    store::StoreResult<Counts> counts() const;

private:
    store::Store& m_store;
};

} // namespace rentflow
