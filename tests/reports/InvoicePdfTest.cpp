// The invoice as a resident and an accountant read it (SPEC §4.5, CGST Rules 46,
// 46A, 49): every field read back from the PDF with Poppler; every expected value
// worked out by hand in the comments. GST on residential accommodation: above
// ₹20,000 a month (or a stay under 90 days) taxed, 5% from 22-09-2025 = CGST 2.5%
// + SGST 2.5% within Karnataka; up to ₹20,000 for 90 days or more exempt.
#include "InvoiceSample.h"
#include "InvoiceText.h"

#include <inventory/MeterRepository.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <utilities/RecordReading.h>

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace rentflow;
using test::InvoicePg;
using test::readText;

namespace {

const QString kFirst = QStringLiteral("KORA/2627/0001");

// Lakshmi (resident 0) from 01-11-2026 at `rent` a month, November billed on 01-11-2026.
void billNovember(InvoicePg& pg, const QString& rent)
{
    pg.checkIn(0, 0, QDate(2026, 11, 1), rent);
    pg.bill(u"2026-11");
}

// Writes invoice `number` and checks what every document must pass: written, one
// page, qpdf --check clean, every font embedded. Returns its text.
QString written(InvoicePg& pg, const QString& number, const QString& file,
                const QStringList& extra = {}, int pages = 1)
{
    const auto run = pg.pdf(pg.invoiceId(number), pg.out(file), extra);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("pages")).toInt(), pages);
    const QString pdf = pg.out(file);
    EXPECT_EQ(test::PdfProbe::pageCount(pdf), pages);
    EXPECT_EQ(test::PdfProbe::qpdfProblems(pdf), QString());
    EXPECT_TRUE(test::PdfProbe::allFontsEmbedded(pdf))
        << test::PdfProbe::fonts(pdf).join(QLatin1Char(',')).toStdString();
    return readText(pdf);
}

} // namespace

TEST(InvoicePdf, ATaxInvoiceShowsEveryRule46Field)
{
    InvoicePg pg;
    billNovember(pg, QStringLiteral("30000"));
    const QString text = written(pg, kFirst, QStringLiteral("tax.pdf"));
    // Supplier, number, date (issued on the month's first day) and due date (the 5th).
    EXPECT_TRUE(text.contains(u"Sunrise PG"));
    EXPECT_TRUE(text.contains(u"GSTIN: 29ABCPE1234F1Z7"));
    EXPECT_TRUE(text.contains(u"TAX INVOICE"));
    EXPECT_TRUE(text.contains(u"Invoice No.: KORA/2627/0001"));
    EXPECT_TRUE(text.contains(u"Date: 01-11-2026"));
    EXPECT_TRUE(text.contains(u"Due date: 05-11-2026"));
    // The recipient (unregistered: her state is the place of supply), place of supply
    // (where the PG is: IGST Act s.12(3)) and the reverse-charge flag.
    EXPECT_TRUE(text.contains(u"Lakshmi Narayanan"));
    EXPECT_TRUE(text.contains(u"State: Karnataka (29)"));
    EXPECT_TRUE(text.contains(u"Place of supply: Karnataka (29)"));
    EXPECT_TRUE(text.contains(u"Tax payable on reverse charge: No"));
    EXPECT_TRUE(text.contains(u"Period: 01-11-2026 to 30-11-2026"));
    // The line: SAC 996322, ₹30,000 taxable at 5% = CGST 2.5% (750.00) + SGST 2.5%
    // (750.00), 31,500.00 in all; each head with its rate.
    // (The headings wrap: "CGST Rate" is read "CGST … Rate".)
    EXPECT_TRUE(text.contains(u"CGST CGST (₹) SGST SGST (₹) Amount (₹)")) << text.toStdString();
    EXPECT_TRUE(text.contains(
        u"1 Rent for November 2026 996322 30,000.00 2.5% 750.00 2.5% 750.00 31,500.00"));
    // Totals: 30,000 + 750 + 750 = 31,500.00 exactly, so the round-off is 0.00.
    EXPECT_TRUE(text.contains(u"Taxable value 30,000.00"));
    EXPECT_TRUE(text.contains(u"CGST 750.00"));
    EXPECT_TRUE(text.contains(u"SGST 750.00"));
    EXPECT_TRUE(text.contains(u"Round off 0.00"));
    EXPECT_TRUE(text.contains(u"Total (₹) 31,500.00"));
    EXPECT_TRUE(text.contains(u"Amount in words: Rupees Thirty One Thousand Five Hundred Only"));
    EXPECT_TRUE(text.contains(u"Balance due: ₹31,500.00"));
    EXPECT_TRUE(text.contains(u"Authorised signatory"));
    EXPECT_TRUE(text.contains(u"Page 1 of 1"));
}

