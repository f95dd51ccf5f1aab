#pragma once

#include "store/StoreError.h"

#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// `room add`: a room with K beds at one rent, and optionally its meter.
struct RoomSetupInput
{
    QString propertyId;
    QString floor;
    QString number;
    QString beds;
    QString rent;
    bool withMeter = false;
};

struct RoomSetupResult
{
    QString roomId;
    QStringList bedIds;
    QString meterId; // empty without a meter
};

class RoomSetup
{
public:
    static constexpr int kMaxBedsPerRoom = 20;

    explicit RoomSetup(store::Store& store) : m_store(store) {}
    // Validates everything first, then writes floor, room, beds and meter in one transaction.
    store::StoreResult<RoomSetupResult> add(const RoomSetupInput& input);
    // One more bed in the room (its sharing goes up by one), lettered after the last, at
    // `rent` (text, unchecked; the deposit defaults to it). Refuses an unknown room
    // (`room`), a bad rent (`rent`) and a room that has kMaxBedsPerRoom beds
    // (`beds`). Returns the bed's id.
    store::StoreResult<QString> addBed(const QString& roomId, const QString& rent);
    // Takes out a bed that was never let (sharing down by one): refused (`bed`) for an
    // unknown bed, the room's last bed, or a bed any stay was ever on (its history stays;
    // put it under maintenance instead).
    store::StoreStatus removeBed(const QString& bedId);

private:
    store::Store& m_store;
};

} // namespace rentflow
