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

// Every stay a resident has had, bed by bed (a transfer is two rows of one agreement):
// what their profile shows as the stay's history. A failed read is the error.
struct StayHistory
{
    struct Row
    {
        QString agreementId;
        QString status; // the agreement's: draft | active | notice | ended | cancelled
        QString bedId;
        QString bed;      // "101-A"
        QString property; // the property's name
        QDate from;       // on this bed from
        QDate to;         // the last day on this bed; invalid: still there
        Money rent;       // the agreement's rent at check-in
        QDate signedOn;   // the agreement's; invalid: not signed yet
    };

    // Latest first.
    static store::StoreResult<QList<Row>> of(store::Store& store, const QString& residentId);
};

} // namespace rentflow