TEST(InvoicePdf, ABusinessRecipientHasItsGstinAndStateAndTheRoundOffShows)
{
    InvoicePg pg;
    // A company in Maharashtra (27) takes the bed: the GST rules' place of supply is
    // still Karnataka, where the PG is, so CGST + SGST.
    pg.setResident(0, {{QStringLiteral("gstin"), QStringLiteral("27AAPFU0939F1ZV")}});
    billNovember(pg, QStringLiteral("30006"));
    const QString text = written(pg, kFirst, QStringLiteral("b2b.pdf"));
    EXPECT_TRUE(text.contains(u"TAX INVOICE"));
    EXPECT_TRUE(text.contains(u"GSTIN: 27AAPFU0939F1ZV"));
    EXPECT_TRUE(text.contains(u"State: Maharashtra (27)"));
    EXPECT_TRUE(text.contains(u"Place of supply: Karnataka (29)"));
    // 2.5% of 30,006.00 = 750.15 per head; 30,006.00 + 1,500.30 = 31,506.30, rounded
    // to the rupee 31,506.00: round-off −0.30.
    EXPECT_TRUE(text.contains(u"Taxable value 30,006.00"));
    EXPECT_TRUE(text.contains(u"CGST 750.15"));
    EXPECT_TRUE(text.contains(u"SGST 750.15"));
    EXPECT_TRUE(text.contains(u"Round off -0.30"));
    EXPECT_TRUE(text.contains(u"Total (₹) 31,506.00"));
    EXPECT_TRUE(text.contains(u"Rupees Thirty One Thousand Five Hundred Six Only"));
}

TEST(InvoicePdf, AnExemptLongStayGetsABillOfSupplyWithoutTaxColumns)
{
    InvoicePg pg;
    billNovember(pg, QStringLiteral("12000"));
    const QString text = written(pg, kFirst, QStringLiteral("bill.pdf"));
    // ₹12,000 a month with no end planned: exempt (≤ ₹20,000, ≥ 90 days), wholly
    // exempt → Rule 49's bill of supply, numbered in the invoices' series.
    EXPECT_TRUE(text.contains(u"BILL OF SUPPLY"));
    EXPECT_FALSE(text.contains(u"TAX INVOICE"));
    EXPECT_TRUE(text.contains(u"Bill No.: KORA/2627/0001"));
    EXPECT_TRUE(text.contains(u"GSTIN: 29ABCPE1234F1Z7"));
    EXPECT_TRUE(text.contains(u"996322"));
    EXPECT_FALSE(text.contains(u"CGST"));
    EXPECT_FALSE(text.contains(u"SGST"));
    EXPECT_TRUE(text.contains(u"Exempt value 12,000.00"));
    EXPECT_TRUE(text.contains(u"Total (₹) 12,000.00"));
    EXPECT_TRUE(text.contains(u"Rupees Twelve Thousand Only"));
    EXPECT_TRUE(text.contains(u"exempt supply: no GST is charged"));
}

