#pragma once

#include "InvoiceComposer.h"
#include "store/StoreError.h"

#include <QHash>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Reads, in a handful of queries, every stay a month's run must bill: stays
// that overlap the month and have no issued monthly invoice for it yet, with
// their occupancy, recurring charges and unbilled one-off charges.
class StayFactsLoader
{
public:
    explicit StayFactsLoader(store::Store& store) : m_store(store) {}

    store::StoreResult<QList<StayFacts>> unbilled(BillingPeriod period);
    // Supplier facts per property: the property's GSTIN, else the organisation's.
    store::StoreResult<QHash<QString, SupplierFacts>> suppliers();

private:
    store::StoreStatus attachSegments(QHash<QString, StayFacts*>& byAgreement);
    store::StoreStatus attachRecurring(QHash<QString, StayFacts*>& byAgreement,
                                       BillingPeriod period);
    store::StoreStatus attachOneOffs(QHash<QString, StayFacts*>& byResident, BillingPeriod period);

    store::Store& m_store;
};

} // namespace rentflow
