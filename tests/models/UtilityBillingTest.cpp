// SPEC §4.4: consumption, tariffs, the split among residents, and the run
// putting each resident's share on their invoice once.
#include <billing/MonthlyRun.h>
#include <inventory/MeterRepository.h>
#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <stays/CheckOut.h>
#include <stays/LiveStay.h>
#include <stays/Transfer.h>
#include <store/RecordWriter.h>
#include <support/SamplePg.h>
#include <utilities/IntervalSplit.h>
#include <utilities/RecordReading.h>
#include <utilities/UtilityChecks.h>
#include <utilities/UtilityMath.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

Money paise(qint64 p)
{
    return Money::fromPaise(p);
}

Quantity units(qint64 whole)
{
    return Quantity::fromHundredths(whole * 100);
}

// Sample PG with a ₹10-a-unit, ₹100-fixed tariff on room 101's meter.
struct MeteredPg : test::SamplePg
{
    MeteredPg()
    {
        EXPECT_TRUE(MeterRepository(store())
                        .setTariff({meterId, QStringLiteral("10"), QStringLiteral("100"), {}})
                        .ok());
    }
    void read(const QString& meter, const char* date, const char* value)
    {
        auto made = RecordReading(store()).run(
            {meter, QString::fromLatin1(date), QString::fromLatin1(value)}, QDate(2026, 12, 31));
        EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message.toStdString());
    }
    // resident → (amount, basis) of their utility lines, in invoice order.
    QList<std::tuple<QString, qint64, QString>> utilityLines(const QString& month)
    {
        QList<std::tuple<QString, qint64, QString>> lines;
        for (const Line& line : utilityRows(month))
            lines.append({line.residentId, line.totalPaise, line.basis});
        return lines;
    }
    struct Line
    {
        QString residentId, agreementId, purpose;
        qint64 totalPaise = 0;
        QString basis;
        qint64 unitsHundredths = 0;
    };
    // Every utility line billed for a month (YYYY-MM), in invoice and line order.
    QList<Line> utilityRows(const QString& month)
    {
        QSqlQuery q(store().database());
        q.prepare(QStringLiteral(
            "SELECT i.resident_id, i.agreement_id, i.purpose, l.total_paise, l.basis, "
            "l.quantity_hundredths FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id "
            "WHERE l.kind = 'utility' AND i.billing_month = ? ORDER BY i.number, l.position"));
        q.addBindValue(month);
        EXPECT_TRUE(q.exec());
        QList<Line> lines;
        while (q.next())
            lines.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong()});
        return lines;
    }
    void tariff(const QString& meter, const char* rate, const char* fixed = "")
    {
        EXPECT_TRUE(
            MeterRepository(store())
                .setTariff({meter, QString::fromLatin1(rate), QString::fromLatin1(fixed), {}})
                .ok());
    }
    QString agreementOf(int resident, const char* orderBy = "start_date")
    {
        QSqlQuery q(store().database());
        q.prepare(QStringLiteral("SELECT id FROM agreement WHERE resident_id = ? ORDER BY %1 "
                                 "LIMIT 1")
                      .arg(QString::fromLatin1(orderBy)));
        q.addBindValue(residentIds.at(resident));
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toString();
    }
};

} // namespace

TEST(UtilityMath, ConsumptionHandlesRolloverAndReplacement)
{
    EXPECT_EQ(meterConsumption(100000, 130050, QStringLiteral("regular"), std::nullopt), 30050);
    // A 5-digit register (99999.99) read 99,950.00 then 20.00: 50 + 20 = 70 units.
    EXPECT_EQ(meterConsumption(9995000, 2000, QStringLiteral("rollover"), std::nullopt), 7000);
    EXPECT_EQ(meterConsumption(9995000, 2000, QStringLiteral("rollover"), 9999900), 4900 + 2000);
    EXPECT_EQ(meterConsumption(9995000, 2000, QStringLiteral("replacement"), std::nullopt), 0);
}

