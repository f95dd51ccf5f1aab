// SPEC §4.4: consumption, tariffs, the split among residents, and the run
// putting each resident's share on their invoice once.
#include <billing/MonthlyRun.h>
#include <inventory/MeterRepository.h>
#include <inventory/PropertyRepository.h>
#include <store/RecordWriter.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>
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
        QSqlQuery q(store().database());
        q.prepare(QStringLiteral(
            "SELECT i.resident_id, l.total_paise, l.basis FROM invoice_line l JOIN invoice i ON "
            "i.id = l.invoice_id WHERE l.kind = 'utility' AND i.billing_month = ? ORDER BY "
            "i.number, l.position"));
        q.addBindValue(month);
        q.exec();
        QList<std::tuple<QString, qint64, QString>> lines;
        while (q.next())
            lines.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
        return lines;
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
    // November's 300 units × ₹10 + ₹100 = ₹3,100, by 30 and 14 days, on the December invoices.
    const auto lines = pg.utilityLines(QStringLiteral("2026-12"));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(std::get<0>(lines[0]), pg.residentIds[0]);
    EXPECT_EQ(std::get<1>(lines[0]), 211364);
    EXPECT_EQ(std::get<2>(lines[0]),
              QStringLiteral("Reading 1000.00 → 1300.00 = 300.00 units × ₹10.00 + fixed ₹100.00 "
                             "(30 days); ₹3,100.00; your share 30 of 44 resident-days"));
    EXPECT_EQ(std::get<1>(lines[1]), 98636);
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
    EXPECT_EQ(std::get<1>(lines[0]), 155000);
    EXPECT_EQ(std::get<1>(lines[1]), 155000);
    EXPECT_TRUE(std::get<2>(lines[0]).endsWith(QStringLiteral("your share 1 of 2 residents")));
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
    const auto lines = pg.utilityLines(QStringLiteral("2026-12"));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(std::get<1>(lines[0]), 45000);
    EXPECT_EQ(std::get<1>(lines[1]), 45000);
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
