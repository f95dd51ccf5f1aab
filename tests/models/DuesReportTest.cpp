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

namespace {

// Lakshmi from 1 October and Arjun from 1 November, both at ₹12,000 due on the 5th,
// billed to December; Lakshmi paid ₹15,000 on 20 December (October ₹12,000 cleared,
// ₹3,000 of November: ₹9,000 of it open).
struct TwoOwing : test::SamplePg
{
    TwoOwing()
    {
        checkIn(0, 0, QDate(2026, 10, 1));
        checkIn(1, 1, QDate(2026, 11, 1));
        for (const char16_t* month : {u"2026-10", u"2026-11", u"2026-12"})
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

TEST(DuesReport, AgesEachResidentsOpenBalancesLargestTotalFirst)
{
    TwoOwing pg;
    // As of 20 January: 5 Nov → 20 Jan is 25 + 31 + 20 = 76 days (61–90);
    // 5 Dec → 20 Jan is 26 + 20 = 46 days (31–60).
    const auto january = DuesReport(pg.store()).ageingByResident(QDate(2027, 1, 20));
    ASSERT_TRUE(january.ok()) << january.error().message.toStdString();
    ASSERT_EQ(january.value().size(), 2);
    const auto& arjun = january.value()[0]; // 12,000 + 12,000 = 24,000
    EXPECT_EQ(arjun.name, QStringLiteral("Arjun Mehta"));
    EXPECT_EQ(arjun.residentId, pg.residentIds[1]);
    EXPECT_EQ(arjun.ageing.upTo90, Money::fromRupees(12000));
    EXPECT_EQ(arjun.ageing.upTo60, Money::fromRupees(12000));
    EXPECT_EQ(arjun.ageing.total(), Money::fromRupees(24000));
    EXPECT_EQ(arjun.oldestDueDate, QDate(2026, 11, 5));
    const auto& lakshmi = january.value()[1]; // 9,000 + 12,000 = 21,000
    EXPECT_EQ(lakshmi.name, QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(lakshmi.ageing.upTo90, Money::fromRupees(9000));
    EXPECT_EQ(lakshmi.ageing.upTo60, Money::fromRupees(12000));
    EXPECT_TRUE(lakshmi.ageing.upTo30.isZero());
    EXPECT_TRUE(lakshmi.ageing.over90.isZero());
    // The buckets add up to the whole report's: 31–60 12,000 + 12,000; 61–90 12,000 + 9,000.
    const auto whole = DuesReport(pg.store()).ageing(QDate(2027, 1, 20)).value();
    EXPECT_EQ(whole.upTo60, Money::fromRupees(24000));
    EXPECT_EQ(whole.upTo90, Money::fromRupees(21000));

    // As of 5 February: 5 Nov is 25 + 31 + 31 + 5 = 92 days (90+); 5 Dec is 26 + 31 + 5 = 62.
    const auto february = DuesReport(pg.store()).ageingByResident(QDate(2027, 2, 5)).value();
    EXPECT_EQ(february[1].ageing.over90, Money::fromRupees(9000));
    EXPECT_EQ(february[1].ageing.upTo90, Money::fromRupees(12000));
    EXPECT_TRUE(february[1].ageing.upTo60.isZero());
}

TEST(DuesReport, SaysWhatOneResidentOwesLessTheirAdvance)
{
    TwoOwing pg;
    const auto lakshmi = DuesReport(pg.store()).owed(pg.residentIds[0]);
    ASSERT_TRUE(lakshmi.ok());
    EXPECT_EQ(lakshmi.value().open, Money::fromRupees(21000)); // 9,000 + 12,000
    EXPECT_EQ(lakshmi.value().openInvoices, 2);
    EXPECT_EQ(lakshmi.value().oldestDueDate, QDate(2026, 11, 5));
    EXPECT_EQ(lakshmi.value().balance(), Money::fromRupees(21000));

    // Arjun overpays: 30,000 − 24,000 owed = 6,000 in credit.
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[1], QStringLiteral("30000"), QStringLiteral("upi"),
                          QStringLiteral("UTR7"), QStringLiteral("2026-12-21")},
                         QDate(2026, 12, 21))
                    .ok());
    const auto arjun = DuesReport(pg.store()).owed(pg.residentIds[1]).value();
    EXPECT_TRUE(arjun.open.isZero());
    EXPECT_EQ(arjun.openInvoices, 0);
    EXPECT_FALSE(arjun.oldestDueDate.isValid());
    EXPECT_EQ(arjun.advance, Money::fromRupees(6000));
    EXPECT_EQ(arjun.balance(), Money::fromRupees(-6000));

    EXPECT_FALSE(DuesReport(pg.store()).owed(QStringLiteral("no-such-resident")).ok());
}
