#pragma once

#include "InvoiceComposer.h"
#include "store/StoreError.h"

#include <QSet>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// A resident who left between two readings still owes their days (SPEC §4.4):
// when the next reading comes, the monthly run bills their share on a
// supplementary invoice (purpose 'adhoc', utility lines only) to the ended stay.
// This finds those stays: ended ones outside the run's own list that have
// unbilled shares of readings taken in the run's window.
class LeaverUtilities
{
public:
    explicit LeaverUtilities(store::Store& store) : m_store(store) {}

    // `inRun`: agreement ids the run bills anyway (their shares go on that invoice).
    store::StoreResult<QList<StayFacts>> unbilled(BillingPeriod period, QDate through,
                                                  const QSet<QString>& inRun);

private:
    store::Store& m_store;
};

} // namespace rentflow
