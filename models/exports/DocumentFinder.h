#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Every issued document found by its number (the desktop's "find a document"):
// invoices, receipts, credit and debit notes, settlements and their refund vouchers.
// A failed query is an error, never "nothing found".
class DocumentFinder
{
public:
    struct Found
    {
        enum class Kind
        {
            Invoice,
            Receipt,        // a dues payment's receipt
            DepositReceipt, // a deposit payment's receipt
            CreditNote,
            DebitNote,
            Settlement,
            DepositRefund // a settlement's refund voucher (its number is the settlement's)
        };
        Kind kind;
        QString
            id; // what `rentflowctl pdf KIND --id` takes: the invoice, payment, note or settlement
        QString number;
        QDate date;
        QString residentName;
        Money amount;   // the document's total (a receipt: the payment; a settlement: the refund)
        QString status; // issued | cancelled (invoices) | received | reversed (receipts)
    };

    explicit DocumentFinder(store::Store& store) : m_store(store) {}

    // Documents whose number contains `text` (any case), newest first, at most
    // `limit`. Text that is blank is refused, naming "number".
    store::StoreResult<QList<Found>> find(const QString& text, int limit = 100) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
