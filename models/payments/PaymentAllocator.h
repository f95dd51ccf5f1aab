#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Applies a resident's unallocated payments (advance credit) to their open
// invoices, oldest payment to oldest invoice first (SPEC §4.7). The one place
// allocations are made: a new payment and a new invoice both call it.
class PaymentAllocator
{
public:
    struct Allocation
    {
        QString paymentId;
        QString invoiceId;
        QString invoiceNumber;
        Money amount;
    };

    explicit PaymentAllocator(store::Store& store) : m_store(store) {}

    // Call inside a transaction; returns the allocations it made.
    store::StoreResult<QList<Allocation>> allocate(const QString& residentId);
    // What the resident has paid and not yet had allocated.
    store::StoreResult<Money> advanceCredit(const QString& residentId) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
