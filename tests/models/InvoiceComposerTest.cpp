#include <billing/InvoiceComposer.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

Money rupees(qint64 r, qint64 p = 0)
{
    return Money::fromPaise(r * 100 + p);
}

const QString kKarnatakaGstin = QStringLiteral("29ABCPE1234F1Z7");
const QString kMaharashtraGstin = QStringLiteral("27ABCPE1234F1ZB");
const BillingPeriod kNovember = BillingPeriod::parse(u"2026-11").value();

StayFacts stay(Money rent, QDate start = QDate(2026, 4, 1), int termMonths = 11)
{
    StayFacts facts;
    facts.agreementId = QStringLiteral("agreement");
    facts.residentId = QStringLiteral("resident");
    facts.recipientName = QStringLiteral("Lakshmi Narayanan");
    facts.start = start;
    facts.plannedEnd = start.addMonths(termMonths).addDays(-1);
    facts.rent = rent;
    facts.segments = {{start, QDate(), QStringLiteral("room 101, bed A")}};
    return facts;
}

InvoiceDraft compose(const StayFacts& facts, const QString& gstin = QString(),
                     BillingPeriod period = kNovember)
{
    const auto draft = InvoiceComposer::compose(facts, SupplierFacts{gstin, QStringLiteral("29")},
                                                defaultTaxRules(), period, period.firstDay());
    EXPECT_TRUE(draft) << draft.error().toStdString();
    return draft ? draft.value() : InvoiceDraft();
}

} // namespace

TEST(InvoiceComposer, ProratesRentForAMidMonthCheckIn)
{
    // Check-in on the 17th of a 30-day month at ₹12,000 → ₹5,600.00.
    const InvoiceDraft draft = compose(stay(rupees(12000), QDate(2026, 11, 17)));
    ASSERT_EQ(draft.lines.size(), 1);
    EXPECT_EQ(draft.daysBilled, 14);
    EXPECT_EQ(draft.lines[0].gst.taxable, rupees(5600));
    EXPECT_EQ(draft.lines[0].basis, QStringLiteral("14 of 30 days × ₹12,000.00 per month"));
    EXPECT_EQ(draft.lines[0].description, QStringLiteral("Rent for November 2026"));
    EXPECT_EQ(draft.totals.total, rupees(5600));
    EXPECT_EQ(draft.documentType, GstDocumentType::BillOfSupply); // no GSTIN: no tax
}

TEST(InvoiceComposer, ProratesA31DayMonthAndALeapFebruary)
{
    const auto october = BillingPeriod::parse(u"2026-10").value();
    const InvoiceDraft oct = compose(stay(rupees(12000), QDate(2026, 10, 17)), QString(), october);
    EXPECT_EQ(oct.lines[0].gst.taxable, rupees(5806, 45)); // 15/31
    EXPECT_EQ(oct.totals.total, rupees(5806));             // rounded to the rupee
    EXPECT_EQ(oct.totals.roundOff, -rupees(0, 45));
    const auto february = BillingPeriod::parse(u"2028-02").value();
    const InvoiceDraft feb = compose(stay(rupees(12000), QDate(2028, 2, 15)), QString(), february);
    EXPECT_EQ(feb.daysBilled, 15);
    EXPECT_EQ(feb.lines[0].gst.taxable, rupees(6206, 90)); // 15/29
}

TEST(InvoiceComposer, LongStayUpToTwentyThousandIsExemptBillOfSupply)
{
    const InvoiceDraft draft = compose(stay(rupees(12000)), kKarnatakaGstin);
    EXPECT_TRUE(draft.lines[0].gst.exempt);
    EXPECT_EQ(draft.totals.total, rupees(12000));
    EXPECT_EQ(draft.documentType, GstDocumentType::BillOfSupply);
}