TEST(UtilityMath, AFlatTariffIsUnitsTimesRatePlusTheFixedCharge)
{
    const Tariff tariff{paise(950), {}, paise(10000)};
    // 123.45 units × ₹9.50 = 1,172.775 → ₹1,172.78, + ₹100 fixed.
    EXPECT_EQ(tariff.charge(Quantity::fromHundredths(12345)), paise(117278 + 10000));
    EXPECT_EQ(tariff.describe(Quantity::fromHundredths(12345)),
              QStringLiteral("123.45 units × ₹9.50 + fixed ₹100.00"));
}

TEST(UtilityMath, SlabsChargeEachBandAtItsOwnRate)
{
    // First 100 units at ₹5, up to 200 at ₹7, beyond at ₹9: 250 units = 500 + 700 + 450.
    const Tariff tariff{
        Money(), {{10000, paise(500)}, {20000, paise(700)}, {std::nullopt, paise(900)}}, Money()};
    EXPECT_EQ(tariff.charge(units(250)), Money::fromRupees(500 + 700 + 450));
    EXPECT_EQ(tariff.charge(units(80)), Money::fromRupees(400));
    EXPECT_EQ(tariff.describe(units(250)),
              QStringLiteral("100.00 units × ₹5.00 + 100.00 units × ₹7.00 + 50.00 units × ₹9.00"));
}

TEST(UtilityMath, SharesAddUpToTheChargeExactly)
{
    // ₹3,100 by 30 and 14 days: 2,113.636… and 986.363…; the spare paisa goes to the larger
    // remainder.
    EXPECT_EQ(splitByWeight(Money::fromRupees(3100), {30, 14}),
              (QList<Money>{paise(211364), paise(98636)}));
    // ₹100 among three heads: 33.34, 33.33, 33.33.
    EXPECT_EQ(splitByWeight(Money::fromRupees(100), {1, 1, 1}),
              (QList<Money>{paise(3334), paise(3333), paise(3333)}));
    for (int people = 1; people <= 7; ++people) {
        QList<qint64> weights;
        for (int i = 0; i < people; ++i)
            weights.append(1 + (i * 7) % 31);
        Money sum;
        for (Money share : splitByWeight(paise(1234567), weights))
            sum += share;
        EXPECT_EQ(sum, paise(1234567)) << people;
    }
}

TEST(UtilityBilling, TheRoomsChargeIsSplitByDaysOccupiedAndBilledOnce)
{
    MeteredPg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 17));
    pg.checkIn(1, 1, QDate(2026, 11, 17));
    pg.read(pg.meterId, "2026-10-31", "1000");
    pg.bill(u"2026-11");
    pg.read(pg.meterId, "2026-11-30", "1300");
    pg.bill(u"2026-12");
    // November's 300 units × ₹10 + ₹100 = ₹3,100 over 30 days × 3 beds = 90 bed-days: the
    // first resident 30, the second 14 (17–30 Nov), 46 empty bed-days the operator's.
    // In paise: 310000 × 30/90 = 103333 r30, × 14/90 = 48222 r20, × 46/90 = 158444 r40;
    // the one paisa left goes to the largest remainder, the operator's (158445).
    // Units (hundredths): 30000 × 30/90 = 10000, × 14/90 = 4666 r60, × 46/90 = 15333 r30;
    // the one left goes to the second resident: 4667.
    const auto rows = pg.utilityRows(QStringLiteral("2026-12"));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].residentId, pg.residentIds[0]);
    EXPECT_EQ(rows[0].totalPaise, 103333);
    EXPECT_EQ(rows[0].unitsHundredths, 10000);
    EXPECT_EQ(rows[0].basis,
              QStringLiteral("Reading 1000.00 → 1300.00 = 300.00 units × ₹10.00 + fixed ₹100.00 "
                             "= ₹3,100.00; 01-11-2026 to 30-11-2026: 30 days × 3 beds = 90 "
                             "bed-days; your 30 days = 100.00 units, ₹1,033.33; 46 empty "
                             "bed-days are the operator's"));
    EXPECT_EQ(rows[1].residentId, pg.residentIds[1]);
    EXPECT_EQ(rows[1].totalPaise, 48222);
    EXPECT_EQ(rows[1].unitsHundredths, 4667);
    EXPECT_TRUE(pg.utilityLines(QStringLiteral("2026-11")).isEmpty()); // no reading before it
    pg.bill(u"2027-01");
    EXPECT_TRUE(pg.utilityLines(QStringLiteral("2027-01")).isEmpty()); // never billed twice
}

