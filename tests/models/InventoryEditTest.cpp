// Editing what a PG has from the desktop: a bed's rent, deposit and maintenance, a meter
// added with its tariff, a meter's tariff read back for editing. Each change audited;
// nothing written when anything is refused; the status checks inside the write.
#include <inventory/BedRepository.h>
#include <inventory/InventoryList.h>
#include <inventory/MeterRepository.h>
#include <inventory/RoomSetup.h>
#include <stays/CheckIn.h>
#include <store/RecordHistory.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

qint64 count(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0).toLongLong();
}

qint64 audits(store::Store& store)
{
    return count(store, QStringLiteral("SELECT count(*) FROM change_log"));
}

template <typename Result> QStringList refusedFields(const Result& result)
{
    EXPECT_FALSE(result.ok());
    QStringList fields;
    if (!result.ok())
        for (const FieldError& e : result.error().fields)
            fields << e.field;
    fields.sort();
    fields.removeDuplicates();
    return fields;
}

} // namespace

TEST(BedEdit, ChangesRentAndDepositOnlyAndAuditsThem)
{
    test::SamplePg pg;
    BedChanges changes;
    changes.rent = QStringLiteral("12,500");
    changes.deposit = QStringLiteral("25000");
    const auto saved = BedRepository(pg.store()).update(pg.bedIds[1], changes);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved.value().rent, Money::fromRupees(12500));
    EXPECT_EQ(saved.value().deposit, Money::fromRupees(25000));
    EXPECT_EQ(saved.value().status, QStringLiteral("vacant"));
    const auto history = store::RecordHistory(pg.store()).of(QStringLiteral("bed"), pg.bedIds[1]);
    ASSERT_TRUE(history.ok());
    // The insert, then one update naming both changed columns.
    ASSERT_EQ(history.value().size(), 2);
    // Other beds of the room keep ₹12,000.
    EXPECT_EQ(BedRepository(pg.store()).find(pg.bedIds[0]).value()->rent, Money::fromRupees(12000));
}

TEST(BedEdit, RefusesBadAmountsFieldByFieldAndWritesNothing)
{
    test::SamplePg pg;
    const qint64 before = audits(pg.store());
    BedChanges changes;
    changes.rent = QStringLiteral("0");
    changes.deposit = QStringLiteral("-5");
    changes.maintenance = true;
    EXPECT_EQ(refusedFields(BedRepository(pg.store()).update(pg.bedIds[0], changes)),
              (QStringList{QStringLiteral("deposit"), QStringLiteral("rent")}));
    changes = {};
    changes.rent = QStringLiteral("12,0,00");
    EXPECT_EQ(refusedFields(BedRepository(pg.store()).update(pg.bedIds[0], changes)),
              QStringList{QStringLiteral("rent")});
    changes.rent = QStringLiteral("9000");
    EXPECT_EQ(refusedFields(BedRepository(pg.store()).update(QStringLiteral("nope"), changes)),
              QStringList{QStringLiteral("bed")});
    EXPECT_EQ(audits(pg.store()), before);
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM bed WHERE status = "
                                               "'maintenance' OR rent_paise <> 1200000")),
              0);
}

TEST(BedEdit, MaintenanceOnlyOnAVacantBedAndBackToVacant)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    BedChanges on;
    on.maintenance = true;
    const qint64 before = audits(pg.store());
    EXPECT_EQ(refusedFields(BedRepository(pg.store()).update(pg.bedIds[0], on)),
              QStringList{QStringLiteral("status")});
    EXPECT_EQ(audits(pg.store()), before);

    const auto down = BedRepository(pg.store()).update(pg.bedIds[1], on);
    ASSERT_TRUE(down.ok());
    EXPECT_EQ(down.value().status, QStringLiteral("maintenance"));
    // Check-in refuses it now (the bed is under maintenance).
    EXPECT_EQ(refusedFields(CheckIn(pg.store())
                                .run({pg.residentIds[1], pg.bedIds[1], QStringLiteral("2026-11-01"),
                                      QStringLiteral("12000"), QStringLiteral("0")},
                                     QDate(2026, 11, 1))),
              QStringList{QStringLiteral("bed")});
    BedChanges off;
    off.maintenance = false;
    const auto up = BedRepository(pg.store()).update(pg.bedIds[1], off);
    ASSERT_TRUE(up.ok());
    EXPECT_EQ(up.value().status, QStringLiteral("vacant"));
    // Off on a bed that is not under maintenance changes nothing (an occupied bed stays so).
    const auto same = BedRepository(pg.store()).update(pg.bedIds[0], off);
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same.value().status, QStringLiteral("occupied"));
}

TEST(MeterEdit, AddsAMeterWithItsTariffInOneUnitAndReadsTheTariffBack)
{
    test::SamplePg pg;
    MeterRepository::TariffInput tariff;
    tariff.unitRate = QStringLiteral("0");
    tariff.fixedCharge = QStringLiteral("150");
    tariff.slabs = {QStringLiteral("100:6.50"), QStringLiteral("*:8")};
    const auto added = MeterRepository(pg.store()).add(pg.propertyId, {}, tariff);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    const auto meters = InventoryList(pg.store()).meters(pg.propertyId);
    ASSERT_TRUE(meters.ok());
    ASSERT_EQ(meters.value().size(), 2); // room 101's and the common area's
    const auto back = MeterRepository(pg.store()).tariff(added.value());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().fixedCharge, QStringLiteral("150.00"));
    EXPECT_EQ(back.value().slabs,
              (QStringList{QStringLiteral("100.00:6.50"), QStringLiteral("*:8.00")}));
    // What was read back is accepted as typed again, unchanged.
    EXPECT_TRUE(MeterRepository(pg.store()).setTariff(back.value()).ok());
    EXPECT_EQ(MeterRepository(pg.store()).tariff(added.value()).value().slabs, back.value().slabs);
}

