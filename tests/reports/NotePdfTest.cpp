// CGST Rule 53: the credit note and the debit note, read back from the PDF with
// Poppler. Every expected value is worked out by hand.
#include "PdfProbe.h"

#include <documents/DocumentRequest.h>

#include <billing/InvoiceCorrections.h>
#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <stays/GiveNotice.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::reports;
using test::PdfProbe;

namespace {

OrganisationInput registered()
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7"); // Karnataka, like the property
    return org;
}

using Writer = store::StoreResult<WrittenDocument> (*)(const DocumentRequest&);

// Writes the document, checks it with qpdf and pdffonts, returns its text with
// every run of white space one space.
QString written(test::SamplePg& pg, Writer write, const QString& id, const QString& file,
                Lang lang = Lang::English, Paper paper = Paper::A4)
{
    PageSetup setup;
    setup.paper = paper;
    const QString path = pg.files.scratch(file);
    auto done = write({pg.store(), id, lang, setup, path});
    EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().message.toStdString());
    EXPECT_EQ(done.ok() ? done.value().pages : 0, 1);
    EXPECT_EQ(PdfProbe::qpdfProblems(path), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(path)) << PdfProbe::fonts(path).join(u' ').toStdString();
    return PdfProbe::text(path).simplified();
}

} // namespace

TEST(NotePdf, CreditNoteCarriesRule53AndTheOriginalsTaxHeads)
{
    test::SamplePg pg(registered());
    // ₹25,000 a month is over the ₹20,000 exemption: November is taxed at 5% (from
    // 22-09-2025), CGST 2.5% + SGST 2.5% = 625.00 each: 25,000 + 1,250 = 26,250.00.
    pg.checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("25000"));
    pg.bill(u"2026-11");
    ASSERT_EQ(test::number(pg.store(), QStringLiteral("SELECT total_paise FROM invoice")),
              26'250'00);
    const QString invoiceId = test::text(pg.store(), QStringLiteral("SELECT id FROM invoice"));
    // ₹2,100 including tax, in the invoice's proportion: 2,100 × 25,000 / 26,250 = 2,000.00
    // taxable; 2.5% of 2,000 = 50.00 CGST and 50.00 SGST.
    auto note = InvoiceCorrections(pg.store())
                    .creditNote(invoiceId, QStringLiteral("2100"),
                                QStringLiteral("No hot water for 2 days"), QDate(2026, 11, 20));
    ASSERT_TRUE(note.ok()) << note.error().message.toStdString();

    const QString text =
        written(pg, writeCreditNotePdf, note.value().id, QStringLiteral("credit.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("CREDIT NOTE"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GSTIN: 29ABCPE1234F1Z7")));
    EXPECT_TRUE(text.contains(QStringLiteral("Credit note No.: KORAC/2627/0001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Date: 20-11-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Invoice No.: KORA/2627/0001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Invoice date: 01-11-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Lakshmi Narayanan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Place of supply: Karnataka (29)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reason: No hot water for 2 days")));
    EXPECT_TRUE(text.contains(QStringLiteral("996322")));
    EXPECT_TRUE(text.contains(QStringLiteral("Taxable value 2,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("CGST @ 2.5% 50.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("SGST @ 2.5% 50.00")));
    EXPECT_FALSE(text.contains(QStringLiteral("IGST")));
    EXPECT_TRUE(text.contains(QStringLiteral("Total (₹) 2,100.00")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Amount in words: Rupees Two Thousand One Hundred Only")));
    EXPECT_TRUE(text.contains(QStringLiteral("For Sunrise PG")));

    const QString hindi = written(pg, writeCreditNotePdf, note.value().id,
                                  QStringLiteral("credit-hi.pdf"), Lang::Hindi, Paper::A5);
    // Words Poppler maps back whole (see RENDER.md: no i-matra, conjunct or reph).
    for (const char* word : {"नोट", "बीजक", "कारण", "कुल (₹) 2,100.00", "एक सौ", "कमी"})
        EXPECT_TRUE(hindi.contains(QString::fromUtf8(word))) << word << "\n" << hindi.toStdString();
    EXPECT_TRUE(hindi.contains(QStringLiteral("KORAC/2627/0001")));
    EXPECT_TRUE(hindi.contains(QStringLiteral("CGST @ 2.5% 50.00")));

    // A debit note's id to `pdf credit-note` is refused naming --id; no file.
    auto wrong = writeCreditNotePdf({pg.store(), invoiceId, Lang::English, PageSetup{},
                                     pg.files.scratch(QStringLiteral("x.pdf"))});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(test::refusedField(wrong.error()), QStringLiteral("id"));
    EXPECT_TRUE(wrong.error().fields.first().message.contains(QStringLiteral("invoice")))
        << wrong.error().fields.first().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pg.files.scratch(QStringLiteral("x.pdf"))));
}