TEST(InvoiceComposer, TwentyOneThousandIsTaxedAtFivePercentCgstAndSgst)
{
    const InvoiceDraft draft = compose(stay(rupees(21000)), kKarnatakaGstin);
    EXPECT_EQ(draft.totals.cgst, rupees(525));
    EXPECT_EQ(draft.totals.sgst, rupees(525));
    EXPECT_EQ(draft.totals.total, rupees(22050));
    EXPECT_EQ(draft.documentType, GstDocumentType::TaxInvoice);
    EXPECT_EQ(draft.lines[0].sac, QStringLiteral("996322"));
}

TEST(InvoiceComposer, FoodBundledWithNineteenThousandMakesTheStayTaxable)
{
    StayFacts facts = stay(rupees(19000));
    facts.recurring = {{QStringLiteral("food"), QStringLiteral("food"), QStringLiteral("Food"),
                        rupees(2000), QDate(2026, 4, 1), QDate()}};
    const InvoiceDraft draft = compose(facts, kKarnatakaGstin);
    ASSERT_EQ(draft.lines.size(), 2);
    EXPECT_EQ(draft.lines[1].description, QStringLiteral("Food for November 2026"));
    EXPECT_FALSE(draft.lines[0].gst.exempt);
    EXPECT_EQ(draft.totals.cgst + draft.totals.sgst, rupees(1050)); // 5% of 21,000
    EXPECT_EQ(draft.totals.total, rupees(22050));
}

TEST(InvoiceComposer, ASixtyDayStayIsTaxable)
{
    StayFacts facts = stay(rupees(12000), QDate(2026, 11, 1));
    facts.plannedEnd = QDate(2026, 12, 30); // 60 days
    const InvoiceDraft draft = compose(facts, kKarnatakaGstin);
    EXPECT_FALSE(draft.lines[0].gst.exempt);
    EXPECT_EQ(draft.totals.total, rupees(12600));
}

TEST(InvoiceComposer, AnInterStateSupplierChargesIgst)
{
    const InvoiceDraft draft = compose(stay(rupees(21000)), kMaharashtraGstin);
    EXPECT_EQ(draft.totals.igst, rupees(1050));
    EXPECT_EQ(draft.totals.cgst + draft.totals.sgst, Money());
}

TEST(InvoiceComposer, ExemptStayWithATaxedServiceIsAnInvoiceCumBillOfSupply)
{
    StayFacts facts = stay(rupees(12000));
    facts.oneOffs = {{QStringLiteral("laundry"), QStringLiteral("one_off"),
                      QStringLiteral("Laundry (extra)"), rupees(300)}};
    const InvoiceDraft draft = compose(facts, kKarnatakaGstin);
    EXPECT_EQ(draft.documentType, GstDocumentType::InvoiceCumBillOfSupply);
    EXPECT_EQ(draft.totals.cgst, rupees(27)); // 9% of 300
    EXPECT_EQ(draft.totals.total, rupees(12354));
    facts.recipientGstin = QStringLiteral("29AAACR5055K1Z3"); // a registered business recipient
    EXPECT_EQ(compose(facts, kKarnatakaGstin).documentType, GstDocumentType::TaxInvoice);
}

TEST(InvoiceComposer, ATransferWithinTheMonthBillsEveryDayOnce)
{
    StayFacts facts = stay(rupees(12000));
    facts.segments = {{QDate(2026, 4, 1), QDate(2026, 11, 14), QStringLiteral("room 101, bed A")},
                      {QDate(2026, 11, 15), QDate(), QStringLiteral("room 204, bed B")}};
    const InvoiceDraft draft = compose(facts);
    EXPECT_EQ(draft.daysBilled, 30);
    EXPECT_EQ(draft.totals.total, rupees(12000));
    // Both beds are on the invoice, each prorated: 14 and 16 of 30 days.
    ASSERT_EQ(draft.lines.size(), 2);
    EXPECT_EQ(draft.lines[0].description,
              QStringLiteral("Rent for November 2026, room 101, bed A, 01-11 to 14-11"));
    EXPECT_EQ(draft.lines[0].gst.taxable, rupees(5600));
    EXPECT_EQ(draft.lines[1].description,
              QStringLiteral("Rent for November 2026, room 204, bed B, 15-11 to 30-11"));
    EXPECT_EQ(draft.lines[1].gst.taxable, rupees(6400));
}

