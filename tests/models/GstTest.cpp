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
    const auto atLimits = accommodationRule(kAfterRateCut, rupees(20000), 90); // both limits
    ASSERT_TRUE(atLimits);
    EXPECT_TRUE(atLimits->exempt);
}

TEST(TaxRules, EveryAccommodationRuleSaysSac996322)
{
    // SAC 996322: accommodation in hostels and paying guests, exempt or taxed alike.
    int accommodationRules = 0;
    for (const TaxRule& rule : defaultTaxRules())
        if (rule.category == QLatin1String("accommodation")) {
            ++accommodationRules;
            EXPECT_EQ(rule.sac, QStringLiteral("996322")) << rule.description.toStdString();
        }
    EXPECT_EQ(accommodationRules, 3); // exempt, 12% until 21-09-2025, 5% from 22-09-2025
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
    ASSERT_TRUE(rule);
    EXPECT_FALSE(rule->exempt);
    EXPECT_EQ(rule->rate, Rate::fromPercent(5));
}

TEST(TaxRules, AShortStayIsTaxable)
{
    for (int days : {60, 89}) {
        const auto rule = accommodationRule(kAfterRateCut, rupees(12000), days);
        ASSERT_TRUE(rule) << days;
        EXPECT_FALSE(rule->exempt) << days;
        EXPECT_EQ(rule->rate, Rate::fromPercent(5)) << days;
    }
}

TEST(TaxRules, RateFallsFromTwelveToFivePercentOnTwentySecondSeptember2025)
{
    const auto lastDayAtTwelve = accommodationRule(QDate(2025, 9, 21), rupees(25000), 30);
    const auto firstDayAtFive = accommodationRule(QDate(2025, 9, 22), rupees(25000), 30);
    ASSERT_TRUE(lastDayAtTwelve);
    ASSERT_TRUE(firstDayAtFive);
    EXPECT_EQ(lastDayAtTwelve->rate, Rate::fromPercent(12));
    EXPECT_EQ(firstDayAtFive->rate, Rate::fromPercent(5));
    // Before 15 July 2024 there was no exemption for long stays.
    const auto beforeExemption = accommodationRule(QDate(2024, 7, 14), rupees(12000), 365);
    const auto exemptionDay = accommodationRule(QDate(2024, 7, 15), rupees(12000), 365);
    ASSERT_TRUE(beforeExemption);
    ASSERT_TRUE(exemptionDay);
    EXPECT_FALSE(beforeExemption->exempt);
    EXPECT_EQ(beforeExemption->rate, Rate::fromPercent(12));
    EXPECT_TRUE(exemptionDay->exempt);
}

TEST(TaxRules, AnEditedTableIsUsedAsItStands)
{
    QList<TaxRule> rules = defaultTaxRules();
    rules.prepend({QStringLiteral("service"), QStringLiteral("999799"), QStringLiteral("Laundry"),
                   Rate::fromPercent(12), false, QString(), QDate(2026, 1, 1), QDate()});
    const auto laundry =
        findTaxRule(rules, QStringLiteral("service"), {kAfterRateCut, rupees(500), 0});
    ASSERT_TRUE(laundry);
    EXPECT_EQ(laundry->description, QStringLiteral("Laundry"));
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
    const auto first = DocumentNumber::compose(QStringLiteral("KORA"), year, 1);
    const auto widest = DocumentNumber::compose(QStringLiteral("KORA"), year, 999999);
    const auto receipt = DocumentNumber::compose(QStringLiteral("KORAR"), year, 99999);
    ASSERT_TRUE(first);
    ASSERT_TRUE(widest);
    ASSERT_TRUE(receipt);
    EXPECT_EQ(first.value(), QStringLiteral("KORA/2627/0001"));
    EXPECT_EQ(widest.value(), QStringLiteral("KORA/2627/999999"));                // 16 characters
    EXPECT_EQ(receipt.value(), QStringLiteral("KORAR/2627/99999"));               // 16 characters
    EXPECT_FALSE(DocumentNumber::compose(QStringLiteral("KORAR"), year, 100000)); // 17 characters
    EXPECT_FALSE(DocumentNumber::compose(QStringLiteral("kor a"), year, 1));
    EXPECT_FALSE(DocumentNumber::compose(QStringLiteral("KORA"), year, 0));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9/-]{1,16}$"));
    for (qint64 n : {1, 99, 9999, 123456}) {
        const auto number = DocumentNumber::compose(QStringLiteral("KORA"), year, n);
        ASSERT_TRUE(number) << n;
        EXPECT_TRUE(allowed.match(number.value()).hasMatch()) << n;
    }
}

TEST(TimeOfSupply, TheRateDateIsTheMiddleOfSupplyInvoiceAndPayment)
{
    const QDate supply(2025, 9, 10), invoice(2025, 10, 1), paid(2025, 8, 25);
    // Supply and payment before the change, invoice after: the supply day (12%).
    EXPECT_EQ(rateDate(supply, invoice, paid), supply);
    // Not paid yet: counted as paid on the invoice date, which then decides.
    EXPECT_EQ(rateDate(supply, invoice, QDate()), invoice);
    // Supply after both: the later of invoice and payment (both before: old rate).
    EXPECT_EQ(rateDate(QDate(2025, 9, 25), QDate(2025, 9, 1), QDate(2025, 8, 25)),
              QDate(2025, 9, 1));
    // Supply before, invoice and payment after: the earlier of the two (new rate).
    EXPECT_EQ(rateDate(supply, QDate(2025, 10, 1), QDate(2025, 9, 30)), QDate(2025, 9, 30));
}

TEST(TimeOfSupply, RuleChangesAreTheDaysARuleStartsOrStops)
{
    // In September 2025 the 12% rule stops after the 21st and the 5% rule starts on the 22nd.
    EXPECT_EQ(ruleChangesWithin(defaultTaxRules(), QStringLiteral("accommodation"),
                                QDate(2025, 9, 1), QDate(2025, 9, 30)),
              QList<QDate>{QDate(2025, 9, 22)});
    EXPECT_TRUE(ruleChangesWithin(defaultTaxRules(), QStringLiteral("accommodation"),
                                  QDate(2026, 11, 1), QDate(2026, 11, 30))
                    .isEmpty());
}
