// A billing run refuses dates that would put wrong documents in the books, naming
// the field, before it writes anything (MonthlyRunGuard).
#include <billing/MonthlyRun.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// The run as made on `today`, for `month`, issued on `issued`.
store::StoreResult<MonthlyRun::Result> runOn(test::SamplePg& pg, const char16_t* month,
                                             QDate issued, QDate today, bool preview = false)
{
    return MonthlyRun(pg.store())
        .run({BillingPeriod::parse(month).value(), issued, preview, {}, today});
}

QStringList fields(const store::StoreError& error)
{
    QStringList names;
    for (const FieldError& field : error.fields)
        names << field.field;
    return names;
}

qint64 invoices(test::SamplePg& pg)
{
    return test::number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice"));
}

const QDate kToday(2026, 11, 26);

} // namespace

TEST(BillingRunGuard, RefusesAMonthMoreThanOneAheadAndAnIssueDateInTheFuture)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    // On 26 November the latest month that can be billed is December; January is two ahead,
    // and its first day is still in the future.
    auto january = runOn(pg, u"2027-01", QDate(2027, 1, 1), kToday);
    ASSERT_FALSE(january.ok());
    EXPECT_EQ(fields(january.error()),
              (QStringList{QStringLiteral("month"), QStringLiteral("date")}));
    EXPECT_TRUE(january.error().message.contains(QStringLiteral("2026-12")))
        << january.error().message.toStdString();
    // November issued tomorrow.
    auto tomorrow = runOn(pg, u"2026-11", QDate(2026, 11, 27), kToday);
    ASSERT_FALSE(tomorrow.ok());
    EXPECT_EQ(fields(tomorrow.error()), QStringList{QStringLiteral("date")});
    EXPECT_TRUE(tomorrow.error().message.contains(QStringLiteral("in the future")));
    // A preview is held to the same dates.
    EXPECT_FALSE(runOn(pg, u"2027-01", QDate(2026, 11, 26), kToday, true).ok());
    EXPECT_EQ(invoices(pg), 0);
    EXPECT_EQ(test::number(pg.store(), QStringLiteral("SELECT count(*) FROM document_series")), 0);
}

TEST(BillingRunGuard, RefusesAnIssueDateBeforeTheMonthBilled)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    auto early = runOn(pg, u"2026-11", QDate(2026, 10, 31), kToday);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(fields(early.error()), QStringList{QStringLiteral("date")});
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("before the month billed")));
    EXPECT_EQ(invoices(pg), 0);
    // Issued on the month's first day: fine.
    ASSERT_TRUE(runOn(pg, u"2026-11", QDate(2026, 11, 1), kToday).ok());
    EXPECT_EQ(invoices(pg), 1);
}

TEST(BillingRunGuard, RefusesAnIssueDateBeforeTheLastInvoiceSoNumbersFollowDates)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    // November is billed on the 20th: KORA/2627/0001 dated 2026-11-20.
    auto november = runOn(pg, u"2026-11", QDate(2026, 11, 20), kToday);
    ASSERT_TRUE(november.ok());
    ASSERT_EQ(november.value().numbers, QStringList{QStringLiteral("KORA/2627/0001")});
    // October, forgotten, backdated to 10 November would be number 0002 dated before 0001.
    auto backdated = runOn(pg, u"2026-10", QDate(2026, 11, 10), kToday);
    ASSERT_FALSE(backdated.ok());
    EXPECT_EQ(fields(backdated.error()), QStringList{QStringLiteral("date")});
    EXPECT_TRUE(backdated.error().message.contains(QStringLiteral("KORA/2627/0001")))
        << backdated.error().message.toStdString();
    EXPECT_TRUE(backdated.error().message.contains(QStringLiteral("2026-11-20")));
    EXPECT_EQ(invoices(pg), 1);
    // Issued on the same day (or later), October gets the next number.
    auto october = runOn(pg, u"2026-10", QDate(2026, 11, 20), kToday);
    ASSERT_TRUE(october.ok());
    EXPECT_EQ(october.value().numbers, QStringList{QStringLiteral("KORA/2627/0002")});
}

TEST(BillingRunGuard, ANewFinancialYearStartsItsOwnOrder)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2027, 3, 1));
    // April's invoice (FY 2027-28) dated 2 April does not stop March's (FY 2026-27) on
    // 31 March: each series keeps its own numbers in date order.
    ASSERT_TRUE(runOn(pg, u"2027-04", QDate(2027, 4, 2), QDate(2027, 4, 2)).ok());
    auto march = runOn(pg, u"2027-03", QDate(2027, 3, 31), QDate(2027, 4, 2));
    ASSERT_TRUE(march.ok()) << march.error().message.toStdString();
    EXPECT_EQ(march.value().numbers, QStringList{QStringLiteral("KORA/2627/0001")});
}