TEST(MeterEdit, ARefusedTariffOrRoomAddsNoMeter)
{
    test::SamplePg pg;
    const qint64 before = audits(pg.store());
    MeterRepository::TariffInput tariff;
    tariff.unitRate = QStringLiteral("six");
    EXPECT_EQ(refusedFields(MeterRepository(pg.store()).add(pg.propertyId, pg.roomId, tariff)),
              QStringList{QStringLiteral("rate")});
    tariff.unitRate = QStringLiteral("7");
    EXPECT_EQ(refusedFields(
                  MeterRepository(pg.store()).add(pg.propertyId, QStringLiteral("nope"), tariff)),
              QStringList{QStringLiteral("room")});
    EXPECT_EQ(audits(pg.store()), before);
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM meter")), 1);
    EXPECT_EQ(refusedFields(MeterRepository(pg.store()).tariff(QStringLiteral("nope"))),
              QStringList{QStringLiteral("meter")});
}

TEST(InventoryList, FindsThePropertyOfARoomBedOrMeter)
{
    test::SamplePg pg;
    InventoryList list(pg.store());
    EXPECT_EQ(list.propertyOf(store::RecordKind::Bed, pg.bedIds[2]).value(), pg.propertyId);
    EXPECT_EQ(list.propertyOf(store::RecordKind::Room, pg.roomId).value(), pg.propertyId);
    EXPECT_EQ(list.propertyOf(store::RecordKind::Meter, pg.meterId).value(), pg.propertyId);
    EXPECT_EQ(list.propertyOf(store::RecordKind::Property, pg.propertyId).value(), pg.propertyId);
    // A bed's id is not a room's.
    EXPECT_EQ(refusedFields(list.propertyOf(store::RecordKind::Room, pg.bedIds[0])),
              QStringList{QStringLiteral("id")});
    EXPECT_EQ(refusedFields(list.propertyOf(store::RecordKind::Resident, pg.residentIds[0])),
              QStringList{QStringLiteral("id")});
}

TEST(RoomSharing, ABedAddedTakesTheNextLetterAndRaisesTheSharing)
{
    test::SamplePg pg; // room 101: A, B, C
    const auto added = RoomSetup(pg.store()).addBed(pg.roomId, QStringLiteral("11,000"));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    const auto bed = BedRepository(pg.store()).find(added.value()).value();
    EXPECT_EQ(bed->label, QStringLiteral("D"));
    EXPECT_EQ(bed->rent, Money::fromRupees(11000));
    EXPECT_EQ(bed->deposit, Money::fromRupees(11000));
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT sharing FROM room")), 4);

    // Taken out again (never let): sharing back to 3; the letter comes back next time.
    ASSERT_TRUE(RoomSetup(pg.store()).removeBed(added.value()).ok());
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT sharing FROM room")), 3);
    EXPECT_EQ(BedRepository(pg.store()).listForRoom(pg.roomId).value().size(), 3);
    const auto again = RoomSetup(pg.store()).addBed(pg.roomId, QStringLiteral("11000"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(BedRepository(pg.store()).find(again.value()).value()->label, QStringLiteral("D"));
}

TEST(RoomSharing, RefusesBadRentUnknownRoomAndABedThatWasLet)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    const qint64 before = audits(pg.store());
    EXPECT_EQ(refusedFields(RoomSetup(pg.store()).addBed(pg.roomId, QStringLiteral("0"))),
              QStringList{QStringLiteral("rent")});
    EXPECT_EQ(
        refusedFields(RoomSetup(pg.store()).addBed(QStringLiteral("nope"), QStringLiteral("9000"))),
        (QStringList{QStringLiteral("room")}));
    // Bed A has a stay on it: it stays on file.
    EXPECT_EQ(refusedFields(RoomSetup(pg.store()).removeBed(pg.bedIds[0])),
              QStringList{QStringLiteral("bed")});
    EXPECT_EQ(audits(pg.store()), before);
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT sharing FROM room")), 3);
}

TEST(RoomSharing, ARoomKeepsAtMostTwentyBedsAndAtLeastOne)
{
    test::SamplePg pg;
    auto single = RoomSetup(pg.store())
                      .add({pg.propertyId, QStringLiteral("1"), QStringLiteral("104"),
                            QStringLiteral("1"), QStringLiteral("9000"), false});
    ASSERT_TRUE(single.ok());
    EXPECT_EQ(refusedFields(RoomSetup(pg.store()).removeBed(single.value().bedIds[0])),
              QStringList{QStringLiteral("bed")});
    auto full = RoomSetup(pg.store())
                    .add({pg.propertyId, QStringLiteral("1"), QStringLiteral("105"),
                          QStringLiteral("20"), QStringLiteral("9000"), false});
    ASSERT_TRUE(full.ok());
    EXPECT_EQ(
        refusedFields(RoomSetup(pg.store()).addBed(full.value().roomId, QStringLiteral("9000"))),
        QStringList{QStringLiteral("beds")});
}
