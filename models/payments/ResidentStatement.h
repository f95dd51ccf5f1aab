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

// A resident's statement for a period (SPEC §4.10, §5.4): DuesReport's ledger cut to the
// period, with the balance brought forward, each entry's running balance as the ledger
// gives it, and what a printed statement adds: an invoice's period, a payment's mode and
// reference, the invoice a credit note corrects. A payment that was reversed (a bounced
// cheque) is not in the ledger; it is shown as a note on the day it was reversed, with
// no amount in the columns, so every balance stays the ledger's to the paisa.
struct ResidentStatement
{
    struct Input // all text, unchecked
    {
        QString residentId;
        QString from; // YYYY-MM-DD
        QString to;
    };
    struct Entry
    {
        QDate date;
        QString kind; // the ledger's (invoice | payment | credit_note | credit_returned |
                      // deposit_adjusted), or reversal (a note: debit and credit zero)
        QString document;
        Money debit;
        Money credit;
        Money balance;
        QDate periodFrom; // invoice: the days it bills
        QDate periodTo;
        QString method;    // payment, reversal: cash | upi | bank | cheque | card
        QString reference; // payment, reversal: UTR, cheque number
        QString related;   // credit note: the invoice's number
        Money reversedAmount;
        QDate receivedOn; // reversal: the day the payment was received
        QString reason;   // reversal: why
    };

    QString residentId;
    QString residentName;
    QString residentPhone;
    QString residentLanguage;
    QString premises; // the latest stay's property and bed; empty: none
    QDate from;
    QDate to;
    Money opening; // the balance brought forward: the ledger's before `from`
    Money totalDebit;
    Money totalCredit;
    Money closing; // the ledger's balance on `to`
    QList<Entry> entries;

    // A bad date or a `from` after `to` is bad input naming `from`/`to`; an unknown
    // resident names `resident`; a failed read is the error.
    static store::StoreResult<ResidentStatement> of(store::Store& store, const Input& input);
};

} // namespace rentflow