TEST(InvoiceComposer, ATransferToADearerBedProratesEachRent)
{
    // ₹9,000 until the 10th, then ₹15,000 from the 11th of a 30-day month:
    // 9,000 × 10/30 = 3,000.00 and 15,000 × 20/30 = 10,000.00.
    StayFacts facts = stay(rupees(9000));
    facts.segments = {{QDate(2026, 4, 1), QDate(2026, 11, 10), QStringLiteral("room 101, bed A")},
                      {QDate(2026, 11, 11), QDate(), QStringLiteral("room 301, bed A")}};
    facts.rentChanges = {{QDate(2026, 11, 11), rupees(15000)}};
    const InvoiceDraft draft = compose(facts);
    ASSERT_EQ(draft.lines.size(), 2);
    EXPECT_EQ(draft.lines[0].gst.taxable, rupees(3000));
    EXPECT_EQ(draft.lines[0].basis, QStringLiteral("10 of 30 days × ₹9,000.00 per month"));
    EXPECT_EQ(draft.lines[1].gst.taxable, rupees(10000));
    EXPECT_EQ(draft.lines[1].basis, QStringLiteral("20 of 30 days × ₹15,000.00 per month"));
    // The next month is all at the new rent.
    const InvoiceDraft december = compose(facts, QString(), kNovember.next());
    ASSERT_EQ(december.lines.size(), 1);
    EXPECT_EQ(december.lines[0].gst.taxable, rupees(15000));
}

TEST(InvoiceComposer, UtilitySharesAreLinesWithTheirReadingBasisAndCountTowardsTheLimit)
{
    StayFacts facts = stay(rupees(19000));
    facts.utilities = {{QStringLiteral("reading"), QStringLiteral("Electricity, room 101"),
                        QStringLiteral("Reading 100.00 → 220.00"), Money::fromPaise(120050)}};
    const InvoiceDraft exempt = compose(facts);
    ASSERT_EQ(exempt.lines.size(), 2);
    EXPECT_EQ(exempt.lines[1].kind, QStringLiteral("utility"));
    EXPECT_EQ(exempt.lines[1].sourceId, QStringLiteral("reading"));
    EXPECT_EQ(exempt.lines[1].basis, QStringLiteral("Reading 100.00 → 220.00"));
    EXPECT_EQ(exempt.totals.exempt, Money::fromPaise(1900000 + 120050));
    // ₹19,000 rent + ₹1,200.50 electricity is over ₹20,000: the whole stay is taxable at 5%.
    const InvoiceDraft taxed = compose(facts, kKarnatakaGstin);
    EXPECT_EQ(taxed.documentType, GstDocumentType::TaxInvoice);
    EXPECT_EQ(taxed.lines[1].gst.cgst, Money::fromPaise(3001)); // 2.5% of 1,200.50 = 30.0125
}

TEST(InvoiceComposer, CheckOutEndsTheBilledDays)
{
    StayFacts facts = stay(rupees(12000));
    facts.moveOut = QDate(2026, 11, 10);
    EXPECT_EQ(compose(facts).totals.total, rupees(4000)); // 10 of 30 days
    facts.moveOut = QDate(2026, 10, 31);
    EXPECT_TRUE(compose(facts).lines.isEmpty()); // gone before the month began
}

TEST(InvoiceComposer, RefusesASupplyNoRuleCovers)
{
    const auto draft = InvoiceComposer::compose(
        stay(rupees(12000)), SupplierFacts{kKarnatakaGstin, QStringLiteral("29")}, {}, kNovember,
        kNovember.firstDay());
    ASSERT_FALSE(draft);
    EXPECT_TRUE(draft.error().contains(QStringLiteral("no GST rule")));
}