TEST(InvoicePdf, ExemptRentWithATaxedChargeIsAnInvoiceCumBillOfSupply)
{
    InvoicePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("12000"));
    // A ₹1,000 key replacement is another service (SAC 999799, 18%) billed with the
    // exempt rent, to a recipient without GSTIN: Rule 46A's one document.
    pg.charge(0, QStringLiteral("1000"), QStringLiteral("Key replacement"), QDate(2026, 11, 1));
    pg.bill(u"2026-11");
    const QString text = written(pg, kFirst, QStringLiteral("cum.pdf"));
    EXPECT_TRUE(text.contains(u"INVOICE-CUM-BILL OF SUPPLY"));
    EXPECT_TRUE(text.contains(u"Key replacement"));
    EXPECT_TRUE(text.contains(u"999799"));
    EXPECT_TRUE(text.contains(u"996322"));
    // Rent: 12,000.00, Exempt, no tax. Charge: 9% of 1,000 = 90.00 per head, 1,180.00.
    EXPECT_TRUE(text.contains(u"996322 12,000.00 — — — — 12,000.00")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Exempt"));
    EXPECT_TRUE(text.contains(u"Key replacement 999799 1,000.00 9% 90.00 9% 90.00 1,180.00"));
    EXPECT_TRUE(text.contains(u"Taxable value 1,000.00"));
    EXPECT_TRUE(text.contains(u"Exempt value 12,000.00"));
    EXPECT_TRUE(text.contains(u"CGST 90.00"));
    EXPECT_TRUE(text.contains(u"SGST 90.00"));
    // 12,000 + 1,000 + 90 + 90 = 13,180.00.
    EXPECT_TRUE(text.contains(u"Total (₹) 13,180.00"));
    EXPECT_TRUE(text.contains(u"Rupees Thirteen Thousand One Hundred Eighty Only"));
    EXPECT_TRUE(text.contains(u"Lines marked Exempt are exempt supplies"));
}

TEST(InvoicePdf, AnUnregisteredSupplierIssuesABillOfSupplyAndSaysWhy)
{
    OrganisationInput org = InvoicePg::registeredWithUpi();
    org.gstin.clear();
    InvoicePg pg(org);
    // ₹30,000 would be taxed, but a supplier without GSTIN charges no tax (Rule 49).
    billNovember(pg, QStringLiteral("30000"));
    const QString text = written(pg, kFirst, QStringLiteral("unregistered.pdf"));
    EXPECT_TRUE(text.contains(u"BILL OF SUPPLY"));
    EXPECT_FALSE(text.contains(u"GSTIN"));
    EXPECT_FALSE(text.contains(u"CGST"));
    EXPECT_TRUE(text.contains(u"Total (₹) 30,000.00"));
    EXPECT_TRUE(text.contains(u"Rupees Thirty Thousand Only"));
    EXPECT_TRUE(text.contains(u"The supplier is not registered under GST: no tax is charged."));
}

