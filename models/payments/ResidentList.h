#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Residents as a list shows them (CLI.md `resident list`, the desktop's resident
// screen): who, their bed and what they owe. One read; a failed query is an error.
class ResidentList
{
public:
    struct Row
    {
        QString id;
        QString name;
        QString phone;    // +91XXXXXXXXXX
        QString bedId;    // their current (or booked) bed; empty without a stay
        QString bed;      // "101-A"
        QString property; // the bed's property's name
        QString stay;     // active | notice | empty without a stay
        Money balance;    // open invoice balances less unallocated advance: + owes, − in credit
    };
    struct Filter
    {
        // Any part of the name, phone, room number or bed ("101-A"), any case; empty: all.
        QString search;
        bool activeOnly = false; // only residents with a current stay (active or under notice)
        int limit = -1;          // at most this many rows (in name order); -1: all
        int offset = 0;          // skip this many first (a list that loads a page at a time)
    };

    explicit ResidentList(store::Store& store) : m_store(store) {}

    store::StoreResult<QList<Row>> list(const Filter& filter) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