TEST(UtilityBilling, APerHeadPropertySplitsEqually)
{
    MeteredPg pg;
    {
        store::Transaction tx(pg.store());
        ASSERT_TRUE(store::RecordWriter(pg.store())
                        .update(QStringLiteral("property"), pg.propertyId,
                                {{QStringLiteral("utility_split"), QStringLiteral("head")}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    pg.checkIn(0, 0, QDate(2026, 10, 17));
    pg.checkIn(1, 1, QDate(2026, 11, 17));
    pg.read(pg.meterId, "2026-10-31", "1000");
    pg.read(pg.meterId, "2026-11-30", "1300");
    pg.bill(u"2026-12");
    const auto lines = pg.utilityLines(QStringLiteral("2026-12"));
    ASSERT_EQ(lines.size(), 2);
    // ₹3,100 equally between the two who stayed, whatever their days: ₹1,550 and 150 units each;
    // the empty bed is not counted under this rule.
    EXPECT_EQ(std::get<1>(lines[0]), 155000);
    EXPECT_EQ(std::get<1>(lines[1]), 155000);
    EXPECT_TRUE(std::get<2>(lines[0]).endsWith(
        QStringLiteral("split equally among 2 residents: your share 150.00 units, ₹1,550.00")))
        << std::get<2>(lines[0]).toStdString();
}

TEST(UtilityBilling, ACommonAreaMeterIsSplitAcrossTheWholeProperty)
{
    MeteredPg pg;
    auto common = MeterRepository(pg.store()).addElectricity(pg.propertyId, QString());
    ASSERT_TRUE(common.ok());
    ASSERT_TRUE(
        MeterRepository(pg.store())
            .setTariff({common.value(), {}, {}, {QStringLiteral("100:5"), QStringLiteral("*:8")}})
            .ok());
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.checkIn(1, 2, QDate(2026, 10, 1));
    pg.read(common.value(), "2026-10-31", "500");
    pg.read(common.value(), "2026-11-30", "650"); // 100 × ₹5 + 50 × ₹8 = ₹900
    pg.bill(u"2026-12");
    // The property's 3 beds × 30 days = 90 bed-days; each resident held 30: 30/90 × ₹900 =
    // ₹300 and 30/90 × 150 = 50 units; the empty bed's 30 bed-days (₹300) are the operator's.
    const auto rows = pg.utilityRows(QStringLiteral("2026-12"));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].totalPaise, 30000);
    EXPECT_EQ(rows[1].totalPaise, 30000);
    EXPECT_EQ(rows[1].unitsHundredths, 5000);
    EXPECT_TRUE(rows[0].basis.contains(QStringLiteral("30 days × 3 beds of the property = 90 "
                                                      "bed-days; your 30 days = 50.00 units")))
        << rows[0].basis.toStdString();
}

TEST(UtilityBilling, BadTariffsAreRefusedFieldByFieldAndChangeNothing)
{
    MeteredPg pg;
    MeterRepository meters(pg.store());
    auto refusedField = [&](const MeterRepository::TariffInput& input) {
        const auto result = meters.setTariff(input);
        return result.ok() ? QString() : result.error().fields.value(0).field;
    };
    EXPECT_EQ(refusedField({QStringLiteral("nope"), QStringLiteral("8"), {}, {}}),
              QStringLiteral("meter"));
    EXPECT_EQ(refusedField({pg.meterId, QStringLiteral("-8"), {}, {}}), QStringLiteral("rate"));
    EXPECT_EQ(refusedField({pg.meterId, QStringLiteral("8"), QStringLiteral("abc"), {}}),
              QStringLiteral("fixed"));
    EXPECT_EQ(
        refusedField({pg.meterId, {}, {}, {QStringLiteral("200:5"), QStringLiteral("100:7")}}),
        QStringLiteral("slab"));
    EXPECT_EQ(refusedField({pg.meterId, {}, {}, {QStringLiteral("*:5"), QStringLiteral("100:7")}}),
              QStringLiteral("slab"));
    EXPECT_EQ(refusedField({pg.meterId, {}, {}, {QStringLiteral("lots")}}), QStringLiteral("slab"));
    EXPECT_EQ(refusedField({pg.meterId, {}, {}, {}}), QStringLiteral("rate"));
    QSqlQuery q(pg.store().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT unit_rate_paise, fixed_charge_paise FROM meter")) &&
                q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1000); // still the ₹10 + ₹100 set first
    EXPECT_EQ(q.value(1).toLongLong(), 10000);
}

TEST(UtilityMath, AnIntervalIsSharedByBedDaysAndEmptyBedsAreTheOperators)
{
    // 3 beds, 30 days = 90 bed-days; ₹2,700 (300 units × ₹9); A 30 days, B 20 days.
    // A 30/90 × 2700 = 900, B 20/90 × 2700 = 600, operator 40/90 × 2700 = 1200.
    // Units: A 30000 × 30/90 = 10000; B 30000 × 20/90 = 6666 r60; operator 13333 r30:
    // the one hundredth left goes to B (6667 = 66.67 units); the operator keeps 133.33.
    const IntervalSplit split =
        IntervalSplit::of({Money::fromRupees(2700), 30000, 30, 3, false, {30, 20}});
    ASSERT_EQ(split.stays.size(), 2);
    EXPECT_EQ(split.stays[0].amount, Money::fromRupees(900));
    EXPECT_EQ(split.stays[0].unitsHundredths, 10000);
    EXPECT_EQ(split.stays[1].amount, Money::fromRupees(600));
    EXPECT_EQ(split.stays[1].unitsHundredths, 6667);
    EXPECT_EQ(split.operatorPart.amount, Money::fromRupees(1200));
    EXPECT_EQ(split.operatorPart.unitsHundredths, 13333);
    EXPECT_EQ(split.bedDays, 90);
    EXPECT_EQ(split.emptyDays, 40);
    // A tie: 101 paise over 2 bed-days, one held: 50 r1 each; the spare paisa goes to the
    // operator's part (first on a tie), so the resident pays 50 paise.
    const IntervalSplit tie = IntervalSplit::of({paise(101), 200, 1, 2, false, {1}});
    EXPECT_EQ(tie.stays[0].amount, paise(50));
    EXPECT_EQ(tie.operatorPart.amount, paise(51));
    // Per head: ₹100 between two residents whatever their days: ₹50 each, nothing the operator's.
    const IntervalSplit heads =
        IntervalSplit::of({Money::fromRupees(100), 1000, 30, 3, true, {30, 2}});
    EXPECT_EQ(heads.stays[0].amount, Money::fromRupees(50));
    EXPECT_EQ(heads.stays[1].amount, Money::fromRupees(50));
    EXPECT_TRUE(heads.operatorPart.amount.isZero());
}

TEST(UtilityBilling, ALateArrivalPaysOnlyTheirDaysAndEmptyBedsAreTheOperators)
{
    MeteredPg pg;
    pg.tariff(pg.meterId, "9");
    pg.checkIn(0, 0, QDate(2026, 11, 1));  // A: all November
    pg.checkIn(1, 1, QDate(2026, 11, 11)); // B: from 11 November; bed C stays empty
    pg.read(pg.meterId, "2026-10-31", "1000");
    pg.read(pg.meterId, "2026-11-30", "1300");
    pg.bill(u"2026-12");
    // 300 units × ₹9 = ₹2,700 over 30 days × 3 beds = 90 bed-days.
    // A: 30/90 → 100 units, ₹900. B: 20/90 → 66.67 units, ₹600 (2700 × 20 / 90 exactly).
    // Operator: 40 empty bed-days (C's 30 + B's bed's 10) → 133.33 units, ₹1,200: billed to nobody.
    const auto rows = pg.utilityRows(QStringLiteral("2026-12"));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].residentId, pg.residentIds[0]);
    EXPECT_EQ(rows[0].totalPaise, 90000);
    EXPECT_EQ(rows[0].unitsHundredths, 10000);
    EXPECT_EQ(rows[1].residentId, pg.residentIds[1]);
    EXPECT_EQ(rows[1].totalPaise, 60000);
    EXPECT_EQ(rows[1].unitsHundredths, 6667);
    EXPECT_EQ(rows[1].basis,
              QStringLiteral("Reading 1000.00 → 1300.00 = 300.00 units × ₹9.00 = ₹2,700.00; "
                             "01-11-2026 to 30-11-2026: 30 days × 3 beds = 90 bed-days; your 20 "
                             "days = 66.67 units, ₹600.00; 40 empty bed-days are the operator's"));
}

