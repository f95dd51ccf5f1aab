#include <billing/InvoiceCorrections.h>
#include <inventory/MeterRepository.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

const QDate kToday(2026, 11, 30);

struct Metered : test::SamplePg
{
    store::StoreResult<RecordReading::Recorded>
    read(const QString& date, const QString& value, const QString& kind = QStringLiteral("regular"),
         bool confirmed = false)
    {
        return RecordReading(store()).run({meterId, date, value, kind, confirmed}, kToday);
    }
    qint64 readings()
    {
        QSqlQuery q(store().database());
        return q.exec(QStringLiteral("SELECT count(*) FROM meter_reading")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }
};

QString refused(const store::StoreResult<RecordReading::Recorded>& result)
{
    return result.ok() || result.error().fields.isEmpty() ? QString()
                                                          : result.error().fields.first().field;
}

} // namespace

TEST(RecordReading, ConsumptionIsTheDifferenceFromThePreviousReading)
{
    Metered pg;
    EXPECT_EQ(pg.read(QStringLiteral("2026-09-30"), QStringLiteral("1000"))
                  .value()
                  .consumption.toString(),
              QStringLiteral("0.00")); // the first reading is the baseline
    const auto october = pg.read(QStringLiteral("2026-10-31"), QStringLiteral("1123.5"));
    ASSERT_TRUE(october.ok());
    EXPECT_EQ(october.value().consumption.toString(), QStringLiteral("123.50"));
}

TEST(RecordReading, ARegularReadingBelowThePreviousIsRefused)
{
    Metered pg;
    ASSERT_TRUE(pg.read(QStringLiteral("2026-09-30"), QStringLiteral("1000")).ok());
    const auto lower = pg.read(QStringLiteral("2026-10-31"), QStringLiteral("990"));
    EXPECT_EQ(refused(lower), QStringLiteral("value"));
    EXPECT_TRUE(lower.error().message.contains(QStringLiteral("rolled over")));
    EXPECT_EQ(pg.readings(), 1);
}

TEST(RecordReading, ARolloverCountsThroughTheRegistersEnd)
{
    Metered pg;
    ASSERT_TRUE(pg.read(QStringLiteral("2026-09-30"), QStringLiteral("99870")).ok());
    const auto rolled =
        pg.read(QStringLiteral("2026-10-31"), QStringLiteral("130"), QStringLiteral("rollover"));
    ASSERT_TRUE(rolled.ok());
    EXPECT_EQ(rolled.value().consumption.toString(),
              QStringLiteral("260.00")); // 99,870 → 1,00,000 → 130
}

TEST(RecordReading, AReplacementMeterStartsAfresh)
{
    Metered pg;
    ASSERT_TRUE(pg.read(QStringLiteral("2026-09-30"), QStringLiteral("5400")).ok());
    const auto replaced =
        pg.read(QStringLiteral("2026-10-15"), QStringLiteral("2"), QStringLiteral("replacement"));
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced.value().consumption.toString(), QStringLiteral("0.00"));
    EXPECT_EQ(
        pg.read(QStringLiteral("2026-10-31"), QStringLiteral("52")).value().consumption.toString(),
        QStringLiteral("50.00"));
}

TEST(RecordReading, ASpikeOverThreeTimesTheRecentAverageNeedsConfirmation)
{
    Metered pg;
    for (const auto& [date, value] :
         {std::pair{"2026-06-30", "1000"}, std::pair{"2026-07-31", "1100"},
          std::pair{"2026-08-31", "1200"}, std::pair{"2026-09-30", "1300"}})
        ASSERT_TRUE(pg.read(QString::fromLatin1(date), QString::fromLatin1(value)).ok());
    const auto spike = pg.read(QStringLiteral("2026-10-31"),
                               QStringLiteral("1700")); // 400 against an average of 100
    EXPECT_EQ(refused(spike), QStringLiteral("value"));
    EXPECT_TRUE(spike.error().message.contains(QStringLiteral("three times")));
    EXPECT_EQ(pg.readings(), 4);
    RecordReading recorder(pg.store());
    ASSERT_FALSE(
        recorder.run({pg.meterId, QStringLiteral("2026-10-31"), QStringLiteral("1700")}, kToday)
            .ok());
    EXPECT_TRUE(recorder.needsConfirmation()); // only the user's word is missing
    ASSERT_FALSE(
        recorder.run({pg.meterId, QStringLiteral("2026-10-31"), QStringLiteral("1250")}, kToday)
            .ok()); // below 1,300: no confirmation puts that right
    EXPECT_FALSE(recorder.needsConfirmation());
    const auto confirmed = pg.read(QStringLiteral("2026-10-31"), QStringLiteral("1700"),
                                   QStringLiteral("regular"), true);
    ASSERT_TRUE(confirmed.ok());
    EXPECT_EQ(confirmed.value().consumption.toString(), QStringLiteral("400.00"));
}

