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

// A credit or debit note issued against an invoice, as its detail lists them.
struct InvoiceNoteSummary
{
    enum class Kind
    {
        Credit,
        Debit,
    };
    Kind kind = Kind::Credit;
    QString id;
    QString number;
    QDate issueDate;
    QString reason;
    Money total;
};

// A payment's share of an invoice (payment_allocation), with the payment it came from.
struct InvoiceAllocationSummary
{
    QString paymentId;
    QDate receivedOn;
    QString method; // cash | upi | bank | cheque | card
    QString reference;
    QString receiptNumber; // empty when the payment has no receipt
    Money amount;
    bool reversed = false; // the payment was reversed (a bounced cheque)
};

// What happened to an invoice after it was issued: its notes (credit notes first,
// then debit notes, each in issue order) and the payments allocated to it. An
// unknown invoice id is bad input naming `invoice`; a failed read is the error.
store::StoreResult<QList<InvoiceNoteSummary>> notesOfInvoice(store::Store& store,
                                                             const QString& invoiceId);
store::StoreResult<QList<InvoiceAllocationSummary>> allocationsOfInvoice(store::Store& store,
                                                                         const QString& invoiceId);

// A one-off charge or late fee as the charges list shows it (for `charge waive`).
struct ChargeSummary
{
    QString id;
    QString kind; // one_off | damage | late_fee | deposit | advance | other
    QString description;
    Money amount;
    QDate date;
    QString invoiceId; // empty: not billed yet
    QString invoiceNumber;
    bool waived = false;
    QString waiverReason;
};

// Every charge of a resident (newest first), waived ones included. An unknown
// resident is bad input naming `resident`.
store::StoreResult<QList<ChargeSummary>> chargesOfResident(store::Store& store,
                                                           const QString& residentId);

} // namespace rentflow
