#include "RoomSetup.h"

#include "BedRepository.h"
#include "FloorRepository.h"
#include "MeterRepository.h"
#include "PropertyRepository.h"
#include "RoomRepository.h"
#include "domain/InputCheck.h"
#include "domain/Money.h"
#include "store/Store.h"

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {
// Beds are lettered A, B, C … within a room, as PGs label them on the door.
QString bedLabel(int index)
{
    return QString(QChar(u'A' + index));
}
} // namespace

StoreResult<RoomSetupResult> RoomSetup::add(const RoomSetupInput& input)
{
    InputCheck check;
    const QString floor = check.text(QStringLiteral("floor"), input.floor, 50, true);
    const QString number = check.text(QStringLiteral("number"), input.number, 20, true);
    bool bedsOk = false;
    const int beds = input.beds.trimmed().toInt(&bedsOk);
    check.require(bedsOk && beds >= 1 && beds <= kMaxBedsPerRoom, QStringLiteral("beds"),
                  QCoreApplication::translate("RoomSetup", "is a whole number from 1 to %1")
                      .arg(kMaxBedsPerRoom));
    const auto rent = check.required<Money>(QStringLiteral("rent"), input.rent, &Money::parse);
    if (rent)
        check.require(rent->paise() > 0 && rent->paise() <= Money::kMaxEverydayPaise,
                      QStringLiteral("rent"),
                      QCoreApplication::translate(
                          "RoomSetup", "is a monthly rent above 0 and at most 10,00,000"));
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto propertyRead = PropertyRepository(m_store).find(input.propertyId.trimmed());
    if (!propertyRead)
        return propertyRead.error();
    const auto& property = propertyRead.value();
    check.require(
        property.has_value(), QStringLiteral("property"),
        QCoreApplication::translate("RoomSetup", "no property with id '%1'").arg(input.propertyId));
    if (property && !number.isEmpty()) {
        const auto sameNumber = RoomRepository(m_store).findByNumber(property->id, number);
        if (!sameNumber)
            return sameNumber.error();
        check.require(!sameNumber.value(), QStringLiteral("number"),
                      QCoreApplication::translate("RoomSetup", "room %1 already exists in %2")
                          .arg(number, property->name));
    }
    if (!check.ok())
        return StoreError::invalid(check.errors());
    auto floorId = FloorRepository(m_store).findOrAdd(property->id, floor);
    if (!floorId)
        return floorId.error();
    RoomSetupResult result;
    auto roomId = RoomRepository(m_store).add(property->id, floorId.value(), number, beds);
    if (!roomId)
        return roomId.error();
    result.roomId = roomId.value();
    BedRepository bedRepository(m_store);
    for (int i = 0; i < beds; ++i) {
        // The deposit defaults to one month's rent; it is set per agreement at check-in.
        auto bedId = bedRepository.add(result.roomId, bedLabel(i), *rent, *rent);
        if (!bedId)
            return bedId.error();
        result.bedIds.append(bedId.value());
    }
    if (input.withMeter) {
        auto meterId = MeterRepository(m_store).addElectricity(property->id, result.roomId);
        if (!meterId)
            return meterId.error();
        result.meterId = meterId.value();
    }
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return result;
}

} // namespace rentflow
