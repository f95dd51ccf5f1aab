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

// The deposit refund of a check-out's settlement, as its voucher shows it: the
// figures CheckOut recorded on the settlement row and its lines, read as they are
// (nothing is worked out again here), with the resident and the stay.
struct IssuedDepositRefund
{
    // One line set against the deposit or added to it.
    struct Line
    {
        enum class Kind
        {
            AdvanceCredit,    // the resident's advance, not used, returned with the deposit
            CreditNoteCredit, // money credit notes gave back, returned with the deposit
            Deduction,        // a deduction with its reason
            DebitNoteTax,     // tax put right by a debit note (the 90-day condition)
        };
        Kind kind;
        QString text;         // a deduction's reason
        QString debitNote;    // the debit note's number
        QString debitInvoice; // the invoice it put right
        Money amount;
    };

    QString settlementId;
    QString number; // the settlement's
    QDate date;
    QString residentId;
    QString residentName;
    QString residentLanguage;
    QString residentPhone;
    QString agreementId;
    QDate stayFrom;
    QDate lastDay;
    QString propertyName;
    QString propertyAddress;
    QString bed; // the stay's last bed, "101/A"
    Money held;
    Money unpaidDues;
    Money noticeShortfall;
    Money refund;          // what the resident is paid back
    Money owed;            // what the resident still owes (then refund is zero)
    Money depositRefunded; // of the refund, the deposit's own part (its `refund` entry)
    QString finalInvoiceNumber;
    QList<Line> lines; // credit returned first, then deductions, then tax, as recorded
};

// Reads one settlement's refund. An id that names no settlement is bad input naming
// `field`; a failed read is the error.
store::StoreResult<IssuedDepositRefund>
loadIssuedDepositRefund(store::Store& store, const QString& id,
                        const QString& field = QStringLiteral("id"));

} // namespace rentflow
