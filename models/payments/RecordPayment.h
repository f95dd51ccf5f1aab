#pragma once

#include "ledger/PaymentAllocator.h"

#include <QDate>

namespace rentflow {

// `payment add`: what a user types (SPEC §4.7); all text, unchecked.
struct PaymentInput
{
    QString residentId;
    QString amount;
    QString method;                           // cash | upi | bank | cheque | card
    QString reference;                        // UTR, cheque number…; required for cheques
    QString date;                             // YYYY-MM-DD; empty: today
    QString purpose = QStringLiteral("dues"); // dues | deposit (held apart, never allocated)
    QStringList invoiceIds = {}; // chosen open invoices to pay first; empty: oldest first
};

// Records a payment with its numbered receipt and allocates it to the oldest
// open invoices; what is left stays as advance credit for later invoices. A
// deposit payment is held against the resident's stay instead (SPEC §4.9).
class RecordPayment
{
public:
    struct Recorded
    {
        QString paymentId;
        QString receiptNumber;
        QList<PaymentAllocator::Allocation> allocations;
        Money advance; // the resident's unallocated credit afterwards
    };

    explicit RecordPayment(store::Store& store) : m_store(store) {}
    store::StoreResult<Recorded> run(const PaymentInput& input, QDate today);

private:
    store::Store& m_store;
};

} // namespace rentflow
