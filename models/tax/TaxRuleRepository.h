#pragma once

#include "TaxRule.h"
#include "store/StoreError.h"

namespace rentflow::store {
class Store;
}

namespace rentflow {

// The workspace's editable GST rule table (SPEC §4.5).
class TaxRuleRepository
{
public:
    explicit TaxRuleRepository(store::Store& store) : m_store(store) {}

    // Writes the shipped defaults (defaultTaxRules()) as audited rows; done once,
    // when the organisation is created. Call inside a transaction.
    store::StoreStatus seedDefaults();
    // Every live rule, in priority order.
    store::StoreResult<QList<TaxRule>> all() const;

private:
    store::Store& m_store;
};

} // namespace rentflow
