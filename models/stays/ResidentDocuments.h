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

// Every document issued to a resident, as `rentflowctl pdf KIND --id ID` writes it:
// what their profile lists, each to open in preview. A failed read is the error.
struct ResidentDocuments
{
    enum class Kind
    {
        Invoice,        // id: the invoice's
        Receipt,        // id: the dues payment's
        DepositReceipt, // id: the deposit payment's
        CreditNote,     // id: the credit note's
        DebitNote,      // id: the debit note's
        Agreement,      // id: the agreement's
        Settlement,     // id: the settlement's
        DepositRefund   // id: the settlement's (one that refunded something)
    };
    struct Row
    {
        Kind kind;
        QString id;
        QString number; // the document's number; empty for an agreement (and a receipt
                        // without a number of its own)
        QDate date;
        Money amount;   // invoice, note: its total; payment: received; agreement: the rent;
                        // settlement: the refund (or what is owed); refund: the refund
        QString status; // invoice: issued | cancelled; payment: received | reversed;
                        // agreement: its status; empty otherwise
    };

    // Latest first.
    static store::StoreResult<QList<Row>> of(store::Store& store, const QString& residentId);
};

} // namespace rentflow
