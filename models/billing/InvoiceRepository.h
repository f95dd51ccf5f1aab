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
    Money balance;  // total − allocations − credit notes
    QString status; // cancelled | paid | partly_paid | unpaid
};

class InvoiceRepository
{
public:
    struct Filter
    {
        QString billingMonth; // YYYY-MM: the month the charges are for, not the issue date
        QString residentId;
    };

    explicit InvoiceRepository(store::Store& store) : m_store(store) {}
    // In issue order (date, then number).
    store::StoreResult<QList<InvoiceSummary>> list(const Filter& filter) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
