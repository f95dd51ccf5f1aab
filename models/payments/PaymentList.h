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
        QString residentId;       // empty: everyone
        QDate from;               // invalid: from the first
        QDate to;                 // invalid: to the last
        QString method = {};      // cash | upi | bank | cheque | card; empty: any
        QString status = {};      // received | reversed; empty: any
        bool newestFirst = false; // the screen lists the latest first
        int limit = -1;           // at most this many rows; -1: all
        int offset = 0;           // skip this many first (a list that loads a page at a time)
    };

    explicit PaymentList(store::Store& store) : m_store(store) {}

    store::StoreResult<QList<Row>> list(const Filter& filter) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
