#pragma once

#include "domain/Money.h"
#include "store/KnownId.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// The lists of what a PG has (CLI.md `property list`, `room list`, `bed list`,
// `meter list`; the desktop's screens read the same): one read each, a failed
// query an error, never an empty list. A property id that names nothing is refused.
class InventoryList
{
public:
    struct PropertyRow
    {
        QString id;
        QString name;
        QString kind; // pg | hostel | coliving | apartment
        QString city;
        QString stateCode;
        QString address;
        QString pincode;
        int rooms = 0;
        int beds = 0;
    };
    struct RoomRow
    {
        QString id;
        QString propertyId;
        QString propertyName;
        QString floor;
        QString number;
        int beds = 0;
        int occupied = 0; // beds with someone on them today
        QString meterId;  // the room's active meter, empty when it has none
    };
    struct BedRow
    {
        QString id;
        QString propertyId;
        QString roomId;
        QString roomNumber;
        QString label; // A, B, C…
        Money rent;    // the bed's monthly rent
        // vacant | occupied | vacating (its resident gave notice) | reserved | maintenance
        QString status;
        QString residentId; // who is on it (or booked onto it); empty when nobody
        QString residentName;
        QString name() const { return roomNumber + QLatin1Char('-') + label; } // "101-A"
    };
    struct MeterRow
    {
        QString id;
        QString propertyId;
        QString roomId; // empty: a common-area meter
        QString roomNumber;
        QString kind; // electricity | water | gas
        QString serial;
        bool active = true;
        Money unitRate;
        Money fixedCharge;
        QDate lastReadingDate; // invalid when never read
        qint64 lastReadingHundredths = 0;
    };
    struct BedFilter
    {
        QString propertyId; // empty: every property
        QString status;     // empty: every status; else one of BedRow::status
    };

    explicit InventoryList(store::Store& store) : m_store(store) {}

    store::StoreResult<QList<PropertyRow>> properties() const;
    store::StoreResult<QList<RoomRow>> rooms(const QString& propertyId = {}) const;
    // Refuses a status that is not one of BedRow::status, naming the field "status".
    store::StoreResult<QList<BedRow>> beds(const BedFilter& filter) const;
    store::StoreResult<QList<MeterRow>> meters(const QString& propertyId = {}) const;
    // The property a room, bed or meter is in (a property's own id for a property); an id
    // that names no live record of that kind is refused naming `id`.
    store::StoreResult<QString> propertyOf(store::RecordKind kind, const QString& id) const;

private:
    store::StoreStatus checkProperty(const QString& propertyId) const;
    store::Store& m_store;
};

} // namespace rentflow
