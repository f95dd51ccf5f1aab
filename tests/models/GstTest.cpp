#include <billing/DocumentNumber.h>
#include <billing/GstLine.h>
#include <tax/TaxRule.h>

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

Money rupees(qint64 r, qint64 p = 0)
{
    return Money::fromPaise(r * 100 + p);
}

std::optional<TaxRule> accommodationRule(QDate date, Money monthlyValue, int stayDays)
{
    return findTaxRule(defaultTaxRules(), QStringLiteral("accommodation"),
                       SupplyFacts{date, monthlyValue, stayDays});
}

const QDate kAfterRateCut(2026, 11, 1);

} // namespace

TEST(TaxRules, LongStayUpToTwentyThousandIsExempt)
{
    const auto rule = accommodationRule(kAfterRateCut, rupees(12000), 330);
    ASSERT_TRUE(rule);
    EXPECT_TRUE(rule->exempt);
    EXPECT_TRUE(rule->description.contains(QStringLiteral("12A")));
    EXPECT_TRUE(
        accommodationRule(kAfterRateCut, rupees(20000), 90)->exempt); // exactly at both limits
}

TEST(TaxRules, TwentyOneThousandIsTaxable)
{
    const auto rule = accommodationRule(kAfterRateCut, rupees(21000), 330);
    ASSERT_TRUE(rule);
    EXPECT_FALSE(rule->exempt);
    EXPECT_EQ(rule->rate, Rate::fromPercent(5));
}

TEST(TaxRules, FoodBundledWithTheStayCountsTowardsTheLimit)
{
    // ₹19,000 rent + ₹2,000 food = ₹21,000 per month: over the limit.
    const auto rule = accommodationRule(kAfterRateCut, rupees(19000) + rupees(2000), 330);
    EXPECT_FALSE(rule->exempt);
}

TEST(TaxRules, AShortStayIsTaxable)
{
    EXPECT_FALSE(accommodationRule(kAfterRateCut, rupees(12000), 60)->exempt);
    EXPECT_FALSE(accommodationRule(kAfterRateCut, rupees(12000), 89)->exempt);
}

TEST(TaxRules, RateFallsFromTwelveToFivePercentOnTwentySecondSeptember2025)
{
    EXPECT_EQ(accommodationRule(QDate(2025, 9, 21), rupees(25000), 30)->rate,
              Rate::fromPercent(12));
    EXPECT_EQ(accommodationRule(QDate(2025, 9, 22), rupees(25000), 30)->rate, Rate::fromPercent(5));
    // Before 15 July 2024 there was no exemption for long stays.
    EXPECT_EQ(accommodationRule(QDate(2024, 7, 14), rupees(12000), 365)->rate,
              Rate::fromPercent(12));
    EXPECT_TRUE(accommodationRule(QDate(2024, 7, 15), rupees(12000), 365)->exempt);
}

TEST(TaxRules, AnEditedTableIsUsedAsItStands)
{
    QList<TaxRule> rules = defaultTaxRules();
    rules.prepend({QStringLiteral("service"), QStringLiteral("999799"), QStringLiteral("Laundry"),
                   Rate::fromPercent(12), false, QString(), QDate(2026, 1, 1), QDate()});
    const auto laundry =
        findTaxRule(rules, QStringLiteral("service"), {kAfterRateCut, rupees(500), 0});
    EXPECT_EQ(laundry->rate, Rate::fromPercent(12));
    EXPECT_FALSE(findTaxRule(rules, QStringLiteral("unknown"), {kAfterRateCut, rupees(500), 0}));
}

TEST(GstLine, SplitsIntraStateTaxIntoCgstAndSgst)
{
    const GstLine line = GstLine::compute(rupees(21000), Rate::fromPercent(5), false, false);
    EXPECT_EQ(line.cgst, rupees(525));
    EXPECT_EQ(line.sgst, rupees(525));
    EXPECT_EQ(line.igst, Money());
    EXPECT_EQ(line.total(), rupees(22050));
}