TEST(UtilityBilling, TheOnlyResidentOfARoomPaysOnlyTheirDays)
{
    MeteredPg pg;
    pg.tariff(pg.meterId, "9");
    pg.checkIn(1, 1, QDate(2026, 11, 11)); // alone in a room of 3 beds, from 11 November
    pg.read(pg.meterId, "2026-10-31", "1000");
    pg.read(pg.meterId, "2026-11-30", "1300");
    pg.bill(u"2026-12");
    // 300 × ₹9 = ₹2,700; 20 of 90 bed-days: ₹600, not the whole ₹2,700.
    const auto rows = pg.utilityRows(QStringLiteral("2026-12"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].totalPaise, 60000);
}

TEST(UtilityBilling, ATransferSharesEachRoomsMeterByTheDaysSpentUnderIt)
{
    MeteredPg pg; // room 101: ₹10 a unit + ₹100 fixed
    auto room = RoomSetup(pg.store())
                    .add({pg.propertyId, QStringLiteral("1"), QStringLiteral("102"),
                          QStringLiteral("2"), QStringLiteral("12000"), true});
    ASSERT_TRUE(room.ok());
    pg.tariff(room.value().meterId, "10");
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.checkIn(1, 1, QDate(2026, 10, 1));
    pg.read(pg.meterId, "2026-10-31", "1000");
    pg.read(room.value().meterId, "2026-10-31", "500");
    auto moved = Transfer(pg.store())
                     .run({pg.residentIds[1], room.value().bedIds[0], QStringLiteral("2026-11-11"),
                           QString()},
                          QDate(2026, 11, 11));
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    pg.read(pg.meterId, "2026-11-30", "1300");          // 300 × ₹10 + ₹100 = ₹3,100
    pg.read(room.value().meterId, "2026-11-30", "700"); // 200 × ₹10 = ₹2,000
    pg.bill(u"2026-12");
    // Room 101: 30 days × 3 beds = 90 bed-days; A 30, B 10 (1–10 Nov), 50 empty.
    //   310000 × 30/90 = 103333 r30; × 10/90 = 34444 r40; × 50/90 = 172222 r20:
    //   the paisa left goes to B (r40): A ₹1,033.33, B ₹344.45.
    // Room 102: 30 days × 2 beds = 60 bed-days; B 20 (11–30 Nov), 40 empty.
    //   200000 × 20/60 = 66666 r40; × 40/60 = 133333 r20: the paisa to B: ₹666.67.
    const auto rows = pg.utilityRows(QStringLiteral("2026-12"));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].residentId, pg.residentIds[0]);
    EXPECT_EQ(rows[0].totalPaise, 103333);
    QList<qint64> forB;
    for (const auto& row : rows)
        if (row.residentId == pg.residentIds[1])
            forB.append(row.totalPaise);
    std::sort(forB.begin(), forB.end());
    EXPECT_EQ(forB, (QList<qint64>{34445, 66667}));
}

