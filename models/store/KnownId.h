#pragma once

#include "StoreError.h"

namespace rentflow::store {

class Store;

// The kinds of record a user names by id (on a command line, in a file).
enum class RecordKind
{
    Property,
    Room,
    Bed,
    Meter,
    Resident,
    Agreement,
    Invoice,
    Payment,
    Charge,
    CreditNote,
    Settlement,
    DebitNote,
};

// Refuses an id that names no live record of `kind`, as bad input naming `field`
// ("--resident: no resident has the id …"); an id of another kind of record says
// which ("… is a bed's id, not a resident's"). A failed query is a Database error,
// never "not found". Reads only: call it inside the transaction of the write it guards.
StoreStatus requireKnownId(Store& store, const QString& field, RecordKind kind, const QString& id);

} // namespace rentflow::store
