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

private:
    store::Store& m_store;
};

} // namespace rentflow
