#pragma once

#include <render/PageFrame.h>

#include <store/StoreError.h>

namespace rentflow::store {
class Store;
}

namespace rentflow {
struct IssuedInvoice;
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

// The issuer as an invoice (and its credit and debit notes) was issued: its GSTIN,
// and from schema v9 its name, legal name and address, kept on the invoice (Rule
// 46(a)); the rest (logo, bank, terms) as the organisation has them now.
Issuer issuerAsIssued(const Issuer& now, const IssuedInvoice& invoice);

} // namespace rentflow::reports