TEST(RecordReading, RefusesBadInputFieldByField)
{
    Metered pg;
    ASSERT_TRUE(pg.read(QStringLiteral("2026-09-30"), QStringLiteral("1000")).ok());
    EXPECT_EQ(refused(pg.read(QStringLiteral("2026-09-30"), QStringLiteral("1010"))),
              QStringLiteral("date")); // same day
    EXPECT_EQ(refused(pg.read(QStringLiteral("2026-12-01"), QStringLiteral("1010"))),
              QStringLiteral("date")); // future
    EXPECT_EQ(refused(pg.read(QStringLiteral("2026-10-31"), QStringLiteral("-5"))),
              QStringLiteral("value"));
    EXPECT_EQ(refused(pg.read(QStringLiteral("2026-10-31"), QStringLiteral("12.345"))),
              QStringLiteral("value"));
    EXPECT_EQ(refused(pg.read(QStringLiteral("2026-10-31"), QStringLiteral("1010"),
                              QStringLiteral("guess"))),
              QStringLiteral("kind"));
    EXPECT_EQ(refused(RecordReading(pg.store())
                          .run({QStringLiteral("nope"), QStringLiteral("2026-10-31"),
                                QStringLiteral("1010")},
                               kToday)),
              QStringLiteral("meter"));
    EXPECT_EQ(pg.readings(), 1);
}

TEST(RecordReading, AReadingMustFitBetweenItsNeighboursByDate)
{
    Metered pg;
    ASSERT_TRUE(pg.read(QStringLiteral("2026-09-30"), QStringLiteral("1000")).ok());
    ASSERT_TRUE(pg.read(QStringLiteral("2026-10-31"), QStringLiteral("1200")).ok());
    // 15 October above the 31 October reading (1,300 > 1,200): refused, nothing written.
    const auto above = pg.read(QStringLiteral("2026-10-15"), QStringLiteral("1300"));
    EXPECT_EQ(refused(above), QStringLiteral("value"));
    EXPECT_TRUE(
        above.error().message.contains(QStringLiteral("next reading (1200.00 on 31-10-2026)")))
        << above.error().message.toStdString();
    // Below the 30 September reading (990 < 1,000): refused.
    EXPECT_EQ(refused(pg.read(QStringLiteral("2026-10-15"), QStringLiteral("990"))),
              QStringLiteral("value"));
    EXPECT_EQ(pg.readings(), 2);
    // Between them it fits: 1,100 − 1,000 = 100 units since 30 September.
    const auto between = pg.read(QStringLiteral("2026-10-15"), QStringLiteral("1100"));
    ASSERT_TRUE(between.ok());
    EXPECT_EQ(between.value().consumption.toString(), QStringLiteral("100.00"));
    // Before the first reading: it must not stand above it either (900 ≤ 1,000 fits).
    EXPECT_EQ(refused(pg.read(QStringLiteral("2026-09-01"), QStringLiteral("1001"))),
              QStringLiteral("value"));
    EXPECT_TRUE(pg.read(QStringLiteral("2026-09-01"), QStringLiteral("900")).ok());
    EXPECT_EQ(pg.readings(), 4);
}

