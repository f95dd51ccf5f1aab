#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// An issued invoice as lists and ledgers show it.
struct InvoiceSummary
{
    QString id;
    QString number;
    QString residentId;
    QString billingMonth;
    QDate issueDate;
    QDate dueDate;
    Money total;
    Money balance;             // total − allocations − credit notes
    QString status;            // cancelled | paid | partly_paid | unpaid
    QString residentName = {}; // as on file now (first and last name)
    QString propertyId = {};
    QString propertyName = {};
};

class InvoiceRepository
{
public:
    struct Filter
    {
        QString billingMonth; // YYYY-MM: the month the charges are for, not the issue date
        QString residentId;
        QString propertyId = {};
        QString status = {};     // issued | cancelled; empty: both
        bool unpaidOnly = false; // issued with something still owed
        QString search = {};     // any part of the resident's name or of the number
    };

    explicit InvoiceRepository(store::Store& store) : m_store(store) {}
    // In issue order (date, then number).
    store::StoreResult<QList<InvoiceSummary>> list(const Filter& filter) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