TEST(InvoicePdf, HindiFromTheOptionOrTheResidentsLanguage)
{
    InvoicePg pg;
    // ₹1,05,000 a month: 2.5% = 2,625.00 per head; 1,05,000 + 5,250 = 1,10,250.00,
    // in words "एक लाख दस हज़ार दो सौ पचास रुपये मात्र", figures in lakhs.
    billNovember(pg, QStringLiteral("105000"));
    // Qt's PDF writer gives shaped Devanagari glyphs (matras ि/ी after a conjunct,
    // reph, conjuncts) no Unicode mapping, so Poppler drops them ("दिनांक" reads
    // "दनांक"); these words have none and extract whole (checked with pdftotext).
    const auto checkHindi = [](const QString& text) {
        EXPECT_TRUE(text.contains(u"कर बीजक")) << text.toStdString();
        EXPECT_TRUE(text.contains(u"कुल (₹) 1,10,250.00"));
        EXPECT_TRUE(text.contains(u"बकाया"));
        EXPECT_TRUE(text.contains(u"कमरा"));
        EXPECT_TRUE(text.contains(u"कृते Sunrise PG"));
        EXPECT_TRUE(text.contains(u"एक लाख दस हज़ार दो सौ पचास"));
        EXPECT_TRUE(text.contains(u"1,05,000.00"));
        EXPECT_TRUE(text.contains(u"2,625.00"));
        // The rent's basis in Hindi too: "₹1,05,000.00 प्रति माह" ("प्रति" loses its
        // conjunct in extraction; "माह" reads whole).
        EXPECT_TRUE(text.contains(u"₹1,05,000.00"));
        EXPECT_TRUE(text.contains(u"माह"));
        EXPECT_FALSE(text.contains(u"per month"));
        EXPECT_TRUE(text.contains(u"KORA/2627/0001"));
        EXPECT_FALSE(text.contains(u"TAX INVOICE"));
    };
    checkHindi(written(pg, kFirst, QStringLiteral("option.pdf"),
                       {QStringLiteral("--lang"), QStringLiteral("hi")}));
    // The resident reads Hindi: no --lang needed; --lang en still wins.
    pg.setResident(0, {{QStringLiteral("language"), QStringLiteral("hi")}});
    checkHindi(written(pg, kFirst, QStringLiteral("resident.pdf")));
    const QString english = written(pg, kFirst, QStringLiteral("english.pdf"),
                                    {QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(english.contains(u"TAX INVOICE"));
    EXPECT_TRUE(english.contains(u"Rupees One Lakh Ten Thousand Two Hundred Fifty Only"));
}

TEST(InvoicePdf, A5PaperHoldsTheWholeInvoiceInBothLanguages)
{
    InvoicePg pg;
    billNovember(pg, QStringLiteral("30000"));
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("hi")}) {
        const QString file = QStringLiteral("a5-%1.pdf").arg(lang);
        const QString text =
            written(pg, kFirst, file, {QStringLiteral("--a5"), QStringLiteral("--lang"), lang});
        // A5 is 148 × 210 mm = 419.53 × 595.28 pt (1 pt = 25.4/72 mm).
        const QSizeF size = test::pageSizePt(pg.out(file));
        EXPECT_NEAR(size.width(), 419.5, 1.0);
        EXPECT_NEAR(size.height(), 595.3, 1.0);
        EXPECT_TRUE(text.contains(u"29ABCPE1234F1Z7"));
        EXPECT_TRUE(text.contains(u"KORA/2627/0001"));
        EXPECT_TRUE(text.contains(u"996322"));
        EXPECT_TRUE(text.contains(u"30,000.00"));
        EXPECT_TRUE(text.contains(u"750.00"));
        EXPECT_TRUE(text.contains(u"31,500.00"));
        EXPECT_TRUE(text.contains(u"Karnataka (29)"));
        EXPECT_TRUE(text.contains(lang == u"en" ? u"Page 1 of 1" : u"1 / 1"));
    }
}

TEST(InvoicePdf, ALateArrivalsProratedRentInHindi)
{
    InvoicePg pg;
    // Arrives 10-11-2026: 21 of November's 30 days at ₹30,000 = 30,000 × 21/30 =
    // 21,000.00 taxable (a ₹30,000 stay is taxed whatever its days); 2.5% = 525.00
    // per head; total 22,050.00.
    pg.checkIn(0, 0, QDate(2026, 11, 10), QStringLiteral("30000"));
    pg.bill(u"2026-11");
    const QString text = written(pg, kFirst, QStringLiteral("late.pdf"),
                                 {QStringLiteral("--lang"), QStringLiteral("hi")});
    // "30 में से 21 दिन × ₹30,000.00 प्रति माह": "में" and "दिन" lose their marks in
    // extraction; "से 21" and "माह" read whole.
    EXPECT_TRUE(text.contains(u"से 21 ")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"× ₹30,000.00"));
    EXPECT_TRUE(text.contains(u"माह"));
    EXPECT_FALSE(text.contains(u"of 30 days"));
    EXPECT_TRUE(text.contains(u"21,000.00 2.5% 525.00 2.5% 525.00 22,050.00"));
    EXPECT_TRUE(text.contains(u"कुल (₹) 22,050.00"));
    EXPECT_TRUE(text.contains(u"बाईस हज़ार पचास"));
}