TEST(RecordReading, AnEarlierReadingMayStandAboveALaterRolloverOrReplacement)
{
    Metered pg;
    ASSERT_TRUE(pg.read(QStringLiteral("2026-09-30"), QStringLiteral("5400")).ok());
    ASSERT_TRUE(
        pg.read(QStringLiteral("2026-10-31"), QStringLiteral("2"), QStringLiteral("replacement"))
            .ok());
    // The old meter read on 15 October: 5,450 is above the new meter's 2, which starts afresh.
    const auto oldMeter = pg.read(QStringLiteral("2026-10-15"), QStringLiteral("5450"));
    ASSERT_TRUE(oldMeter.ok()) << oldMeter.error().message.toStdString();
    EXPECT_EQ(oldMeter.value().consumption.toString(), QStringLiteral("50.00")); // 5,450 − 5,400
}

TEST(RecordReading, AReadingInsideAnIntervalAlreadyBilledIsRefused)
{
    Metered pg;
    ASSERT_TRUE(
        MeterRepository(pg.store()).setTariff({pg.meterId, QStringLiteral("10"), {}, {}}).ok());
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    ASSERT_TRUE(pg.read(QStringLiteral("2026-10-31"), QStringLiteral("1000")).ok());
    ASSERT_TRUE(pg.read(QStringLiteral("2026-11-30"), QStringLiteral("1300")).ok());
    pg.bill(u"2026-12"); // the first invoice, 0001: 01-11 to 30-11, 30/90 of 300 units × ₹10
    const auto inside = pg.read(QStringLiteral("2026-11-15"), QStringLiteral("1150"));
    EXPECT_EQ(refused(inside), QStringLiteral("date"));
    EXPECT_TRUE(inside.error().message.contains(
        QStringLiteral("falls in 01-11-2026 to 30-11-2026, which invoice KORA/2627/0001 has "
                       "already billed")))
        << inside.error().message.toStdString();
    EXPECT_EQ(pg.readings(), 2);
    // Once the invoice that billed those days is cancelled, the days can be read again.
    QSqlQuery q(pg.store().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT i.id FROM invoice i JOIN invoice_line l ON "
                                      "l.invoice_id = i.id WHERE l.kind = 'utility'")) &&
                q.next());
    ASSERT_TRUE(InvoiceCorrections(pg.store())
                    .cancel(q.value(0).toString(), QStringLiteral("Meter misread"), kToday)
                    .ok());
    EXPECT_TRUE(pg.read(QStringLiteral("2026-11-15"), QStringLiteral("1150")).ok());
}

TEST(RecordReading, TheSpikeCheckIsNotSkippedWhenAReplacementIsAmongTheRecentReadings)
{
    Metered pg;
    // Old meter: 100 units a month; replaced on 15 October, the new one starting at 5.
    for (const auto& [date, value, kind] :
         {std::tuple{"2026-06-30", "1000", "regular"}, std::tuple{"2026-07-31", "1100", "regular"},
          std::tuple{"2026-08-31", "1200", "regular"}, std::tuple{"2026-09-30", "1300", "regular"},
          std::tuple{"2026-10-15", "5", "replacement"}})
        ASSERT_TRUE(pg.read(QString::fromLatin1(date), QString::fromLatin1(value),
                            QString::fromLatin1(kind))
                        .ok());
    // 500 − 5 = 495 units against the recent average of (100 + 100 + 100) / 3 = 100:
    // 495 > 3 × 100, so it asks (the replacement's own period measured nothing and is left out;
    // before, its 5 − 1,300 made the average negative and the check was skipped).
    const auto spike = pg.read(QStringLiteral("2026-10-31"), QStringLiteral("500"));
    EXPECT_EQ(refused(spike), QStringLiteral("value"));
    EXPECT_TRUE(spike.error().message.contains(QStringLiteral("recent average of 100.00")))
        << (spike.ok() ? "" : spike.error().message.toStdString());
    EXPECT_EQ(pg.readings(), 5);
    // 300 − 5 = 295 ≤ 300: no question.
    EXPECT_TRUE(pg.read(QStringLiteral("2026-10-31"), QStringLiteral("300")).ok());
}
