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
        bool activeOnly = false;   // only residents with a current stay (active or under notice)
        bool withDuesOnly = false; // only residents who owe something (balance > 0)
        int limit = -1;            // at most this many rows (in name order); -1: all
        int offset = 0;            // skip this many first (a list that loads a page at a time)
    };

    explicit ResidentList(store::Store& store) : m_store(store) {}

    // One page of rows in name order: the page is chosen first and only its rows'
    // balances are summed, so a page of 200 costs the same at 20,000 residents.
    store::StoreResult<QList<Row>> list(const Filter& filter) const;
    // How many rows the filter has in all (its limit and offset ignored).
    store::StoreResult<int> count(const Filter& filter) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
