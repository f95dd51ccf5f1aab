#include <domain/BillingPeriod.h>
#include <domain/FinancialYear.h>
#include <domain/Ifsc.h>
#include <domain/Money.h>
#include <domain/Rate.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {
Money rupees(qint64 r, qint64 p = 0)
{
    return Money::fromPaise(r * 100 + p);
}
} // namespace

TEST(Money, WritesAmountsInWordsInTheIndianSystem)
{
    EXPECT_EQ(rupees(1'02'03'405, 6).toWords(),
              QStringLiteral(
                  "Rupees One Crore Two Lakh Three Thousand Four Hundred Five and Six Paise Only"));
    EXPECT_EQ(rupees(1'20'000, 50).toWords(),
              QStringLiteral("Rupees One Lakh Twenty Thousand and Fifty Paise Only"));
    EXPECT_EQ(rupees(5600).toWords(), QStringLiteral("Rupees Five Thousand Six Hundred Only"));
    EXPECT_EQ(rupees(0, 50).toWords(), QStringLiteral("Fifty Paise Only"));
    EXPECT_EQ(rupees(0).toWords(), QStringLiteral("Rupees Zero Only"));
    EXPECT_EQ(rupees(1000'00'00'000).toWords(), QStringLiteral("Rupees One Thousand Crore Only"));
    EXPECT_EQ(rupees(19).toWords(), QStringLiteral("Rupees Nineteen Only"));
    EXPECT_EQ((-rupees(10, 5)).toWords(), QStringLiteral("Minus Rupees Ten and Five Paise Only"));
}

TEST(Money, GroupsDigitsTheIndianWay)
{
    EXPECT_EQ(rupees(12'34'567).toIndianString(), QStringLiteral("12,34,567.00"));
    EXPECT_EQ(rupees(999, 9).toIndianString(), QStringLiteral("999.09"));
    EXPECT_EQ(rupees(10'00'00'000).toIndianString(), QStringLiteral("10,00,00,000.00"));
    EXPECT_EQ((-rupees(1'500)).toIndianString(), QStringLiteral("-1,500.00"));
}

TEST(Money, ProratesRentByDaysOccupied)
{
    // Check-in on the 17th of a 30-day month at ₹12,000: 14 of 30 days.
    EXPECT_EQ(rupees(12000).prorated(14, 30), rupees(5600));
    // The 17th of a 31-day month: 15 of 31 days = 5806.4516…
    EXPECT_EQ(rupees(12000).prorated(15, 31), rupees(5806, 45));
    // February 2028 (leap year), from the 15th: 15 of 29 days = 6206.8965…
    EXPECT_EQ(rupees(12000).prorated(15, 29), rupees(6206, 90));
    EXPECT_EQ(rupees(12000).prorated(29, 29), rupees(12000));
}

TEST(Money, RoundsHalfAwayFromZeroToThePaisaAndRupee)
{
    EXPECT_EQ(rupees(12000).percent(Rate::fromPercent(5)), rupees(600));
    EXPECT_EQ(rupees(333, 33).percent(Rate::fromPercent(18)), rupees(60)); // 59.9994
    EXPECT_EQ(Money::fromPaise(20).percent(Rate::fromBasisPoints(250)),
              Money::fromPaise(1)); // 0.5 paisa
    EXPECT_EQ(Money::fromPaise(-20).percent(Rate::fromBasisPoints(250)), Money::fromPaise(-1));
    EXPECT_EQ(rupees(1234, 50).roundedToRupee(), rupees(1235));
    EXPECT_EQ(rupees(1234, 49).roundedToRupee(), rupees(1234));
    EXPECT_EQ((-rupees(1234, 50)).roundedToRupee(), -rupees(1235));
}

TEST(Money, AddsAndSubtractsExactly)
{
    Money total;
    for (int i = 0; i < 1000; ++i)
        total += Money::fromPaise(10); // ten paise a thousand times: no drift
    EXPECT_EQ(total, rupees(100));
    EXPECT_EQ(rupees(100) - rupees(0, 1), rupees(99, 99));
    EXPECT_EQ(rupees(12000).times(3), rupees(36000));
}

TEST(MoneyDeathTest, OverflowStopsInsteadOfWrapping)
{
    const Money huge = Money::fromPaise(std::numeric_limits<qint64>::max());
    EXPECT_DEATH((void)(huge + Money::fromPaise(1)), "Money overflow");
    EXPECT_DEATH((void)huge.times(2), "Money overflow");
}

TEST(Rate, ParsesPercentagesIntoBasisPoints)
{
    EXPECT_EQ(Rate::parse(u"18")->basisPoints(), 1800);
    EXPECT_EQ(Rate::parse(u"2.5%")->basisPoints(), 250);
    EXPECT_EQ(Rate::parse(u"0.25")->basisPoints(), 25);
    EXPECT_EQ(Rate::fromBasisPoints(250).toString(), QStringLiteral("2.5%"));
    EXPECT_EQ(Rate::fromPercent(12).toString(), QStringLiteral("12%"));
    EXPECT_EQ(Rate::fromPercent(12).half(), Rate::fromPercent(6));
    for (const char16_t* bad : {u"", u"abc", u"101", u"1.234", u"-5"})
        EXPECT_FALSE(Rate::parse(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(BillingPeriod, KnowsItsDaysAndOverlaps)
{
    const auto nov = BillingPeriod::parse(u"2026-11");
    ASSERT_TRUE(nov);
    EXPECT_EQ(nov->days(), 30);
    EXPECT_EQ(nov->lastDay(), QDate(2026, 11, 30));
    EXPECT_EQ(nov->daysOverlapping(QDate(2026, 11, 17), QDate()), 14);
    EXPECT_EQ(nov->daysOverlapping(QDate(2026, 10, 1), QDate(2026, 11, 10)), 10);
    EXPECT_EQ(nov->daysOverlapping(QDate(2026, 12, 1), QDate()), 0);
    EXPECT_EQ(BillingPeriod::parse(u"2028-02")->days(), 29);
    EXPECT_EQ(nov->next().toString(), QStringLiteral("2026-12"));
    EXPECT_EQ(BillingPeriod::parse(u"2026-12")->next().toString(), QStringLiteral("2027-01"));
    for (const char16_t* bad : {u"2026-13", u"2026-1", u"11-2026", u"2026/11", u""})
        EXPECT_FALSE(BillingPeriod::parse(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(FinancialYear, RunsAprilToMarch)
{
    EXPECT_EQ(FinancialYear::containing(QDate(2026, 3, 31)).label(), QStringLiteral("2025-26"));
    EXPECT_EQ(FinancialYear::containing(QDate(2026, 4, 1)).label(), QStringLiteral("2026-27"));
    EXPECT_EQ(FinancialYear::containing(QDate(2026, 4, 1)).shortLabel(), QStringLiteral("26-27"));
    EXPECT_EQ(FinancialYear::containing(QDate(2099, 12, 1)).shortLabel(), QStringLiteral("99-00"));
    EXPECT_EQ(FinancialYear::containing(QDate(2026, 11, 22)).lastDay(), QDate(2027, 3, 31));
}

TEST(Ifsc, IsBankZeroBranch)
{
    EXPECT_EQ(Ifsc::parse(u"hdfc0001234")->value(), QStringLiteral("HDFC0001234"));
    EXPECT_FALSE(Ifsc::parse(u"HDFC1001234"));
    EXPECT_FALSE(Ifsc::parse(u"HDF00001234"));
}
