// The listing commands (CLI.md: property, room, bed, meter, resident, payment list),
// run in-process on a small PG whose every figure is worked out below.
#include "CtlInProcess.h"

#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <payments/RecordPayment.h>
#include <residents/ResidentRepository.h>
#include <stays/GiveNotice.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// Sunrise PG (SamplePg): Koramangala, room 101 with beds A, B, C at ₹12,000 and a
// meter; a second property, Indiranagar, with room 9 (one bed at ₹8,000, no meter).
//  - Lakshmi Narayanan on 101-A from 1 October 2026 at ₹12,000; October billed on
//    1 October: ₹12,000, exempt (≤ ₹20,000 a month), so the invoice is ₹12,000.00.
//    She paid ₹5,000 on 5 October (receipt KORAR/2627/0001): she owes
//    12,000 − 5,000 = ₹7,000.00.
//  - Arjun Mehta on 101-B from 1 November, not billed yet, notice given to leave on
//    30 November (101-B is vacating); he paid ₹1,000 ahead on 2 November (receipt
//    KORAR/2627/0002), with nothing to allocate it to: balance −₹1,000.00.
//  - Meera Iyer has no stay and no money: balance ₹0.00.
//  - 101-C and Indiranagar 9-A are vacant.
//  - The meter of room 101 was read on 1 October at 1234.5 units.
class CtlListTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store::Store& s = pg.store();
        indiranagar = PropertyRepository(s)
                          .add({QStringLiteral("Indiranagar"),
                                QStringLiteral("Bengaluru"),
                                QStringLiteral("29"),
                                {},
                                {}})
                          .value();
        auto room = RoomSetup(s).add({indiranagar, QStringLiteral("G"), QStringLiteral("9"),
                                      QStringLiteral("1"), QStringLiteral("8000"), false});
        ASSERT_TRUE(room.ok());
        indiranagarBed = room.value().bedIds.first();
        meera = ResidentRepository(s)
                    .add({QStringLiteral("Meera Iyer"), QStringLiteral("9845012347"), {}, {}, {}})
                    .value();
        ASSERT_TRUE(RecordReading(s)
                        .run({pg.meterId, QStringLiteral("2026-10-01"), QStringLiteral("1234.5")},
                             QDate(2026, 10, 1))
                        .ok());
        pg.checkIn(0, 0, QDate(2026, 10, 1));
        pg.bill(u"2026-10");
        ASSERT_TRUE(RecordPayment(s)
                        .run({pg.residentIds[0],
                              QStringLiteral("5000"),
                              QStringLiteral("cash"),
                              {},
                              QStringLiteral("2026-10-05")},
                             QDate(2026, 10, 5))
                        .ok());
        pg.checkIn(1, 1, QDate(2026, 11, 1));
        ASSERT_TRUE(RecordPayment(s)
                        .run({pg.residentIds[1], QStringLiteral("1000"), QStringLiteral("upi"),
                              QStringLiteral("UTR123"), QStringLiteral("2026-11-02")},
                             QDate(2026, 11, 2))
                        .ok());
        ASSERT_TRUE(GiveNotice(s)
                        .run({pg.residentIds[1], QStringLiteral("2026-11-02"),
                              QStringLiteral("2026-11-30"), QStringLiteral("moving city")},
                             QDate(2026, 11, 2))
                        .ok());
    }

    // Runs `rentflowctl ARGS --json` on the PG; the array under `key`.
    QJsonArray list(const QStringList& args, const QString& key)
    {
        const auto run = test::runCtlInProcess(pg.files.path(), args);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.json().value(key).toArray();
    }
    static QStringList values(const QJsonArray& rows, const QString& field)
    {
        QStringList result;
        for (const QJsonValue& row : rows) {
            const QJsonValue value = row.toObject().value(field);
            result << (value.isNull() ? QStringLiteral("null") : value.toVariant().toString());
        }
        return result;
    }
    static QStringList args(std::initializer_list<const char*> words)
    {
        QStringList result;
        for (const char* word : words)
            result << QString::fromUtf8(word);
        return result;
    }

    test::SamplePg pg;
    QString indiranagar;
    QString indiranagarBed;
    QString meera;
};

} // namespace

