#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// What residents owe (SPEC §4.10): a resident's ledger with its running balance,
// dues ageing, and who to collect from today. Deposits are held, not dues, and
// are not in here.
class DuesReport
{
public:
    struct LedgerEntry
    {
        QDate date;
        QString kind;     // invoice | payment | credit_note | credit_returned | deposit_adjusted
                          // (the last two at a settlement)
        QString document; // invoice, receipt or credit-note number
        Money debit;      // what the resident was billed
        Money credit;     // what they paid or were credited
        Money balance;    // running: positive means they owe
    };
    struct Ageing // open balances by days past their due date
    {
        Money upTo30;
        Money upTo60;
        Money upTo90;
        Money over90;
        Money total() const { return upTo30 + upTo60 + upTo90 + over90; }
    };
    struct Due
    {
        QString residentId;
        QString name;
        QString phone;
        Money amount;
        QDate oldestDueDate;
    };
    struct ResidentAgeing // one resident's open balances by days past due
    {
        QString residentId;
        QString name;
        QString phone;
        Ageing ageing;
        QDate oldestDueDate;
    };
    struct Owed // what one resident owes now (the payment dialog shows it)
    {
        Money open;    // issued invoices' open balances
        Money advance; // paid and not yet allocated
        int openInvoices = 0;
        QDate oldestDueDate;                             // of the open invoices; invalid when none
        Money balance() const { return open - advance; } // + owes, − in credit
    };

    explicit DuesReport(store::Store& store) : m_store(store) {}

    store::StoreResult<QList<LedgerEntry>> ledger(const QString& residentId) const;
    store::StoreResult<Ageing> ageing(QDate asOf) const;
    // Residents with something due on or before `asOf`, largest amount first.
    store::StoreResult<QList<Due>> toCollect(QDate asOf) const;
    // ageing() resident by resident: everyone with an open balance, largest total first.
    store::StoreResult<QList<ResidentAgeing>> ageingByResident(QDate asOf) const;
    // An unknown resident is refused.
    store::StoreResult<Owed> owed(const QString& residentId) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
