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

// Every bed of one property as the desktop's bed board shows it (SPEC §2, issue 10):
// where it is, what it costs, its state, who is on it and what they owe, and when it
// comes free. One query; a failed read is an error, never an empty board; a property id
// that names nothing is refused (`property`).
class BedBoard
{
public:
    struct Tile
    {
        QString bedId;
        QString roomId;
        QString roomNumber;
        QString floorName;
        int floorLevel = 0;
        int sharing = 1; // beds in the room
        QString label;   // A, B, C…
        Money rent;
        Money deposit;
        // vacant | occupied | vacating (its resident gave notice) | reserved (booked from a
        // later day, nobody on it today) | maintenance
        QString status;
        QString residentId; // who is on it, or booked onto it (reserved); empty: nobody
        QString residentName;
        Money dues;               // the resident's open invoices less unallocated payments (+ owes)
        QDate stayFrom;           // the stay's first day on this bed (a reservation's future day)
        QDate vacatingOn;         // the intended last day of a notice; invalid otherwise
        QString nextResidentName; // booked from the day after the notice; empty: nobody
        QDate nextFrom;
        QDate availableFrom; // first day the bed can be let; invalid: not free to let
        QString name() const { return roomNumber + QLatin1Char('-') + label; }
    };

    explicit BedBoard(store::Store& store) : m_store(store) {}

    // In the order a person walks the property: floor by level, room number as a number
    // ("9" before "10"), bed label. `today` decides when a vacant bed is free.
    store::StoreResult<QList<Tile>> read(const QString& propertyId, QDate today) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