TEST(UtilityBilling, ALeaverOwesTheirDaysOnASupplementaryInvoiceWhenTheReadingComes)
{
    MeteredPg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.checkIn(1, 1, QDate(2026, 10, 1));
    pg.read(pg.meterId, "2026-10-31", "1000");
    pg.bill(u"2026-11");
    // A leaves on 20 November without a final reading.
    auto out = CheckOut(pg.store())
                   .run({pg.residentIds[0], QStringLiteral("2026-11-20"), QString(), {}},
                        QDate(2026, 11, 20));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    const QString leaverStay = pg.agreementOf(0);
    pg.read(pg.meterId, "2026-11-30", "1300"); // 300 × ₹10 + ₹100 = ₹3,100
    pg.bill(u"2026-12");
    // 90 bed-days: A 20 (1–20 Nov), B 30, empty 40.
    //   310000 × 20/90 = 68888 r80; × 30/90 = 103333 r30; × 40/90 = 137777 r70;
    //   2 paise left: to A (r80) and the operator (r70): A ₹688.89, B ₹1,033.33.
    const auto rows = pg.utilityRows(QStringLiteral("2026-12"));
    ASSERT_EQ(rows.size(), 2);
    const auto leaver = std::find_if(rows.begin(), rows.end(), [&](const auto& row) {
        return row.residentId == pg.residentIds[0];
    });
    ASSERT_NE(leaver, rows.end());
    EXPECT_EQ(leaver->totalPaise, 68889);
    EXPECT_EQ(leaver->purpose, QStringLiteral("adhoc")); // a supplementary invoice
    EXPECT_EQ(leaver->agreementId, leaverStay);
    EXPECT_TRUE(leaver->basis.contains(QStringLiteral("your 20 days")));
    const auto stayer = std::find_if(rows.begin(), rows.end(), [&](const auto& row) {
        return row.residentId == pg.residentIds[1];
    });
    ASSERT_NE(stayer, rows.end());
    EXPECT_EQ(stayer->totalPaise, 103333);
    EXPECT_EQ(stayer->purpose, QStringLiteral("monthly"));
    // Running again, or next month, bills nobody twice.
    pg.bill(u"2026-12");
    pg.bill(u"2027-01");
    QSqlQuery q(pg.store().database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM invoice_line WHERE kind = 'utility'")) &&
        q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 2);
}

