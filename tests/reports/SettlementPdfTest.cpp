// The deposit settlement statement read back from its PDF: the check-out's figures as
// recorded, with deductions, the notice shortfall and the credit returned, adding up on
// the page; the dues the deposit paid, by invoice; what is owed when nothing is held.
#include "LeavingPg.h"

#include <support/Probe.h>

#include <integration/CtlInProcess.h>

#include <QFileInfo>

using namespace rentflow;
using test::figureAfter;
using test::LeavingPg;
using test::paiseOf;
using test::PdfProbe;
using test::plain;

namespace {

// Every signed line of the figures table (+ added, − taken off, = the result), in order.
struct PageSum
{
    qint64 running = 0;
    qint64 result = -1;
};
PageSum sumOfSignedLines(const QString& text)
{
    PageSum sum;
    const QRegularExpression figure(QStringLiteral("([\\d,]+\\.\\d\\d)\\s*$"));
    bool started = false;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        const auto found = figure.match(line);
        if (!found.hasMatch())
            continue;
        const qint64 paise = paiseOf(found.captured(1));
        if (line.startsWith(QStringLiteral("Security deposit held"))) {
            sum.running = paise;
            started = true;
        } else if (started && line.startsWith(QLatin1Char('+'))) {
            sum.running += paise;
        } else if (started && line.startsWith(QStringLiteral("–"))) {
            sum.running -= paise;
        } else if (started && line.startsWith(QLatin1Char('='))) {
            sum.result = paise;
            break;
        }
    }
    return sum;
}

} // namespace

