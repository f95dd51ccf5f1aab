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
    EXPECT_EQ(draft.lines[0].sac, QStringLiteral("996311"));
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