// CGST Act s.14 across the 22-09-2025 change (12% → 5%): ₹25,000 a month (over the
// ₹20,000 exemption), September 2025 (30 days), Karnataka supplier and property.
namespace {

const BillingPeriod kSeptember2025 = BillingPeriod::parse(u"2025-09").value();

InvoiceDraft composeSeptember(const StayFacts& facts, QDate issueDate)
{
    const auto draft =
        InvoiceComposer::compose(facts, SupplierFacts{kKarnatakaGstin, QStringLiteral("29")},
                                 defaultTaxRules(), kSeptember2025, issueDate);
    EXPECT_TRUE(draft) << draft.error().toStdString();
    return draft ? draft.value() : InvoiceDraft();
}

} // namespace

TEST(TimeOfSupply, InvoicedAfterTheChangeAndUnpaidTheWholeMonthIsAtFivePercent)
{
    // Invoice 01-10-2025 (after), payment after it: for days before the change two of
    // three (invoice, payment) are after → 5% (s.14(a)(i)); days after → 5% anyway.
    // 5% of 25,000 = 1,250 → CGST 625 + SGST 625; total 26,250.
    const InvoiceDraft draft =
        composeSeptember(stay(rupees(25000), QDate(2025, 4, 1)), QDate(2025, 10, 1));
    ASSERT_EQ(draft.lines.size(), 1);
    EXPECT_EQ(draft.lines[0].description, QStringLiteral("Rent for September 2025"));
    EXPECT_EQ(draft.lines[0].gst.rate, Rate::fromPercent(5));
    EXPECT_EQ(draft.lines[0].sac, QStringLiteral("996322"));
    EXPECT_EQ(draft.totals.cgst, rupees(625));
    EXPECT_EQ(draft.totals.sgst, rupees(625));
    EXPECT_EQ(draft.totals.total, rupees(26250));
}

TEST(TimeOfSupply, PaidBeforeTheChangeAndInvoicedAfterSplitsTheMonth)
{
    // Advance ₹30,000 received 25-08-2025 covers the month's ₹28,000 (rent + food).
    // Days 1–21: supply and payment before the change → 12% (s.14(a)(iii)).
    // Days 22–30: supply and invoice after → 5% (s.14(b)(iii)).
    StayFacts facts = stay(rupees(25000), QDate(2025, 4, 1));
    facts.recurring = {{QStringLiteral("food"), QStringLiteral("food"), QStringLiteral("Food"),
                        rupees(3000), QDate(2025, 4, 1), QDate()}};
    facts.advanceCredit = rupees(30000);
    facts.advanceReceivedOn = QDate(2025, 8, 25);
    const InvoiceDraft draft = composeSeptember(facts, QDate(2025, 10, 1));
    ASSERT_EQ(draft.lines.size(), 4);
    // Rent 25,000 × 21/30 = 17,500.00 at 12% = 2,100.00 (1,050.00 + 1,050.00).
    EXPECT_EQ(draft.lines[0].description,
              QStringLiteral("Rent for September 2025, 01-09 to 21-09"));
    EXPECT_EQ(draft.lines[0].gst.taxable, rupees(17500));
    EXPECT_EQ(draft.lines[0].gst.rate, Rate::fromPercent(12));
    EXPECT_EQ(draft.lines[0].gst.cgst, rupees(1050));
    // Rent 25,000 × 9/30 = 7,500.00 at 5% = 375.00 (187.50 + 187.50).
    EXPECT_EQ(draft.lines[1].description,
              QStringLiteral("Rent for September 2025, 22-09 to 30-09"));
    EXPECT_EQ(draft.lines[1].gst.taxable, rupees(7500));
    EXPECT_EQ(draft.lines[1].gst.rate, Rate::fromPercent(5));
    EXPECT_EQ(draft.lines[1].gst.sgst, rupees(187, 50));
    // Food 3,000 × 21/30 = 2,100.00 at 12% = 252.00; × 9/30 = 900.00 at 5% = 45.00.
    EXPECT_EQ(draft.lines[2].description,
              QStringLiteral("Food for September 2025, 01-09 to 21-09"));
    EXPECT_EQ(draft.lines[2].gst.taxable, rupees(2100));
    EXPECT_EQ(draft.lines[2].gst.tax(), rupees(252));
    EXPECT_EQ(draft.lines[3].gst.taxable, rupees(900));
    EXPECT_EQ(draft.lines[3].gst.tax(), rupees(45));
    // Each line bills its own days: 01–21 and 22–30 September.
    EXPECT_EQ(draft.lines[0].periodTo, QDate(2025, 9, 21));
    EXPECT_EQ(draft.lines[1].periodFrom, QDate(2025, 9, 22));
    EXPECT_EQ(draft.lines[2].periodFrom, QDate(2025, 9, 1));
    EXPECT_EQ(draft.lines[2].periodTo, QDate(2025, 9, 21));
    EXPECT_EQ(draft.lines[3].periodFrom, QDate(2025, 9, 22));
    EXPECT_EQ(draft.lines[3].periodTo, QDate(2025, 9, 30));
    // CGST = 1,050 + 187.50 + 126 + 22.50 = 1,386.00, SGST the same;
    // total = 28,000 + 2,772 = 30,772.00.
    EXPECT_EQ(draft.totals.cgst, rupees(1386));
    EXPECT_EQ(draft.totals.sgst, rupees(1386));
    EXPECT_EQ(draft.totals.total, rupees(30772));
}

