#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// `transfer`: a resident moves to another bed of the same property from a
// day on (SPEC §3.3). The old bed's occupancy ends the day before, the new
// one starts that day, and the month's invoice prorates each bed's days, at
// the new rent from that day when one is given.
class Transfer
{
public:
    struct Input // all text, unchecked
    {
        QString residentId;
        QString bedId;
        QString date; // the first night on the new bed
        QString rent; // empty: the rent stays as it is
    };

    explicit Transfer(store::Store& store) : m_store(store) {}
    // Returns the new occupancy's id.
    store::StoreResult<QString> run(const Input& input, QDate today);

private:
    store::Store& m_store;
};

} // namespace rentflow
