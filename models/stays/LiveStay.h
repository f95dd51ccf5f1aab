#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

class InputCheck;

// A resident's current stay (agreement active or under notice) and the bed
// they hold now: what notice, transfer and check-out start from.
struct LiveStay
{
    QString agreementId;
    QString propertyId;
    QString status; // active | notice
    QDate start;
    Money rent; // in effect today: the last rent change, else the agreement's
    Money deposit;
    int noticeDays = 0;
    QString occupancyId;
    QString bedId;
    QString roomId;
    QDate onBedSince;
    QDate noticeGiven;     // invalid: no notice
    QDate intendedMoveOut; // with the notice
    QDate signedOn;        // invalid: the agreement is not signed yet

    // None when the resident has no current stay; the error when it could not be read.
    static store::StoreResult<std::optional<LiveStay>> of(store::Store& store,
                                                          const QString& residentId);
    // The same, with "has no current stay" recorded against the `resident` field in `check`
    // when there is none: what notice, transfer and check-out ask first.
    static store::StoreResult<std::optional<LiveStay>>
    required(store::Store& store, const QString& residentId, InputCheck& check);
};

} // namespace rentflow
