#include "RoomSetup.h"

#include "BedRepository.h"
#include "FloorRepository.h"
#include "MeterRepository.h"
#include "PropertyRepository.h"
#include "RoomRepository.h"
#include "domain/InputCheck.h"
#include "domain/Money.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

#include <optional>

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

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RoomSetup", text);
}

// The room's live beds' labels and its sharing; none when there is no such room.
struct RoomBeds
{
    QStringList labels;
};

StoreResult<std::optional<RoomBeds>> roomBeds(store::Store& store, const QString& roomId)
{
    QSqlQuery room(store.database());
    room.prepare(QStringLiteral("SELECT 1 FROM room WHERE id = ? AND deleted = 0"));
    room.addBindValue(roomId);
    const auto found = store::checkedFirstRow(store, room, QStringLiteral("Reading the room"));
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<RoomBeds>();
    QSqlQuery beds(store.database());
    beds.setForwardOnly(true);
    beds.prepare(QStringLiteral("SELECT label FROM bed WHERE room_id = ? AND deleted = 0"));
    beds.addBindValue(roomId);
    if (auto read = store::checkedExec(store, beds, QStringLiteral("Reading the room's beds"));
        !read)
        return read.error();
    RoomBeds result;
    while (beds.next())
        result.labels << beds.value(0).toString();
    if (auto read = store::checkedEnd(store, beds, QStringLiteral("Reading the room's beds"));
        !read)
        return read.error();
    return std::optional(result);
}

} // namespace

StoreResult<QString> RoomSetup::addBed(const QString& roomId, const QString& rentText)
{
    InputCheck check;
    const auto rent = check.required<Money>(QStringLiteral("rent"), rentText, &Money::parse);
    if (rent)
        check.require(rent->paise() > 0 && rent->paise() <= Money::kMaxEverydayPaise,
                      QStringLiteral("rent"),
                      tr("is a monthly rent above 0 and at most 10,00,000"));
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto beds = roomBeds(m_store, roomId.trimmed());
    if (!beds)
        return beds.error();
    if (!beds.value()) {
        check.fail(QStringLiteral("room"), tr("no room with id '%1'").arg(roomId));
        return StoreError::invalid(check.errors());
    }
    const QStringList& labels = beds.value()->labels;
    check.require(labels.size() < kMaxBedsPerRoom, QStringLiteral("beds"),
                  tr("a room has at most %1 beds").arg(kMaxBedsPerRoom));
    if (!check.ok())
        return StoreError::invalid(check.errors());
    // The first letter from A not taken, so a removed bed's letter comes back.
    int index = 0;
    while (labels.contains(bedLabel(index)))
        ++index;
    auto bedId = BedRepository(m_store).add(roomId.trimmed(), bedLabel(index), *rent, *rent);
    if (!bedId)
        return bedId.error();
    if (auto updated = store::RecordWriter(m_store).update(
            QStringLiteral("room"), roomId.trimmed(),
            {{QStringLiteral("sharing"), int(labels.size()) + 1}});
        !updated)
        return updated.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return bedId.value();
}

store::StoreStatus RoomSetup::removeBed(const QString& bedId)
{
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto bed = BedRepository(m_store).find(bedId.trimmed());
    if (!bed)
        return bed.error();
    if (!bed.value())
        return StoreError::invalid({{QStringLiteral("bed"), tr("no bed with id '%1'").arg(bedId)}});
    QSqlQuery stays(m_store.database());
    stays.prepare(QStringLiteral("SELECT 1 FROM occupancy WHERE bed_id = ? LIMIT 1"));
    stays.addBindValue(bed.value()->id);
    const auto let =
        store::checkedFirstRow(m_store, stays, QStringLiteral("Reading the bed's stays"));
    if (!let)
        return let.error();
    if (let.value() || (bed.value()->status != QLatin1String("vacant") &&
                        bed.value()->status != QLatin1String("maintenance")))
        return StoreError::invalid(
            {{QStringLiteral("bed"),
              tr("bed %1 has been let: its stays stay on file, so it cannot be taken out; "
                 "put it under maintenance instead")
                  .arg(bed.value()->label)}});
    const auto beds = roomBeds(m_store, bed.value()->roomId);
    if (!beds)
        return beds.error();
    if (!beds.value() || beds.value()->labels.size() <= 1)
        return StoreError::invalid({{QStringLiteral("bed"), tr("a room keeps at least one bed")}});
    store::RecordWriter writer(m_store);
    if (auto removed = writer.remove(QStringLiteral("bed"), bed.value()->id); !removed)
        return removed;
    if (auto updated =
            writer.update(QStringLiteral("room"), bed.value()->roomId,
                          {{QStringLiteral("sharing"), int(beds.value()->labels.size()) - 1}});
        !updated)
        return updated;
    return tx.commit();
}

} // namespace rentflow