TEST(GstLine, ChargesIgstWhenTheSupplierIsInAnotherState)
{
    const GstLine line = GstLine::compute(rupees(21000), Rate::fromPercent(5), false, true);
    EXPECT_EQ(line.igst, rupees(1050));
    EXPECT_EQ(line.cgst + line.sgst, Money());
}

TEST(GstLine, RoundsEachHeadToThePaisa)
{
    // 2.5% of 333.33 = 8.33325 → 8.33 for each of CGST and SGST.
    const GstLine line = GstLine::compute(rupees(333, 33), Rate::fromPercent(5), false, false);
    EXPECT_EQ(line.cgst, rupees(8, 33));
    EXPECT_EQ(line.sgst, rupees(8, 33));
    EXPECT_EQ(GstLine::compute(rupees(12000), Rate::fromPercent(5), true, false).tax(), Money());
}

TEST(GstTotals, RoundsTheTotalToTheRupeeWithAnExplicitRoundOff)
{
    const QList<GstLine> lines = {
        GstLine::compute(rupees(5806, 45), Rate::fromPercent(5), false, false),
        GstLine::compute(rupees(812, 40), Rate(), true, false)};
    const GstTotals totals = GstTotals::of(lines);
    EXPECT_EQ(totals.taxable, rupees(5806, 45));
    EXPECT_EQ(totals.exempt, rupees(812, 40));
    EXPECT_EQ(totals.cgst, rupees(145, 16)); // 2.5% of 5806.45 = 145.16125
    EXPECT_EQ(totals.sgst, rupees(145, 16));
    // 5806.45 + 290.32 + 812.40 = 6909.17 → 6909.00, round-off −0.17
    EXPECT_EQ(totals.total, rupees(6909));
    EXPECT_EQ(totals.roundOff, -rupees(0, 17));
    EXPECT_EQ(GstTotals::of(lines, false).total, rupees(6909, 17));
}

TEST(GstDocumentType, FollowsRules46And49)
{
    EXPECT_EQ(chooseDocumentType(false, true, false, false),
              GstDocumentType::BillOfSupply); // unregistered supplier
    EXPECT_EQ(chooseDocumentType(true, false, true, false),
              GstDocumentType::BillOfSupply); // all exempt
    EXPECT_EQ(chooseDocumentType(true, true, true, false), GstDocumentType::InvoiceCumBillOfSupply);
    EXPECT_EQ(chooseDocumentType(true, true, false, false), GstDocumentType::TaxInvoice);
    EXPECT_EQ(chooseDocumentType(true, true, true, true), GstDocumentType::TaxInvoice);
}

TEST(DocumentNumber, FitsRule46InSixteenCharacters)
{
    const FinancialYear year = FinancialYear::containing(QDate(2026, 11, 1));
    EXPECT_EQ(DocumentNumber::compose(QStringLiteral("KORA"), year, 1).value(),
              QStringLiteral("KORA/2627/0001"));
    EXPECT_EQ(DocumentNumber::compose(QStringLiteral("KORA"), year, 999999).value(),
              QStringLiteral("KORA/2627/999999"));
    EXPECT_EQ(DocumentNumber::compose(QStringLiteral("KORAR"), year, 99999).value(),
              QStringLiteral("KORAR/2627/99999"));
    EXPECT_FALSE(DocumentNumber::compose(QStringLiteral("KORAR"), year, 100000)); // 17 characters
    EXPECT_FALSE(DocumentNumber::compose(QStringLiteral("kor a"), year, 1));
    EXPECT_FALSE(DocumentNumber::compose(QStringLiteral("KORA"), year, 0));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9/-]{1,16}$"));
    for (qint64 n : {1, 99, 9999, 123456})
        EXPECT_TRUE(allowed.match(DocumentNumber::compose(QStringLiteral("KORA"), year, n).value())
                        .hasMatch());
}
