#pragma once

#include <render/PageFrame.h>

#include <store/StoreError.h>

namespace rentflow::store {
class Store;
}

namespace rentflow::reports {

// The organisation as documents print it: the letterhead on every page, and what
// invoices and receipts add (UPI ID, bank account, terms, the signatory).
struct Issuer
{
    Letterhead letterhead;
    QString stateCode;
    QString upiVpa;
    QString bankName;
    QString bankAccount;
    QString bankIfsc;
    QString terms;
    QString signatory;
};

// The workspace's organisation; an error when there is none yet or it cannot be read.
store::StoreResult<Issuer> loadIssuer(store::Store& store);

} // namespace rentflow::reports
