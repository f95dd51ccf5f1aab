// summariseGstr1 on documents made by hand (no workspace): the cases the worked October
// does not have — a property in another state (IGST, inter-state), a credit note to an
// unregistered resident netted into B2C small and table 8, a series past 9,999, and
// documents of another GSTIN left out.
#include <exports/Gstr1Summary.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

const QString kGstin = QStringLiteral("29ABCPE1234F1Z7");

SupplyPart part(int rateBp, bool exempt, qint64 value, qint64 cgst, qint64 sgst, qint64 igst)
{
    return {QStringLiteral("rent"),
            QStringLiteral("996322"),
            rateBp,
            exempt,
            Money::fromPaise(value),
            Money::fromPaise(cgst),
            Money::fromPaise(sgst),
            Money::fromPaise(igst)};
}

SupplyInvoice invoice(const char* number, QDate date, const QString& pos,
                      const QList<SupplyPart>& parts, qint64 total)
{
    SupplyInvoice i;
    i.id = QString::fromLatin1(number);
    i.number = QString::fromLatin1(number);
    i.seriesId = QStringLiteral("series-1");
    i.supplierGstin = kGstin;
    i.placeOfSupply = pos;
    i.issueDate = date;
    i.parts = parts;
    i.total = Money::fromPaise(total);
    return i;
}

} // namespace

TEST(Gstr1Summary, InterStateSuppliesAndUnregisteredCreditNotesAreNettedByTypeAndPlace)
{
    const BillingPeriod november = BillingPeriod::parse(u"2026-11").value();
    SupplyRegister::Documents docs;
    // A Goa property (30) billed under the Karnataka GSTIN: 25,000 at 5% → IGST 1,250;
    // and an exempt 10,000 in Goa. Number 9999 of the series.
    docs.invoices << invoice(
        "KORA/2627/9999", QDate(2026, 11, 1), QStringLiteral("30"),
        {part(500, false, 2500000, 0, 0, 125000), part(0, true, 1000000, 0, 0, 0)}, 3625000);
    // Number 10000: in Karnataka, 22,000 at 5%: CGST 550, SGST 550.
    docs.invoices << invoice("KORA/2627/10000", QDate(2026, 11, 1), QStringLiteral("29"),
                             {part(500, false, 2200000, 55000, 55000, 0)}, 2310000);
    // Another GSTIN's invoice, and one of October: neither is in November's return.
    SupplyInvoice other = invoice("OTHA/2627/0001", QDate(2026, 11, 2), QStringLiteral("29"),
                                  {part(0, true, 500000, 0, 0, 0)}, 500000);
    other.supplierGstin = QStringLiteral("27AAPFU0939F1ZW");
    docs.invoices << other
                  << invoice("KORA/2627/9998", QDate(2026, 10, 31), QStringLiteral("29"),
                             {part(0, true, 500000, 0, 0, 0)}, 500000);
    // A credit note on the Goa invoice, unregistered: value 2,000 of the 5% part with IGST
    // 100, and 1,000 of the exempt part.
    SupplyCreditNote note;
    note.number = QStringLiteral("KORC/2627/0001");
    note.seriesId = QStringLiteral("series-c");
    note.issueDate = QDate(2026, 11, 20);
    note.supplierGstin = kGstin;
    note.placeOfSupply = QStringLiteral("30");
    note.parts = {part(500, false, 200000, 0, 0, 10000), part(0, true, 100000, 0, 0, 0)};
    note.total = Money::fromPaise(310000);
    docs.creditNotes << note;

    const Gstr1 g = summariseGstr1(docs, kGstin, november);
    EXPECT_EQ(g.period, QStringLiteral("112026"));
    EXPECT_EQ(g.leftOut, 2);
    EXPECT_TRUE(g.b2b.isEmpty());
    EXPECT_TRUE(g.cdnr.isEmpty()); // an unregistered recipient's note is netted, not CDNR
    // B2C small: intra-state 29 @5%: 22,000, CGST 550, SGST 550; inter-state 30 @5%:
    // 25,000 − 2,000 = 23,000, IGST 1,250 − 100 = 1,150.
    ASSERT_EQ(g.b2cs.size(), 2);
    const Gstr1::B2cSmall& intra = g.b2cs[0];
    EXPECT_FALSE(intra.interState);
    EXPECT_EQ(intra.placeOfSupply, QStringLiteral("29"));
    EXPECT_EQ(intra.taxable, Money::fromPaise(2200000));
    EXPECT_EQ(intra.cgst, Money::fromPaise(55000));
    EXPECT_EQ(intra.sgst, Money::fromPaise(55000));
    const Gstr1::B2cSmall& inter = g.b2cs[1];
    EXPECT_TRUE(inter.interState);
    EXPECT_EQ(inter.placeOfSupply, QStringLiteral("30"));
    EXPECT_EQ(inter.rateBp, 500);
    EXPECT_EQ(inter.taxable, Money::fromPaise(2300000));
    EXPECT_EQ(inter.igst, Money::fromPaise(115000));
    EXPECT_EQ(inter.cgst, Money());
    // Table 8: inter-state to unregistered, 10,000 − 1,000 = 9,000.
    ASSERT_EQ(g.nil.size(), 1);
    EXPECT_EQ(g.nil[0].supplyType, QStringLiteral("INTRB2C"));
    EXPECT_EQ(g.nil[0].exempt, Money::fromPaise(900000));
    // SAC 996322: exempt 9,000; at 5%, 25,000 + 22,000 − 2,000 = 45,000, IGST 1,150,
    // CGST 550, SGST 550, value 47,250.
    ASSERT_EQ(g.hsn.size(), 2);
    EXPECT_EQ(g.hsn[0].taxable, Money::fromPaise(900000));
    EXPECT_EQ(g.hsn[1].taxable, Money::fromPaise(4500000));
    EXPECT_EQ(g.hsn[1].igst, Money::fromPaise(115000));
    EXPECT_EQ(g.hsn[1].value(), Money::fromPaise(4725000));
    // Documents: 9999 to 10000 (in number order, not text order), 2 issued; the note.
    ASSERT_EQ(g.documents.size(), 2);
    EXPECT_EQ(g.documents[0].nature, 1);
    EXPECT_EQ(g.documents[0].from, QStringLiteral("KORA/2627/9999"));
    EXPECT_EQ(g.documents[0].to, QStringLiteral("KORA/2627/10000"));
    EXPECT_EQ(g.documents[0].total, 2);
    EXPECT_EQ(g.documents[0].netIssued(), 2);
    EXPECT_EQ(g.documents[1].nature, 5);
    EXPECT_EQ(g.documents[1].from, QStringLiteral("KORC/2627/0001"));
}

