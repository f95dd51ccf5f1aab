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

// The beds of a property a new stay (check-in, transfer) can take from a day on: not under
// maintenance and held by no stay on that day or after (a stay under notice holds its bed
// until the intended move-out), the same rule CheckIn and Transfer apply when they write.
class FreeBeds
{
public:
    struct Bed
    {
        QString id;
        QString roomNumber;
        QString label;
        Money rent;     // the bed's monthly rent
        Money deposit;  // the bed's usual security deposit
        QString status; // vacant | occupied (leaving before that day) | reserved
        QString name() const { return roomNumber + QLatin1Char('-') + label; } // "101-A"
    };

    explicit FreeBeds(store::Store& store) : m_store(store) {}
    // In walking order (room number as a number, then label). Refuses an unknown property.
    store::StoreResult<QList<Bed>> of(const QString& propertyId, QDate from) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
