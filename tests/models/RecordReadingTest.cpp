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