TEST_F(CtlListTest, PropertyAndRoomListsCountTheirRoomsAndBeds)
{
    const QJsonArray properties = list(args({"property", "list"}), QStringLiteral("properties"));
    EXPECT_EQ(values(properties, QStringLiteral("name")),
              (QStringList{QStringLiteral("Indiranagar"), QStringLiteral("Koramangala")}));
    EXPECT_EQ(values(properties, QStringLiteral("beds")),
              (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    EXPECT_EQ(values(properties, QStringLiteral("stateCode")),
              (QStringList{QStringLiteral("29"), QStringLiteral("29")}));

    const QJsonArray rooms =
        list(args({"room", "list", "--property"}) << pg.propertyId, QStringLiteral("rooms"));
    ASSERT_EQ(rooms.size(), 1);
    const QJsonObject room = rooms.at(0).toObject();
    EXPECT_EQ(room.value(QStringLiteral("id")).toString(), pg.roomId);
    EXPECT_EQ(room.value(QStringLiteral("number")).toString(), QStringLiteral("101"));
    EXPECT_EQ(room.value(QStringLiteral("floor")).toString(), QStringLiteral("1"));
    EXPECT_EQ(room.value(QStringLiteral("beds")).toInt(), 3);
    EXPECT_EQ(room.value(QStringLiteral("occupied")).toInt(), 2); // Lakshmi and Arjun
    EXPECT_EQ(room.value(QStringLiteral("meterId")).toString(), pg.meterId);
    EXPECT_EQ(list(args({"room", "list"}), QStringLiteral("rooms")).size(), 2);
}

TEST_F(CtlListTest, BedListShowsRoomRentStatusAndResidentAndFilters)
{
    const QJsonArray beds =
        list(args({"bed", "list", "--property"}) << pg.propertyId, QStringLiteral("beds"));
    EXPECT_EQ(
        values(beds, QStringLiteral("bed")),
        (QStringList{QStringLiteral("101-A"), QStringLiteral("101-B"), QStringLiteral("101-C")}));
    EXPECT_EQ(values(beds, QStringLiteral("status")),
              (QStringList{QStringLiteral("occupied"), QStringLiteral("vacating"),
                           QStringLiteral("vacant")}));
    EXPECT_EQ(values(beds, QStringLiteral("resident")),
              (QStringList{QStringLiteral("Lakshmi Narayanan"), QStringLiteral("Arjun Mehta"),
                           QStringLiteral("null")}));
    EXPECT_EQ(values(beds, QStringLiteral("rent")),
              (QStringList{QStringLiteral("12000.00"), QStringLiteral("12000.00"),
                           QStringLiteral("12000.00")}));
    EXPECT_EQ(values(beds, QStringLiteral("id")), pg.bedIds);

    // Vacant beds across both properties, Indiranagar first (by name).
    const QJsonArray vacant =
        list(args({"bed", "list", "--status", "vacant"}), QStringLiteral("beds"));
    EXPECT_EQ(values(vacant, QStringLiteral("id")), (QStringList{indiranagarBed, pg.bedIds[2]}));
    EXPECT_EQ(values(vacant, QStringLiteral("rent")),
              (QStringList{QStringLiteral("8000.00"), QStringLiteral("12000.00")}));
    EXPECT_EQ(values(list(args({"bed", "list", "--status", "vacating"}), QStringLiteral("beds")),
                     QStringLiteral("id")),
              QStringList{pg.bedIds[1]});
    EXPECT_TRUE(
        list(args({"bed", "list", "--status", "maintenance"}), QStringLiteral("beds")).isEmpty());

    const auto bad =
        test::runCtlInProcess(pg.files.path(), args({"bed", "list", "--status", "free"}));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--status: 'free' is not one of")))
        << bad.err.toStdString();
}

TEST_F(CtlListTest, ResidentListFindsAnyPartOfNamePhoneRoomOrBedWithBalances)
{
    const QJsonArray all = list(args({"resident", "list"}), QStringLiteral("residents"));
    EXPECT_EQ(values(all, QStringLiteral("name")),
              (QStringList{QStringLiteral("Arjun Mehta"), QStringLiteral("Lakshmi Narayanan"),
                           QStringLiteral("Meera Iyer")}));
    // 12,000 − 5,000; 1,000 paid ahead; nothing.
    EXPECT_EQ(values(all, QStringLiteral("balance")),
              (QStringList{QStringLiteral("-1000.00"), QStringLiteral("7000.00"),
                           QStringLiteral("0.00")}));
    EXPECT_EQ(
        values(all, QStringLiteral("bed")),
        (QStringList{QStringLiteral("101-B"), QStringLiteral("101-A"), QStringLiteral("null")}));
    EXPECT_EQ(values(all, QStringLiteral("phone")),
              (QStringList{QStringLiteral("+919845012346"), QStringLiteral("+919845012345"),
                           QStringLiteral("+919845012347")}));
    EXPECT_EQ(values(all, QStringLiteral("id")),
              (QStringList{pg.residentIds[1], pg.residentIds[0], meera}));

    auto names = [&](std::initializer_list<const char*> words) {
        return values(list(args(words), QStringLiteral("residents")), QStringLiteral("name"));
    };
    EXPECT_EQ(names({"resident", "list", "--active"}),
              (QStringList{QStringLiteral("Arjun Mehta"), QStringLiteral("Lakshmi Narayanan")}));
    EXPECT_EQ(names({"resident", "list", "--search", "101-a"}), // bed, any case
              QStringList{QStringLiteral("Lakshmi Narayanan")});
    EXPECT_EQ(names({"resident", "list", "--search", "101"}), // room
              (QStringList{QStringLiteral("Arjun Mehta"), QStringLiteral("Lakshmi Narayanan")}));
    EXPECT_EQ(names({"resident", "list", "--search", "ehta"}), // part of a name
              QStringList{QStringLiteral("Arjun Mehta")});
    EXPECT_EQ(names({"resident", "list", "--search", "012347"}), // part of a phone
              QStringList{QStringLiteral("Meera Iyer")});
    EXPECT_TRUE(names({"resident", "list", "--search", "%"}).isEmpty()); // LIKE's wildcard, typed
    EXPECT_TRUE(names({"resident", "list", "--search", "Meera", "--active"}).isEmpty());
}

TEST_F(CtlListTest, PaymentListShowsReceiptNumbersAndFiltersByResidentAndDates)
{
    const QJsonArray all = list(args({"payment", "list"}), QStringLiteral("payments"));
    EXPECT_EQ(values(all, QStringLiteral("receiptNumber")),
              (QStringList{QStringLiteral("KORAR/2627/0001"), QStringLiteral("KORAR/2627/0002")}));
    EXPECT_EQ(values(all, QStringLiteral("amount")),
              (QStringList{QStringLiteral("5000.00"), QStringLiteral("1000.00")}));
    EXPECT_EQ(values(all, QStringLiteral("allocated")), // to the October invoice; nothing open
              (QStringList{QStringLiteral("5000.00"), QStringLiteral("0.00")}));
    EXPECT_EQ(values(all, QStringLiteral("date")),
              (QStringList{QStringLiteral("2026-10-05"), QStringLiteral("2026-11-02")}));
    EXPECT_EQ(values(all, QStringLiteral("reference")),
              (QStringList{QStringLiteral("null"), QStringLiteral("UTR123")}));

    auto receipts = [&](const QStringList& words) {
        return values(list(words, QStringLiteral("payments")), QStringLiteral("receiptNumber"));
    };
    EXPECT_EQ(receipts(args({"payment", "list", "--resident"}) << pg.residentIds[0]),
              QStringList{QStringLiteral("KORAR/2627/0001")});
    EXPECT_EQ(receipts(args({"payment", "list", "--from", "2026-11-01"})),
              QStringList{QStringLiteral("KORAR/2627/0002")});
    EXPECT_EQ(receipts(args({"payment", "list", "--from", "2026-10-05", "--to", "2026-10-05"})),
              QStringList{QStringLiteral("KORAR/2627/0001")});
    EXPECT_TRUE(receipts(args({"payment", "list", "--resident"}) << meera).isEmpty());

    for (const QStringList& bad :
         {args({"payment", "list", "--from", "2026-11-31"}),
          args({"payment", "list", "--from", "05-10-2026"}),
          args({"payment", "list", "--from", "2026-11-02", "--to", "2026-11-01"})}) {
        const auto run = test::runCtlInProcess(pg.files.path(), bad);
        EXPECT_EQ(run.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--from: ")) ||
                    run.err.contains(QStringLiteral("--to: ")))
            << run.err.toStdString();
    }
}

TEST_F(CtlListTest, MeterListShowsWhereEachMeterIsAndItsLastReading)
{
    const QJsonArray meters = list(args({"meter", "list"}), QStringLiteral("meters"));
    ASSERT_EQ(meters.size(), 1);
    const QJsonObject meter = meters.at(0).toObject();
    EXPECT_EQ(meter.value(QStringLiteral("id")).toString(), pg.meterId);
    EXPECT_EQ(meter.value(QStringLiteral("room")).toString(), QStringLiteral("101"));
    EXPECT_EQ(meter.value(QStringLiteral("kind")).toString(), QStringLiteral("electricity"));
    EXPECT_EQ(meter.value(QStringLiteral("lastReadingDate")).toString(),
              QStringLiteral("2026-10-01"));
    EXPECT_EQ(meter.value(QStringLiteral("lastReading")).toString(), QStringLiteral("1234.50"));
    EXPECT_TRUE(list(args({"meter", "list", "--property"}) << indiranagar, QStringLiteral("meters"))
                    .isEmpty());
}

TEST_F(CtlListTest, TextOutputHasAColumnPerFieldAndACount)
{
    const auto run = test::runCtlInProcess(args({"bed", "list", "--workspace"})
                                           << pg.files.path() << QStringLiteral("--passphrase-env")
                                           << QStringLiteral("RENTFLOW_TEST_PASSPHRASE")
                                           << QStringLiteral("--property") << pg.propertyId);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[0].contains(QStringLiteral("101-A")));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("₹12,000.00")));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("Lakshmi Narayanan")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("vacating")));
    EXPECT_EQ(lines[3], QStringLiteral("3 bed(s)"));
}
