#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// The resident's current agreement came back signed (SPEC §3.2): the day it was signed is
// recorded, audited, and the agreement's documents are dated on it from then on. An
// agreement is signed once; a stay that has ended is not signed afterwards.
class SignAgreement
{
public:
    struct Input // all text, unchecked
    {
        QString residentId;
        QString signedOn; // YYYY-MM-DD; empty: today
    };

    explicit SignAgreement(store::Store& store) : m_store(store) {}
    // Returns the agreement's id.
    store::StoreResult<QString> run(const Input& input, QDate today);

private:
    store::Store& m_store;
};

} // namespace rentflow
