#include <billing/MonthlyRun.h>
#include <payments/DuesReport.h>
#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <support/SamplePg.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// Lakshmi from 1 October at ₹12,000, billed October and November (due on the 5th),
// paid ₹15,000 on 20 December.
struct Owing : test::SamplePg
{
    Owing()
    {
        checkIn(0, 0, QDate(2026, 10, 1));
        for (const char16_t* month : {u"2026-10", u"2026-11"})
            bill(month);
        EXPECT_TRUE(RecordPayment(store())
                        .run({residentIds[0],
                              QStringLiteral("15000"),
                              QStringLiteral("cash"),
                              {},
                              QStringLiteral("2026-12-20")},
                             QDate(2026, 12, 20))
                        .ok());
    }
};

} // namespace

TEST(DuesReport, LedgerRunsTheBalanceThroughInvoicesAndPayments)
{
    Owing pg;
    const auto ledger = DuesReport(pg.store()).ledger(pg.residentIds[0]);
    ASSERT_TRUE(ledger.ok());
    ASSERT_EQ(ledger.value().size(), 3);
    EXPECT_EQ(ledger.value()[0].document, QStringLiteral("KORA/2627/0001"));
    EXPECT_EQ(ledger.value()[0].balance, Money::fromRupees(12000));
    EXPECT_EQ(ledger.value()[1].balance, Money::fromRupees(24000));
    EXPECT_EQ(ledger.value()[2].kind, QStringLiteral("payment"));
    EXPECT_EQ(ledger.value()[2].document, QStringLiteral("KORAR/2627/0001"));
    EXPECT_EQ(ledger.value()[2].credit, Money::fromRupees(15000));
    EXPECT_EQ(ledger.value()[2].balance, Money::fromRupees(9000));
}

TEST(DuesReport, AgesOpenBalancesByDaysPastDue)
{
    Owing pg;
    // The payment cleared October; ₹9,000 of November (due 5 Nov) is open.
    const auto atYearEnd = DuesReport(pg.store()).ageing(QDate(2026, 12, 20)); // 45 days late
    ASSERT_TRUE(atYearEnd.ok());
    EXPECT_EQ(atYearEnd.value().upTo60, Money::fromRupees(9000));
    EXPECT_EQ(atYearEnd.value().total(), Money::fromRupees(9000));
    EXPECT_EQ(DuesReport(pg.store()).ageing(QDate(2027, 2, 20)).value().over90,
              Money::fromRupees(9000));
    EXPECT_EQ(DuesReport(pg.store()).ageing(QDate(2026, 11, 1)).value().upTo30,
              Money::fromRupees(9000));
}

TEST(DuesReport, ListsWhoToCollectFromToday)
{
    Owing pg;
    const auto today = DuesReport(pg.store()).toCollect(QDate(2026, 12, 20));
    ASSERT_TRUE(today.ok());
    ASSERT_EQ(today.value().size(), 1);
    EXPECT_EQ(today.value()[0].name, QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(today.value()[0].phone, QStringLiteral("+919845012345"));
    EXPECT_EQ(today.value()[0].amount, Money::fromRupees(9000));
    EXPECT_EQ(today.value()[0].oldestDueDate, QDate(2026, 11, 5));
    EXPECT_TRUE(
        DuesReport(pg.store()).toCollect(QDate(2026, 11, 4)).value().isEmpty()); // nothing due yet
}
