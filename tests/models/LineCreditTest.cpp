// The per-line credit at check-out (stays/LineCredit): a line's value and tax heads for the
// days it billed after the stay's last day, out of the days it counted. Worked by hand.
#include <stays/LineCredit.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

Money rupees(qint64 paise)
{
    return Money::fromPaise(paise);
}

void expectCredit(const CreditAmounts& credit, qint64 taxable, qint64 cgst, qint64 sgst,
                  qint64 igst)
{
    EXPECT_EQ(credit.taxable.paise(), taxable);
    EXPECT_EQ(credit.cgst.paise(), cgst);
    EXPECT_EQ(credit.sgst.paise(), sgst);
    EXPECT_EQ(credit.igst.paise(), igst);
}

} // namespace

TEST(LineCredit, RentStretchAtTheOldRateCreditsItsDaysAfterTheStay)
{
    // ₹30,000/month, 1–21 Sep at 12%: 30,000 × 21/30 = 21,000; CGST = SGST = 6% = 1,260.
    // Last day 20 Sep: 21 Sep is 1 of the line's 21 days: 21,000 × 1/21 = 1,000, 60 + 60.
    const BilledLine line{QDate(2026, 9, 1),
                          QDate(2026, 9, 21),
                          QDate(2026, 9, 1),
                          {rupees(2100000), rupees(126000), rupees(126000), rupees(0)}};
    expectCredit(creditAfter(line, QDate(2026, 9, 20)), 100000, 6000, 6000, 0);
}

TEST(LineCredit, RentStretchAtTheNewRateAfterTheStayIsCreditedWhole)
{
    // 22–30 Sep at 5%: 30,000 × 9/30 = 9,000; CGST = SGST = 2.5% = 225. All 9 days are
    // after a last day of 20 Sep: 9,000, 225 + 225 (tax 450 at the line's own 5%).
    const BilledLine line{QDate(2026, 9, 22),
                          QDate(2026, 9, 30),
                          QDate(2026, 9, 22),
                          {rupees(900000), rupees(22500), rupees(22500), rupees(0)}};
    expectCredit(creditAfter(line, QDate(2026, 9, 20)), 900000, 22500, 22500, 0);
}

TEST(LineCredit, LineEndingOnOrBeforeTheLastDayGivesNothing)
{
    const BilledLine line{QDate(2026, 9, 1),
                          QDate(2026, 9, 20),
                          QDate(2026, 9, 1),
                          {rupees(2000000), rupees(120000), rupees(120000), rupees(0)}};
    expectCredit(creditAfter(line, QDate(2026, 9, 20)), 0, 0, 0, 0);
    expectCredit(creditAfter(line, QDate(2026, 9, 25)), 0, 0, 0, 0);
}

TEST(LineCredit, UtilityShareCreditsHerCountedDaysAfterTheStay)
{
    // Interval 1–15 Nov, she counted all 15 days; her line ₹450 at 12% (27 + 27).
    // Last day 12 Nov: 13–15 Nov are 3 of 15: 450 × 3/15 = 90, 27 × 3/15 = 5.40 each.
    const BilledLine line{QDate(2026, 11, 1),
                          QDate(2026, 11, 15),
                          QDate(2026, 11, 1),
                          {rupees(45000), rupees(2700), rupees(2700), rupees(0)}};
    expectCredit(creditAfter(line, QDate(2026, 11, 12)), 9000, 540, 540, 0);
}

TEST(LineCredit, UtilityShareOfALateArrivalCountsFromHerFirstDay)
{
    // Interval 1–15 Nov, she came on 6 Nov: counted 6–15 = 10 days; her line ₹300 exempt.
    // Last day 12 Nov: 3 of her 10 days after it: 300 × 3/10 = 90, no tax.
    const BilledLine line{QDate(2026, 11, 1),
                          QDate(2026, 11, 15),
                          QDate(2026, 11, 6),
                          {rupees(30000), rupees(0), rupees(0), rupees(0)}};
    expectCredit(creditAfter(line, QDate(2026, 11, 12)), 9000, 0, 0, 0);
}

TEST(LineCredit, InterStateLineTakesItsIgstAndRoundsToThePaisa)
{
    // ₹1,000 over 1–3 Oct with IGST ₹120; last day 2 Oct: 1 of 3 days.
    // 1,00,000 paise / 3 = 33,333.33 → 33,333; 12,000 / 3 = 4,000.
    const BilledLine line{QDate(2026, 10, 1),
                          QDate(2026, 10, 3),
                          QDate(2026, 10, 1),
                          {rupees(100000), rupees(0), rupees(0), rupees(12000)}};
    expectCredit(creditAfter(line, QDate(2026, 10, 2)), 33333, 0, 0, 4000);
}