TEST(Gstr1Summary, DebitNotesToUnregisteredResidentsRaiseB2cSmallAndLeaveTable8Alone)
{
    const BillingPeriod september = BillingPeriod::parse(u"2026-09").value();
    SupplyRegister::Documents docs;
    // September's check-out invoice: 5,200 at 5%, CGST 130, SGST 130, unregistered.
    docs.invoices << invoice("KORA/2627/0003", QDate(2026, 9, 13), QStringLiteral("29"),
                             {part(500, false, 520000, 13000, 13000, 0)}, 546000);
    // A debit note on July's exempt bill of supply: 12,000 now taxed at 5%, CGST 300,
    // SGST 300, the note's total the tax 600.
    SupplyDebitNote note;
    note.number = QStringLiteral("KORAD/2627/0001");
    note.seriesId = QStringLiteral("KORAD/2026-27");
    note.issueDate = QDate(2026, 9, 13);
    note.invoiceNumber = QStringLiteral("KORA/2627/0001");
    note.invoiceDate = QDate(2026, 7, 1);
    note.supplierGstin = kGstin;
    note.placeOfSupply = QStringLiteral("29");
    note.sac = QStringLiteral("996322");
    note.rateBp = 500;
    note.taxable = Money::fromPaise(1200000);
    note.cgst = Money::fromPaise(30000);
    note.sgst = Money::fromPaise(30000);
    note.total = Money::fromPaise(60000);
    note.parts = {part(500, false, 1200000, 30000, 30000, 0)};
    docs.debitNotes << note;
    // The same note under another GSTIN is not in this return.
    SupplyDebitNote other = note;
    other.number = QStringLiteral("OTHD/2627/0001");
    other.supplierGstin = QStringLiteral("27AAPFU0939F1ZW");
    docs.debitNotes << other;

    const Gstr1 g = summariseGstr1(docs, kGstin, september);
    EXPECT_EQ(g.leftOut, 1);
    EXPECT_TRUE(g.cdnr.isEmpty()); // unregistered: table 7, not 9B
    // B2C small 29 @5%: 5,200 + 12,000 = 17,200 (a credit note would take off; a debit
    // note adds), CGST 130 + 300 = 430, SGST 430.
    ASSERT_EQ(g.b2cs.size(), 1);
    EXPECT_EQ(g.b2cs[0].rateBp, 500);
    EXPECT_EQ(g.b2cs[0].taxable, Money::fromPaise(1720000));
    EXPECT_EQ(g.b2cs[0].cgst, Money::fromPaise(43000));
    EXPECT_EQ(g.b2cs[0].sgst, Money::fromPaise(43000));
    // July's exempt 12,000 was table 8 of July; September's table 8 is not amended.
    EXPECT_TRUE(g.nil.isEmpty());
    // SAC 996322 @5%: 17,200, CGST 430, SGST 430, value 18,060.
    ASSERT_EQ(g.hsn.size(), 1);
    EXPECT_EQ(g.hsn[0].taxable, Money::fromPaise(1720000));
    EXPECT_EQ(g.hsn[0].value(), Money::fromPaise(1806000));
    // Documents: the invoice (nature 1) and the debit note (nature 4), 1 each.
    ASSERT_EQ(g.documents.size(), 2);
    EXPECT_EQ(g.documents[1].nature, 4);
    EXPECT_EQ(g.documents[1].from, QStringLiteral("KORAD/2627/0001"));
    EXPECT_EQ(g.documents[1].to, QStringLiteral("KORAD/2627/0001"));
    EXPECT_EQ(g.documents[1].total, 1);
    EXPECT_EQ(g.documents[1].netIssued(), 1);
}