TEST(NotePdf, CreditNoteOfAnInterStateInvoiceCarriesIgst)
{
    // The supplier is registered in Maharashtra (27), the PG is in Karnataka (29): the
    // place of supply is the property's state, another state, so IGST.
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("27ABCPE1234F1ZB");
    org.stateCode = QStringLiteral("27");
    test::SamplePg pg(org);
    // ₹25,000 at 5% IGST = 1,250.00: 26,250.00.
    pg.checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("25000"));
    pg.bill(u"2026-11");
    ASSERT_EQ(test::number(pg.store(), QStringLiteral("SELECT igst_paise FROM invoice")), 1'250'00);
    const QString invoiceId = test::text(pg.store(), QStringLiteral("SELECT id FROM invoice"));
    // ₹2,100 gross: 2,000.00 taxable + 5% IGST 100.00.
    auto note = InvoiceCorrections(pg.store())
                    .creditNote(invoiceId, QStringLiteral("2100"), QStringLiteral("Discount"),
                                QDate(2026, 11, 20));
    ASSERT_TRUE(note.ok()) << note.error().message.toStdString();
    const QString text =
        written(pg, writeCreditNotePdf, note.value().id, QStringLiteral("igst.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("GSTIN: 27ABCPE1234F1ZB"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Place of supply: Karnataka (29)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Taxable value 2,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("IGST @ 5% 100.00")));
    EXPECT_FALSE(text.contains(QStringLiteral("CGST")));
    EXPECT_TRUE(text.contains(QStringLiteral("Total (₹) 2,100.00")));
}

TEST(NotePdf, CreditNoteOnAnExemptBillTakesOffValueOnly)
{
    test::SamplePg pg(registered());
    // ₹12,000 for an 11-month stay: exempt (Sl. 12A, up to ₹20,000), a bill of supply.
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    pg.bill(u"2026-11");
    const QString invoiceId = test::text(pg.store(), QStringLiteral("SELECT id FROM invoice"));
    auto note = InvoiceCorrections(pg.store())
                    .creditNote(invoiceId, QStringLiteral("1000"), QStringLiteral("Discount"),
                                QDate(2026, 11, 10));
    ASSERT_TRUE(note.ok()) << note.error().message.toStdString();
    const QString text =
        written(pg, writeCreditNotePdf, note.value().id, QStringLiteral("exempt.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Credit note No.: KORAC/2627/0001")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Value 1,000.00")));
    EXPECT_FALSE(text.contains(QStringLiteral("CGST")));
    EXPECT_FALSE(text.contains(QStringLiteral("IGST")));
    EXPECT_TRUE(text.contains(QStringLiteral("Total (₹) 1,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("exempt supplies")));
    EXPECT_TRUE(text.contains(QStringLiteral("Amount in words: Rupees One Thousand Only")));
}

TEST(NotePdf, DebitNoteForAShortStayStatesItsBasisAndTheVoucherSetsTheTaxAgainstTheDeposit)
{
    test::SamplePg pg(registered());
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("12000"), QStringLiteral("24000")},
                         QDate(2026, 7, 1))
                    .ok());
    ASSERT_TRUE(
        RecordPayment(pg.store())
            .run({pg.residentIds[0], QStringLiteral("24000"), QStringLiteral("bank"),
                  QStringLiteral("UTR1"), QStringLiteral("2026-07-01"), QStringLiteral("deposit")},
                 QDate(2026, 7, 1))
            .ok());
    // July and August at ₹12,000, an 11-month stay planned: exempt bills of supply, paid.
    pg.bill(u"2026-07");
    pg.bill(u"2026-08");
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("24000"), QStringLiteral("upi"),
                          QStringLiteral("UTR2"), QStringLiteral("2026-08-01")},
                         QDate(2026, 8, 1))
                    .ok());
    ASSERT_TRUE(GiveNotice(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("2026-09-13"), QStringLiteral("Course over")},
                         QDate(2026, 7, 1))
                    .ok());
    // Out on 13 September, day 31 + 31 + 13 = 75: short of 90, so July is taxed after all:
    // 5% of 12,000 = 600.00, CGST 300.00 + SGST 300.00, debit note KORAD/2627/0001.
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-09-13"), {}, {}}, QDate(2026, 9, 13));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    const QString id = test::text(
        pg.store(), QStringLiteral("SELECT id FROM debit_note WHERE number = 'KORAD/2627/0001'"));

    const QString text = written(pg, writeDebitNotePdf, id, QStringLiteral("debit.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("DEBIT NOTE"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Debit note No.: KORAD/2627/0001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Date: 13-09-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Invoice No.: KORA/2627/0001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Invoice date: 01-07-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Basis: ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Stay of 75 days")));
    EXPECT_TRUE(text.contains(QStringLiteral("Taxable value 12,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("CGST @ 2.5% 300.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("SGST @ 2.5% 300.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tax debited (₹) 600.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Amount in words: Rupees Six Hundred Only")));
    // In Hindi the basis is Hindi too: "75 दिन का निवास (01-07-2026 से 13-09-2026) … बीजक
    // KORA/2627/0001 दिनांक 01-07-2026 पर … ₹12,000.00 पर 5%". Words with i-matras or
    // conjuncts lose marks in extraction (RENDER.md): the ones that read whole are asserted.
    const QString hindi =
        written(pg, writeDebitNotePdf, id, QStringLiteral("debit-hi.pdf"), Lang::Hindi);
    EXPECT_TRUE(hindi.contains(QStringLiteral("75"))) << hindi.toStdString();
    EXPECT_TRUE(hindi.contains(QStringLiteral("(01-07-2026 से 13-09-2026)")));
    EXPECT_TRUE(hindi.contains(QStringLiteral("लगातार 90")));
    EXPECT_TRUE(hindi.contains(QStringLiteral("₹12,000.00 पर 5%")));
    EXPECT_TRUE(hindi.contains(QStringLiteral("34(3)")));
    EXPECT_FALSE(hindi.contains(QStringLiteral("Stay of")));
    EXPECT_FALSE(hindi.contains(QStringLiteral("billed exempt")));

    // The voucher: final invoice KORA/2627/0003 for 1–13 September, 13/30 × 12,000 =
    // 5,200 + 5% (130 + 130) = 5,460 unpaid; two debit notes of 600; 24,000 − 5,460 −
    // 600 − 600 = 17,340 refunded.
    const QString refund =
        written(pg, writeDepositRefundPdf, out.value().settlementId, QStringLiteral("refund.pdf"));
    EXPECT_TRUE(refund.contains(QStringLiteral("Security deposit held 24,000.00")))
        << refund.toStdString();
    // (Poppler extracts the "ff" of "off" and the "fi" of "final" as ligature characters.)
    EXPECT_TRUE(refund.contains(QStringLiteral("Less: unpaid dues set")));
    EXPECT_TRUE(refund.contains(QStringLiteral("invoice KORA/2627/0003) -5,460.00")));
    EXPECT_TRUE(refund.contains(
        QStringLiteral("Less: GST on KORA/2627/0001 (debit note KORAD/2627/0001) -600.00")));
    EXPECT_TRUE(refund.contains(
        QStringLiteral("Less: GST on KORA/2627/0002 (debit note KORAD/2627/0002) -600.00")));
    EXPECT_TRUE(refund.contains(QStringLiteral("Refund 17,340.00")));
    EXPECT_TRUE(
        refund.contains(QStringLiteral("Rupees Seventeen Thousand Three Hundred Forty Only")));
    // Every rupee of the refund is the deposit's: no split line.
    EXPECT_FALSE(refund.contains(QStringLiteral("unused credit")));
}