// The month-end round read the meter on the leaver's last day: typing that figure again at
// check-out is that reading (no second one); another figure is refused under "reading",
// naming what is on file, and nothing is written.
TEST(UtilityBilling, AFinalReadingAlreadyTakenThatDayIsThatReading)
{
    MeteredPg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.read(pg.meterId, "2026-10-31", "1000");
    pg.read(pg.meterId, "2026-11-20", "1200");
    const auto readings = [&] {
        QSqlQuery q(pg.store().database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM meter_reading")) && q.next());
        return q.value(0).toLongLong();
    };
    auto refused =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-11-20"), QStringLiteral("1250"), {}},
                 QDate(2026, 11, 20));
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(refused.error().fields.size(), 1);
    EXPECT_EQ(refused.error().fields[0].field, QStringLiteral("reading"));
    EXPECT_TRUE(refused.error().fields[0].message.contains(QStringLiteral("20-11-2026 at 1200")))
        << refused.error().fields[0].message.toStdString();
    EXPECT_EQ(readings(), 2);
    EXPECT_TRUE(LiveStay::of(pg.store(), pg.residentIds[0]).value().has_value());

    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-11-20"), QStringLiteral("1200"), {}},
                 QDate(2026, 11, 20));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    EXPECT_EQ(readings(), 2); // the 20 November reading stands, once
}