TEST(SettlementPdf, DeductionsShortfallAndCreditReturnedAddUpOnThePage)
{
    LeavingPg pg;
    // ₹30,000 paid on 5 October: October and November (₹12,000 each) paid, ₹6,000 advance.
    pg.pay("30000", "upi", "2026-10-05");
    pg.notice();
    const QString id =
        pg.checkOut({QStringLiteral("Broken chair=1500"), QStringLiteral("Deep cleaning=800")});
    const QString file = pg.pdf(id, reports::Lang::English, QStringLiteral("settlement.pdf"));
    const QString text = plain(file);

    EXPECT_TRUE(text.contains(QStringLiteral("DEPOSIT SETTLEMENT"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Settlement No.: KORAS/2627/0001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Date: 20-11-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Lakshmi Narayanan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Room/bed: 101/A")));
    EXPECT_TRUE(text.contains(QStringLiteral("Stay: 01-10-2026 to 20-11-2026")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Notice given on 01-11-2026 (notice period 30 days)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Last day: 20-11-2026")));
    // The figures, worked by hand:
    //   deposit held                                   24,000.00
    //   + advance: 30,000 paid − 12,000 − 12,000 = 6,000, less the final invoice's 333
    //     (her 20 of 60 bed-days of 100 units × ₹10 = 333.33, rounded off to 333) = 5,667.00
    //   + credit note for 21–30 November, 10/30 × 12,000 =  4,000.00
    //   − Broken chair 1,500.00, − Deep cleaning 800.00
    //   − notice shortfall: served 1–20 November = 20 of 30 days, 10 short:
    //     12,000 × 10 / 30 = 4,000.00
    //   = refund 24,000 + 5,667 + 4,000 − 1,500 − 800 − 4,000 = 27,367.00
    EXPECT_EQ(figureAfter(text, QStringLiteral("Security deposit held")), "24,000.00");
    EXPECT_EQ(figureAfter(text, QStringLiteral("+ Advance paid and not used")), "5,667.00");
    EXPECT_EQ(figureAfter(text, QStringLiteral("+ Credit notes KORAC/2627/0001: money given back")),
              "4,000.00");
    EXPECT_EQ(figureAfter(text, QStringLiteral("– Deduction: Broken chair")), "1,500.00");
    EXPECT_EQ(figureAfter(text, QStringLiteral("– Deduction: Deep cleaning")), "800.00");
    EXPECT_TRUE(text.contains(
        QStringLiteral("10 days short of the 30-day notice period: ₹12,000.00 × 10 / 30")));
    EXPECT_EQ(figureAfter(text, QStringLiteral("= Refund to the resident")), "27,367.00");
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Amount in words: Rupees Twenty Seven Thousand Three Hundred Sixty Seven Only")));
    // The signed lines on the page add up to the result printed.
    const PageSum sum = sumOfSignedLines(text);
    EXPECT_EQ(sum.result, 2736700);
    EXPECT_EQ(sum.running, sum.result);
    // The deposit's own entries: received 24,000 (receipt KORAR/2627/0001), 6,300 kept
    // (1,500 + 800 + 4,000), 17,700 refunded (24,000 − 6,300).
    EXPECT_TRUE(text.contains(QStringLiteral("Received (receipt KORAR/2627/0001)")));
    EXPECT_EQ(figureAfter(text, QStringLiteral("20-11-2026 Kept for deductions")), "6,300.00");
    EXPECT_EQ(figureAfter(text, QStringLiteral("20-11-2026 Refunded")), "17,700.00");
    EXPECT_EQ(PdfProbe::qpdfProblems(file), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(file)) << PdfProbe::fonts(file).join(u' ').toStdString();
}

TEST(SettlementPdf, TheDepositPaysTheDuesInvoiceByInvoiceInEnglishAndHindi)
{
    LeavingPg pg;
    pg.pay("12000", "upi", "2026-10-05"); // October paid; November (₹12,000) not
    pg.notice();
    const QString id = pg.checkOut({QStringLiteral("Broken chair=1500")});
    const QString text = plain(pg.pdf(id, reports::Lang::English, QStringLiteral("en.pdf")));
    // Dues: November 12,000 less its credit note for 21–30 November (4,000) = 8,000, and the
    // final invoice's electricity share 333: 8,333, all paid from the deposit. Refund:
    // 24,000 − 8,333 − 1,500 − 4,000 (10 days' notice short) = 10,167.
    EXPECT_EQ(figureAfter(text, QStringLiteral("– Unpaid dues")), "8,333.00");
    EXPECT_TRUE(text.contains(
        QStringLiteral("Invoice KORA/2627/0002 of 01-11-2026: ₹8,000.00 paid from the deposit")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("Invoice KORA/2627/0003 of 20-11-2026: ₹333.00 paid from the deposit")));
    EXPECT_EQ(figureAfter(text, QStringLiteral("= Refund to the resident")), "10,167.00");
    const PageSum sum = sumOfSignedLines(text);
    EXPECT_EQ(sum.running, 1016700);
    EXPECT_EQ(sum.result, 1016700);
    // The deposit's entries: 8,333 to the dues, 5,500 kept (1,500 + 4,000), 10,167 refunded.
    EXPECT_EQ(figureAfter(text, QStringLiteral("20-11-2026 Set against unpaid dues")), "8,333.00");
    EXPECT_EQ(figureAfter(text, QStringLiteral("20-11-2026 Kept for deductions")), "5,500.00");
    EXPECT_EQ(figureAfter(text, QStringLiteral("20-11-2026 Refunded")), "10,167.00");

    // Hindi, on A5. Qt's PDF writer maps shaped Devanagari (i-matras, conjuncts) to no
    // text, so only words without them are looked for (checked with pdftotext).
    const QString hindiFile =
        pg.pdf(id, reports::Lang::Hindi, QStringLiteral("hi.pdf"), reports::Paper::A5);
    const QString hindi = plain(hindiFile);
    for (const char* word : {"बकाया", "कटौती: Broken chair", "लौटाया गया", "जमा खाता", "रहने का",
                             "दस हज़ार एक सौ सड़सठ", "कृते Sunrise PG"})
        EXPECT_TRUE(
            hindi.contains(QString::fromUtf8(word).normalized(QString::NormalizationForm_C)))
            << word << "\n"
            << hindi.toStdString();
    EXPECT_TRUE(hindi.contains(QStringLiteral("10,167.00")));
    EXPECT_EQ(PdfProbe::qpdfProblems(hindiFile), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(hindiFile));
}

TEST(SettlementPdf, WithNothingHeldWhatIsDueIsOwed)
{
    // Arjun, checked in on 1 October without paying the ₹10,000 deposit demanded, leaves on
    // 20 November without notice.
    test::SamplePg bare;
    ASSERT_TRUE(CheckIn(bare.store())
                    .run({bare.residentIds[1], bare.bedIds[1], QStringLiteral("2026-10-01"),
                          QStringLiteral("12000"), QStringLiteral("10000")},
                         QDate(2026, 10, 1))
                    .ok());
    bare.bill(u"2026-10");
    bare.bill(u"2026-11");
    auto out =
        CheckOut(bare.store())
            .run({bare.residentIds[1], QStringLiteral("2026-11-20"), {}, {}}, QDate(2026, 11, 20));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    const QString file = bare.files.scratch(QStringLiteral("owed.pdf"));
    ASSERT_TRUE(reports::writeSettlementPdf(
                    {bare.store(), out.value().settlementId, reports::Lang::English, {}, file})
                    .ok());
    const QString text = plain(file);
    // Dues: October 12,000 + November 12,000 less 10/30 credited (4,000) = 20,000, no meter
    // reading: nothing more. No notice: the whole 30 days short, 12,000 × 30 / 30 = 12,000.
    // Owed: 0 − 20,000 − 12,000 = −32,000.
    EXPECT_TRUE(text.contains(QStringLiteral("No notice given (notice period 30 days)")));
    EXPECT_EQ(figureAfter(text, QStringLiteral("Security deposit held")), "0.00");
    EXPECT_EQ(figureAfter(text, QStringLiteral("– Unpaid dues")), "20,000.00");
    EXPECT_TRUE(text.contains(
        QStringLiteral("30 days short of the 30-day notice period: ₹12,000.00 × 30 / 30")));
    EXPECT_EQ(figureAfter(text, QStringLiteral("= Amount owed by the resident")), "32,000.00");
    EXPECT_TRUE(text.contains(QStringLiteral("Amount in words: Rupees Thirty Two Thousand Only")))
        << text.toStdString();
    const PageSum sum = sumOfSignedLines(text);
    EXPECT_EQ(sum.running, -3200000);
    EXPECT_EQ(sum.result, 3200000);
    EXPECT_FALSE(text.contains(QStringLiteral("Security deposit account")));
}

TEST(SettlementPdf, AWrongIdOrPathExitsTwoAndWritesNothing)
{
    LeavingPg pg;
    pg.notice();
    const QString id = pg.checkOut({});
    const QString invoice =
        test::text(pg.store(), QStringLiteral("SELECT id FROM invoice ORDER BY number LIMIT 1"));
    pg.workspace.reset();
    const QString out = pg.files.scratch(QStringLiteral("s.pdf"));
    const auto run = [&](const QString& which, const QString& file) {
        return test::runCtlInProcess(
            pg.files.path(), {QStringLiteral("pdf"), QStringLiteral("settlement"),
                              QStringLiteral("--id"), which, QStringLiteral("--out"), file});
    };
    for (const QString& wrong : {QStringLiteral("no-such-id"), invoice}) {
        const test::CtlRun refused = run(wrong, out);
        EXPECT_EQ(refused.exitCode, 2) << refused.out.toStdString() << refused.err.toStdString();
        EXPECT_TRUE(refused.out.contains(QStringLiteral("\"id\"")) ||
                    refused.err.contains(QStringLiteral("id")))
            << refused.out.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out));
    }
    const QString unwritable = pg.files.scratch(QStringLiteral("missing/folder/s.pdf"));
    const test::CtlRun noFolder = run(id, unwritable);
    EXPECT_EQ(noFolder.exitCode, 2) << noFolder.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(unwritable));
    const test::CtlRun written = run(id, out);
    ASSERT_EQ(written.exitCode, 0) << written.out.toStdString() << written.err.toStdString();
    EXPECT_EQ(written.json().value(QStringLiteral("file")).toString(),
              QFileInfo(out).absoluteFilePath());
    EXPECT_EQ(written.json().value(QStringLiteral("pages")).toInt(), 1);
}

TEST(SettlementPdf, TaxDueOnDebitNotesIsSetAgainstTheDepositByNumber)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    test::SamplePg pg(org);
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
    pg.bill(u"2026-07"); // exempt bills of supply, an 11-month stay planned
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
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-09-13"), {}, {}}, QDate(2026, 9, 13));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    const QString file = pg.files.scratch(QStringLiteral("tax.pdf"));
    ASSERT_TRUE(reports::writeSettlementPdf(
                    {pg.store(), out.value().settlementId, reports::Lang::English, {}, file})
                    .ok());
    const QString text = plain(file);
    // Out on 13 September, day 75 of a stay the exemption needs 90 days of: the final
    // invoice (13/30 × 12,000 = 5,200 + 5% tax 260 = 5,460) is unpaid and paid from the
    // deposit, and July's and August's bills of supply are put right by debit notes of 5% of
    // 12,000 = 600 each. Notice served: 1 July to 13 September, more than 30 days.
    // Refund: 24,000 − 5,460 − 600 − 600 = 17,340.
    EXPECT_EQ(figureAfter(text, QStringLiteral("– Unpaid dues")), "5,460.00");
    EXPECT_TRUE(text.contains(
        QStringLiteral("Invoice KORA/2627/0003 of 13-09-2026: ₹5,460.00 paid from the deposit")))
        << text.toStdString();
    EXPECT_EQ(figureAfter(text, QStringLiteral("– Tax due: debit note KORAD/2627/0001 on invoice "
                                               "KORA/2627/0001")),
              "600.00");
    EXPECT_EQ(figureAfter(text, QStringLiteral("– Tax due: debit note KORAD/2627/0002 on invoice "
                                               "KORA/2627/0002")),
              "600.00");
    EXPECT_FALSE(text.contains(QStringLiteral("Notice shortfall")));
    EXPECT_EQ(figureAfter(text, QStringLiteral("= Refund to the resident")), "17,340.00");
    const PageSum sum = sumOfSignedLines(text);
    EXPECT_EQ(sum.running, 1734000);
    EXPECT_EQ(sum.result, 1734000);
    EXPECT_EQ(PdfProbe::qpdfProblems(file), QString());
}

TEST(SettlementPdf, TheResidentsAgreementIsOnThePageOfTheSignatures)
{
    // One more deduction each time moves the end of the statement down an A5 page, so
    // that on some count the signatures no longer fit under "I have read this
    // settlement…": the sentence must move with them, never stay behind alone.
    QStringList deductions;
    for (int count = 1; count <= 8; ++count) {
        deductions << QStringLiteral("Repair %1=100").arg(count);
        LeavingPg pg;
        pg.notice();
        const QString id = pg.checkOut(deductions);
        const QString file =
            pg.pdf(id, reports::Lang::English, QStringLiteral("sign.pdf"), reports::Paper::A5);
        int pagesWithSentence = 0;
        for (const QString& page : PdfProbe::pageTexts(file)) {
            if (!page.contains(QStringLiteral("I have read this settlement")))
                continue;
            ++pagesWithSentence;
            EXPECT_TRUE(page.contains(QStringLiteral("Authorised signatory")))
                << count << "\n"
                << page.toStdString();
        }
        EXPECT_EQ(pagesWithSentence, 1);
    }
}
