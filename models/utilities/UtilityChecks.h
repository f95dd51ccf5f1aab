#pragma once

#include "store/StoreError.h"

#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Checks of the utility books for `check` (CLI.md) and "Verify data".
class UtilityChecks
{
public:
    // Units of a meter's interval billed more than once: two billed intervals of
    // one meter that share days (a reading entered inside days already billed, or
    // two readings of one day, each split again), or one stay billed the same
    // reading on two lines. One sentence per problem, naming the meter, the days
    // and the invoice numbers; empty when the books are right. A failed query is
    // an error, never "no problem".
    static store::StoreResult<QStringList> intervalsBilledTwice(store::Store& store);
};

} // namespace rentflow