TEST(UtilityBilling, ASecondStayOfTheSameResidentIsSharedApartFromTheFirst)
{
    MeteredPg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    pg.checkIn(1, 1, QDate(2026, 11, 1));
    pg.read(pg.meterId, "2026-10-31", "1000");
    ASSERT_TRUE(CheckOut(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("2026-11-20"), QString(), {}},
                         QDate(2026, 11, 20))
                    .ok());
    pg.checkIn(0, 2, QDate(2026, 11, 25));     // A comes back on bed C
    pg.read(pg.meterId, "2026-11-30", "1300"); // ₹3,100
    pg.bill(u"2026-12");
    // 90 bed-days: A's first stay 20 (1–20 Nov), B 30, A's second stay 6 (25–30 Nov), 34 empty.
    //   310000 × 20/90 = 68888 r80; × 30/90 = 103333 r30; × 6/90 = 20666 r60;
    //   × 34/90 = 117111 r10; 2 paise left: to r80 and r60.
    //   First stay ₹688.89 (supplementary), second stay ₹206.67 (its monthly invoice), B ₹1,033.33.
    const auto rows = pg.utilityRows(QStringLiteral("2026-12"));
    ASSERT_EQ(rows.size(), 3);
    QMap<QString, std::pair<qint64, QString>> byStay; // agreement → (paise, purpose)
    for (const auto& row : rows)
        byStay.insert(row.agreementId, {row.totalPaise, row.purpose});
    const QString first = pg.agreementOf(0, "start_date");
    const QString second = pg.agreementOf(0, "start_date DESC");
    ASSERT_NE(first, second);
    EXPECT_EQ(byStay.value(first), std::pair(qint64(68889), QStringLiteral("adhoc")));
    EXPECT_EQ(byStay.value(second), std::pair(qint64(20667), QStringLiteral("monthly")));
    EXPECT_EQ(byStay.value(pg.agreementOf(1)),
              std::pair(qint64(103333), QStringLiteral("monthly")));
}

TEST(UtilityChecks, RightBooksHaveNoIntervalBilledTwice)
{
    MeteredPg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.checkIn(1, 1, QDate(2026, 10, 1));
    pg.read(pg.meterId, "2026-10-31", "1000");
    ASSERT_TRUE(
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-11-20"), QStringLiteral("1200"), {}},
                 QDate(2026, 11, 20))
            .ok());
    pg.read(pg.meterId, "2026-11-30", "1300");
    pg.bill(u"2026-12");
    pg.bill(u"2027-01");
    // Three shares billed: A to the final reading, B to it and B after it: no days twice.
    QSqlQuery q(pg.store().database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM invoice_line WHERE kind = 'utility'")) &&
        q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 3);
    const auto problems = UtilityChecks::intervalsBilledTwice(pg.store());
    ASSERT_TRUE(problems.ok());
    EXPECT_EQ(problems.value(), QStringList());
}

