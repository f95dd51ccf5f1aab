#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// `notice`: the resident tells the office they will leave (SPEC §3.4). The
// stay is marked under notice, the bed shows "vacating on …", and the bed can
// be reserved for someone else from the day after the intended move-out.
class GiveNotice
{
public:
    struct Input // all text, unchecked
    {
        QString residentId;
        QString givenOn; // YYYY-MM-DD; empty: today
        QString moveOut; // the intended last day
        QString reason;
    };

    explicit GiveNotice(store::Store& store) : m_store(store) {}
    // Returns the notice id.
    store::StoreResult<QString> run(const Input& input, QDate today);

private:
    store::Store& m_store;
};

} // namespace rentflow
