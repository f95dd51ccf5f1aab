#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QList>
#include <QStringList>

#include <optional>

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

    // Call inside a transaction; returns the allocations it made. `purpose`
    // "deposit" spends the resident's deposit instead (at check-out), at most `limit`.
    // `chosen` invoices (in that order) are paid before the oldest-first rest.
    store::StoreResult<QList<Allocation>> allocate(const QString& residentId,
                                                   const QString& purpose = QStringLiteral("dues"),
                                                   std::optional<Money> limit = std::nullopt,
                                                   const QStringList& chosen = {});
    // Takes back up to `amount` allocated to the invoice, newest first, so the
    // money is the payer's credit again (a credit note or cancellation).
    store::StoreStatus releaseFromInvoice(const QString& invoiceId, Money amount);
    // Takes back everything allocated from the payment (a bounced cheque).
    store::StoreStatus releaseFromPayment(const QString& paymentId);
    // What the resident has paid and not yet had allocated.
    store::StoreResult<Money> advanceCredit(const QString& residentId) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
