#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// What a credit note takes off an invoice, head by head.
struct CreditAmounts
{
    Money taxable; // value before tax (taxable or exempt)
    Money cgst;
    Money sgst;
    Money igst;

    Money total() const { return taxable + cgst + sgst + igst; }
};

// Corrections of issued invoices (SPEC §4.8): an invoice is never edited; it
// is cancelled (number kept, shown as cancelled) or reduced by a credit note
// with its own number that refers to the invoice's number and date (CGST Rule
// 53). Money already allocated to what is taken off goes back to the payer's
// credit and is used by their other open invoices.
class InvoiceCorrections
{
public:
    struct Issued
    {
        QString id;
        QString number;
        Money givenBack; // what had been paid beyond what the note left: the payer's credit again
    };

    explicit InvoiceCorrections(store::Store& store) : m_store(store) {}

    // `credit-note add`: all text, unchecked. The amount includes tax; the
    // invoice's tax is taken off in the same proportion.
    store::StoreResult<Issued> creditNote(const QString& invoiceId, const QString& amount,
                                          const QString& reason, QDate today);
    // Exact heads, for callers that worked them out (check-out). Inside a transaction.
    store::StoreResult<Issued> issueCreditNote(const QString& invoiceId,
                                               const CreditAmounts& amounts, const QString& reason,
                                               QDate date);
    // `invoice cancel`: the whole invoice; what it billed can be billed again.
    store::StoreStatus cancel(const QString& invoiceId, const QString& reason, QDate today);

private:
    store::Store& m_store;
};

} // namespace rentflow