TEST(InvoicePdf, ASupplierRegisteredInAnotherStateChargesIgst)
{
    // Registered in Maharashtra (27), the PG in Karnataka (29): the place of supply is
    // the PG's state, so the supply is inter-state: IGST 5% of 30,000 = 1,500.00.
    OrganisationInput org = InvoicePg::registeredWithUpi();
    org.gstin = QStringLiteral("27AAPFU0939F1ZV");
    org.stateCode = QStringLiteral("27");
    InvoicePg pg(org);
    billNovember(pg, QStringLiteral("30000"));
    const QString text = written(pg, kFirst, QStringLiteral("igst.pdf"));
    EXPECT_TRUE(text.contains(u"GSTIN: 27AAPFU0939F1ZV"));
    EXPECT_TRUE(text.contains(u"Place of supply: Karnataka (29)"));
    EXPECT_TRUE(text.contains(u"996322 30,000.00 5% 1,500.00 31,500.00")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"IGST 1,500.00"));
    EXPECT_FALSE(text.contains(u"CGST"));
    EXPECT_FALSE(text.contains(u"SGST"));
    EXPECT_TRUE(text.contains(u"Total (₹) 31,500.00"));
}

TEST(InvoicePdf, TheLeaversFinalInvoiceIsTaxedWhenTheStayEndsBefore90Days)
{
    InvoicePg pg;
    // ₹12,000 a month from 01-11-2026, planned open-ended: November is billed exempt.
    billNovember(pg, QStringLiteral("12000"));
    // She leaves on 10-12-2026, after 40 days: never exempt (the 90-day condition is
    // on the whole stay), so the final invoice for 1–10 December is taxed.
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-12-10"), {}, {}}, QDate(2026, 12, 10));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    ASSERT_EQ(out.value().finalInvoiceNumber, QStringLiteral("KORA/2627/0002"));
    const QString text = written(pg, QStringLiteral("KORA/2627/0002"), QStringLiteral("final.pdf"));
    // 12,000 × 10/31 = 3,870.967… → 3,870.97; 2.5% of it = 96.774… → 96.77 per head;
    // 3,870.97 + 193.54 = 4,064.51, rounded to 4,065.00: round-off 0.49.
    EXPECT_TRUE(text.contains(u"TAX INVOICE"));
    EXPECT_TRUE(text.contains(u"Date: 10-12-2026"));
    EXPECT_TRUE(text.contains(u"3,870.97 2.5% 96.77 2.5% 96.77 4,064.51")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Round off 0.49"));
    EXPECT_TRUE(text.contains(u"Total (₹) 4,065.00"));
    EXPECT_TRUE(text.contains(u"Rupees Four Thousand Sixty Five Only"));
}

TEST(InvoicePdf, AMonthlyChargeTheEngineNamedIsInHindiOnAHindiInvoice)
{
    InvoicePg pg;
    // Lakshmi from 01-11-2026 at ₹12,000 with food ₹3,000 and Wi-Fi ₹500 a month: the
    // engine writes "Food for November 2026" and "Wi-Fi for November 2026".
    CheckInInput input{pg.residentIds.at(0), pg.bedIds.at(0), QStringLiteral("2026-11-01"),
                       QStringLiteral("12000"), QStringLiteral("0")};
    input.charges = {QStringLiteral("food=3000"), QStringLiteral("wifi=500")};
    const auto stay = CheckIn(pg.store()).run(input, QDate(2026, 11, 1));
    ASSERT_TRUE(stay.ok()) << stay.error().message.toStdString();
    pg.bill(u"2026-11");
    const QString hindi = written(pg, kFirst, QStringLiteral("charges-hi.pdf"),
                                  {QStringLiteral("--lang"), QStringLiteral("hi")});
    // "भोजन" extracts whole; "वाई-फ़ाई" loses its i-matras (RENDER.md), so its end is
    // asserted. Each line is followed by its period, 01-11-2026 to 30-11-2026.
    EXPECT_TRUE(hindi.contains(u"भोजन, 01-11-2026 से 30-11-2026")) << hindi.toStdString();
    EXPECT_TRUE(hindi.contains(u"-फ़ाई, 01-11-2026 से 30-11-2026"));
    EXPECT_FALSE(hindi.contains(u"Food for"));
    EXPECT_FALSE(hindi.contains(u"Wi-Fi for"));
    // In English the engine's wording stays.
    const QString english = written(pg, kFirst, QStringLiteral("charges-en.pdf"),
                                    {QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(english.contains(u"Food for November 2026")) << english.toStdString();
    EXPECT_TRUE(english.contains(u"Wi-Fi for November 2026"));
}

TEST(InvoicePdf, AMeterReadingsShareIsExplainedInHindiOnAHindiInvoice)
{
    InvoicePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    // Room 101's meter at ₹8.50 a unit and ₹50 fixed, read 1000.00 on 01-11 and 1120.50 on
    // 30-11: 120.50 units × 8.50 = 1,024.25 + 50 = ₹1,074.25 for 02-11 to 30-11, 29 days ×
    // 3 beds = 87 bed-days; Lakshmi's 29 days are 29/87 of it = ₹358.08, and the 58 empty
    // bed-days the operator's. December's invoice (KORA/2627/0002) carries it.
    ASSERT_TRUE(MeterRepository(pg.store())
                    .setTariff({pg.meterId, QStringLiteral("8.50"), QStringLiteral("50"), {}})
                    .ok());
    for (const auto& [day, value] : {std::pair{"2026-11-01", "1000"}, {"2026-11-30", "1120.50"}})
        ASSERT_TRUE(RecordReading(pg.store())
                        .run({pg.meterId, QString::fromLatin1(day), QString::fromLatin1(value)},
                             QDate::fromString(QString::fromLatin1(day), Qt::ISODate))
                        .ok());
    pg.bill(u"2026-11");
    pg.bill(u"2026-12");
    const QString hindi = written(pg, QStringLiteral("KORA/2627/0002"), QStringLiteral("meter.pdf"),
                                  {QStringLiteral("--lang"), QStringLiteral("hi")});
    // Words with i-matras or conjuncts ("रीडिंग", "यूनिट", "दिन", "शुल्क") lose marks in
    // extraction (RENDER.md):
    // the figures and the words around them are asserted.
    EXPECT_TRUE(hindi.contains(u"कमरा 101, 02-11-2026 से 30-11-2026")) << hindi.toStdString();
    EXPECT_TRUE(hindi.contains(u"1000.00 से 1120.50 = 120.50")) << hindi.toStdString();
    EXPECT_TRUE(hindi.contains(u"× ₹8.50 +"));
    EXPECT_TRUE(hindi.contains(u"₹50.00 = ₹1,074.25;"));
    EXPECT_TRUE(hindi.contains(u"× 3 बेड = 87 बेड-"));
    EXPECT_TRUE(hindi.contains(u"आपके 29"));
    EXPECT_TRUE(hindi.contains(u"₹358.08"));
    EXPECT_TRUE(hindi.contains(u"58 खाली बेड-"));
    EXPECT_TRUE(hindi.contains(u"संचालक वहन करेगा"));
    for (const char16_t* english :
         {u"Reading", u"units", u"fixed", u"bed-days", u"your", u"operator"})
        EXPECT_FALSE(hindi.contains(QStringView(english)))
            << QStringView(english).toString().toStdString();
    // The English invoice keeps the engine's wording.
    const QString english =
        written(pg, QStringLiteral("KORA/2627/0002"), QStringLiteral("meter-en.pdf"),
                {QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(english.contains(
        u"Reading 1000.00 to 1120.50 = 120.50 units × ₹8.50 + fixed ₹50.00 = ₹1,074.25"))
        << english.toStdString();
    EXPECT_TRUE(english.contains(u"58 empty bed-days are the operator's"));
}
