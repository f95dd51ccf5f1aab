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

// Payments with their receipt numbers (CLI.md `payment list`, the desktop's
// payments screen). One read; a failed query is an error; an unknown resident is
// refused, not shown as one without payments.
class PaymentList
{
public:
    struct Row
    {
        QString id;
        QString receiptNumber;
        QString residentId;
        QString residentName;
        QDate date; // received on
        Money amount;
        QString method; // cash | upi | bank | cheque | card
        QString reference;
        QString purpose; // dues | deposit
        QString status;  // received | reversed
        Money allocated; // to invoices (live allocations)
    };
    struct Filter
    {
        QString residentId; // empty: everyone
        QDate from;         // invalid: from the first
        QDate to;           // invalid: to the last
    };

    explicit PaymentList(store::Store& store) : m_store(store) {}

    store::StoreResult<QList<Row>> list(const Filter& filter) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