TEST(TimeOfSupply, AnAdvanceThatDoesNotCoverTheInvoiceIsNotItsPayment)
{
    // ₹10,000 of credit from 25-08-2025 does not pay ₹25,000: the invoice of
    // 01-10-2025 is unpaid, so its date decides: 5% for the whole month (26,250).
    StayFacts facts = stay(rupees(25000), QDate(2025, 4, 1));
    facts.advanceCredit = rupees(10000);
    facts.advanceReceivedOn = QDate(2025, 8, 25);
    const InvoiceDraft draft = composeSeptember(facts, QDate(2025, 10, 1));
    ASSERT_EQ(draft.lines.size(), 1);
    EXPECT_EQ(draft.lines[0].gst.rate, Rate::fromPercent(5));
    EXPECT_EQ(draft.totals.total, rupees(26250));
}

TEST(TimeOfSupply, InvoicedBeforeTheChangeAndUnpaidTheWholeMonthIsAtTwelvePercent)
{
    // Invoice 01-09-2025: for days 1–21 supply and invoice are before → 12%; for days
    // 22–30 invoice and payment (counted on the invoice date) before → 12% (s.14(b)(ii)).
    // 12% of 25,000 = 3,000; total 28,000.
    const InvoiceDraft draft =
        composeSeptember(stay(rupees(25000), QDate(2025, 4, 1)), QDate(2025, 9, 1));
    ASSERT_EQ(draft.lines.size(), 1);
    EXPECT_EQ(draft.lines[0].gst.rate, Rate::fromPercent(12));
    EXPECT_EQ(draft.totals.cgst, rupees(1500));
    EXPECT_EQ(draft.totals.total, rupees(28000));
}

TEST(TimeOfSupply, InvoicedMidMonthAfterTheChangeWithAnEarlierAdvance)
{
    // Invoice 25-09-2025, advance ₹25,000 received 10-09-2025 (before the change):
    // days 1–21 → middle date at most 21-09 → 12%: 17,500 + 2,100;
    // days 22–30 → middle date 22-09…25-09 → 5%: 7,500 + 375. Total 27,475.
    StayFacts facts = stay(rupees(25000), QDate(2025, 4, 1));
    facts.advanceCredit = rupees(25000);
    facts.advanceReceivedOn = QDate(2025, 9, 10);
    const InvoiceDraft draft = composeSeptember(facts, QDate(2025, 9, 25));
    ASSERT_EQ(draft.lines.size(), 2);
    EXPECT_EQ(draft.lines[0].gst.rate, Rate::fromPercent(12));
    EXPECT_EQ(draft.lines[1].gst.rate, Rate::fromPercent(5));
    EXPECT_EQ(draft.totals.total, rupees(27475));
}