TEST(UtilityChecks, FindsAReadingEnteredInsideDaysAlreadyBilled)
{
    MeteredPg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.read(pg.meterId, "2026-10-31", "1000");
    pg.read(pg.meterId, "2026-11-30", "1300");
    pg.bill(u"2026-12"); // KORA/2627/0001 bills 01-11 to 30-11
    {
        // Another program (or an older version) writes a reading inside those days, unchecked.
        store::Transaction tx(pg.store());
        ASSERT_TRUE(store::RecordWriter(pg.store())
                        .insert(QStringLiteral("meter_reading"),
                                {{QStringLiteral("meter_id"), pg.meterId},
                                 {QStringLiteral("reading_date"), QDate(2026, 11, 15)},
                                 {QStringLiteral("value_hundredths"), 115000},
                                 {QStringLiteral("kind"), QStringLiteral("regular")}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    pg.bill(u"2027-01"); // KORA/2627/0002 bills 01-11 to 15-11 again
    const auto problems = UtilityChecks::intervalsBilledTwice(pg.store());
    ASSERT_TRUE(problems.ok());
    EXPECT_EQ(problems.value(),
              QStringList{QStringLiteral(
                  "Electricity, room 101: 01-11-2026 to 30-11-2026 (KORA/2627/0001) and "
                  "01-11-2026 to 15-11-2026 (KORA/2627/0002) bill the same days' units twice")})
        << problems.value().join(QLatin1Char('\n')).toStdString();
}

TEST(UtilityChecks, FindsOneStayBilledTheSameReadingTwice)
{
    MeteredPg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.read(pg.meterId, "2026-10-31", "1000");
    pg.read(pg.meterId, "2026-11-30", "1300");
    pg.bill(u"2026-12");
    {
        // A second copy of the share's line (as a bad merge from another PC would leave).
        QSqlQuery q(pg.store().database());
        ASSERT_TRUE(
            q.exec(QStringLiteral("SELECT invoice_id, description, source_id, "
                                  "taxable_paise FROM invoice_line WHERE kind = 'utility'")) &&
            q.next());
        store::Transaction tx(pg.store());
        ASSERT_TRUE(store::RecordWriter(pg.store())
                        .insert(QStringLiteral("invoice_line"),
                                {{QStringLiteral("invoice_id"), q.value(0)},
                                 {QStringLiteral("position"), 99},
                                 {QStringLiteral("kind"), QStringLiteral("utility")},
                                 {QStringLiteral("description"), q.value(1)},
                                 {QStringLiteral("source_id"), q.value(2)},
                                 {QStringLiteral("taxable_paise"), q.value(3)},
                                 {QStringLiteral("total_paise"), q.value(3)}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const auto problems = UtilityChecks::intervalsBilledTwice(pg.store());
    ASSERT_TRUE(problems.ok());
    EXPECT_EQ(problems.value(),
              QStringList{QStringLiteral("Electricity, room 101, 01-11-2026 to 30-11-2026: billed "
                                         "to the same stay 2 times (KORA/2627/0001, "
                                         "KORA/2627/0001)")});
}

TEST(UtilityBilling, PerHeadALeaverStillPaysTheirHeadWhenTheReadingComes)
{
    MeteredPg pg;
    {
        store::Transaction tx(pg.store());
        ASSERT_TRUE(store::RecordWriter(pg.store())
                        .update(QStringLiteral("property"), pg.propertyId,
                                {{QStringLiteral("utility_split"), QStringLiteral("head")}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.checkIn(1, 1, QDate(2026, 10, 1));
    pg.read(pg.meterId, "2026-10-31", "1000");
    ASSERT_TRUE(CheckOut(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("2026-11-05"), QString(), {}},
                         QDate(2026, 11, 5))
                    .ok());
    pg.read(pg.meterId, "2026-11-30", "1300"); // 300 × ₹10 + ₹100 = ₹3,100
    pg.bill(u"2026-12");
    // Per head: the two who held a bed in 01-11 to 30-11, whatever their days: ₹3,100 / 2 =
    // ₹1,550 and 150 units each; the leaver's on a supplementary invoice.
    const auto rows = pg.utilityRows(QStringLiteral("2026-12"));
    ASSERT_EQ(rows.size(), 2);
    for (const auto& row : rows) {
        EXPECT_EQ(row.totalPaise, 155000);
        EXPECT_EQ(row.unitsHundredths, 15000);
        EXPECT_EQ(row.purpose, row.residentId == pg.residentIds[0] ? QStringLiteral("adhoc")
                                                                   : QStringLiteral("monthly"));
    }
}
