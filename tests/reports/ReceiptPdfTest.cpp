// SPEC §5.2: the rent receipt for HRA claims and the security-deposit receipt, read
// back from the PDF with Poppler. Every expected value is worked out by hand.
#include "PdfProbe.h"

#include <documents/DocumentRequest.h>
#include <integration/CtlInProcess.h>

#include <payments/RecordPayment.h>
#include <payments/ReversePayment.h>
#include <stays/CheckIn.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::reports;
using test::PdfProbe;

namespace {

const QString kPan = QStringLiteral("ABCPE1234F");
// The stamp box says "Affix revenue stamp"; Poppler extracts its "ffi" as one
// ligature character (U+FB03), so the test looks for the words after it.
const QString kStampWords = QStringLiteral("revenue stamp");

OrganisationInput organisation(const QString& pan)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.pan = pan;
    org.address = QStringLiteral("12, 5th Cross, Koramangala, Bengaluru 560034");
    return org;
}

// Lakshmi in bed A from 1 November 2026 at `rent` a month; November billed on its
// first day: KORA/2627/0001, ₹`rent` (a bill of supply: the PG has no GSTIN).
struct Stay
{
    explicit Stay(const QString& rent, const QString& pan = kPan) : pg(organisation(pan))
    {
        pg.checkIn(0, 0, QDate(2026, 11, 1), rent);
        pg.bill(u"2026-11");
    }

    // Records a payment on `date`; returns its id.
    QString pay(const char* amount, const char* method, const char* reference, QDate date,
                const char* purpose = "dues")
    {
        auto paid = RecordPayment(pg.store())
                        .run({pg.residentIds[0], QString::fromLatin1(amount),
                              QString::fromLatin1(method), QString::fromLatin1(reference),
                              date.toString(Qt::ISODate), QString::fromLatin1(purpose)},
                             date);
        EXPECT_TRUE(paid.ok()) << (paid.ok() ? "" : paid.error().message.toStdString());
        return paid.ok() ? paid.value().paymentId : QString();
    }

    store::StoreResult<WrittenDocument> write(const QString& id, const QString& file,
                                              bool deposit = false,
                                              std::optional<Lang> lang = Lang::English,
                                              Paper paper = Paper::A4)
    {
        PageSetup setup;
        setup.paper = paper;
        const DocumentRequest request{pg.store(), id, lang, setup, pg.files.scratch(file)};
        return deposit ? writeDepositReceiptPdf(request) : writeReceiptPdf(request);
    }

    // The document's text with every run of white space one space (lines wrap).
    QString written(const QString& id, const QString& file, bool deposit = false,
                    std::optional<Lang> lang = Lang::English, Paper paper = Paper::A4)
    {
        auto done = write(id, file, deposit, lang, paper);
        EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().message.toStdString());
        const QString path = pg.files.scratch(file);
        EXPECT_EQ(PdfProbe::qpdfProblems(path), QString());
        EXPECT_TRUE(PdfProbe::allFontsEmbedded(path))
            << PdfProbe::fonts(path).join(u' ').toStdString();
        return PdfProbe::text(path).simplified();
    }

    test::SamplePg pg;
};

} // namespace

TEST(ReceiptPdf, RentReceiptCarriesEveryHraFieldAndThePanAbove100000AYear)
{
    // ₹9,000 a month × 12 = ₹1,08,000 a year, over ₹1,00,000: the PAN is printed.
    Stay stay(QStringLiteral("9000"));
    const QString id = stay.pay("6000", "upi", "UTR412345678901", QDate(2026, 11, 5));
    const QString text = stay.written(id, QStringLiteral("receipt.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("RENT RECEIPT"))) << text.toStdString();
    // The PG's first receipt: property KOR, PC A, R for receipts, FY 2026-27.
    EXPECT_TRUE(text.contains(QStringLiteral("Receipt No.: KORAR/2627/0001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Date: 05-11-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Received with thanks from Lakshmi Narayanan the sum of ₹6,000.00 (Rupees Six Thousand "
        "Only) by UPI (UTR412345678901)")));
    EXPECT_TRUE(text.contains(QStringLiteral("for November 2026.")));
    // Landlord, premises, mode and reference, period, the invoice paid and how much.
    // (The two boxes side by side extract line by line across both.)
    EXPECT_TRUE(text.contains(QStringLiteral("Landlord (received by)")));
    // The tenant's phone (stored +919845012345) grouped as the letterhead's is.
    EXPECT_TRUE(text.contains(QStringLiteral("Phone: +91 98450 12345")));
    EXPECT_TRUE(text.contains(QStringLiteral("12, 5th Cross, Koramangala, Bengaluru 560034")));
    EXPECT_TRUE(text.contains(QStringLiteral("PAN: ABCPE1234F")));
    EXPECT_TRUE(text.contains(QStringLiteral("Room/bed: 101/A")));
    EXPECT_TRUE(text.contains(QStringLiteral("Monthly rent: ₹9,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Mode: UPI")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reference (UTR / cheque no.): UTR412345678901")));
    EXPECT_TRUE(text.contains(QStringLiteral("Period covered: November 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("KORA/2627/0001 01-11-2026 November 2026 6,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Total received 6,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Amount in words: Rupees Six Thousand Only")));
    EXPECT_TRUE(text.contains(QStringLiteral("(₹9,000.00 × 12 = ₹1,08,000.00) exceeds ₹1,00,000")));
    // ₹6,000 by UPI: over ₹5,000 but not cash, so no revenue stamp.
    EXPECT_FALSE(text.contains(kStampWords));
    EXPECT_TRUE(text.contains(QStringLiteral("For Sunrise PG")));
    EXPECT_TRUE(text.contains(QStringLiteral("Authorised signatory")));
}

TEST(ReceiptPdf, NoPanAt96000AYearAndTheStampBoxOnlyOnCashOver5000)
{
    // ₹8,000 × 12 = ₹96,000 a year: not over ₹1,00,000, so no PAN, though one is on file.
    Stay stay(QStringLiteral("8000"));
    // ₹5,000.00 in cash: not more than ₹5,000, no stamp; pays 5,000 of the ₹8,000 invoice.
    const QString exactly = stay.pay("5000", "cash", "", QDate(2026, 11, 5));
    // ₹5,000.01 in cash: more than ₹5,000, the stamp box. It pays the 3,000 left and
    // 5,000.01 − 3,000 = 2,000.01 stays as advance.
    const QString over = stay.pay("5000.01", "cash", "", QDate(2026, 11, 6));

    const QString first = stay.written(exactly, QStringLiteral("cash5000.pdf"));
    EXPECT_FALSE(first.contains(kPan)) << first.toStdString();
    EXPECT_FALSE(first.contains(QStringLiteral("PAN")));
    EXPECT_FALSE(first.contains(kStampWords));
    EXPECT_TRUE(first.contains(QStringLiteral("Mode: Cash")));
    EXPECT_TRUE(first.contains(QStringLiteral("Amount in words: Rupees Five Thousand Only")));

    const QString second = stay.written(over, QStringLiteral("cash5000.01.pdf"));
    EXPECT_FALSE(second.contains(kPan));
    EXPECT_TRUE(second.contains(kStampWords)) << second.toStdString();
    EXPECT_TRUE(second.contains(QStringLiteral("Receipt No.: KORAR/2627/0002")));
    EXPECT_TRUE(second.contains(
        QStringLiteral("Amount in words: Rupees Five Thousand and One Paisa Only")));
    EXPECT_TRUE(
        second.contains(QStringLiteral("Period covered: November 2026, advance ₹2,000.01")));
    EXPECT_TRUE(
        second.contains(QStringLiteral("KORA/2627/0001 01-11-2026 November 2026 3,000.00")));
    EXPECT_TRUE(second.contains(QStringLiteral("Advance for invoices to come 2,000.01")));
    EXPECT_TRUE(second.contains(QStringLiteral("Total received 5,000.01")));
}

TEST(ReceiptPdf, APanNeededButNotOnFileIsRefusedAndNothingIsWritten)
{
    // ₹9,000 × 12 = ₹1,08,000 and the organisation has no PAN.
    Stay stay(QStringLiteral("9000"), QString());
    const QString id = stay.pay("9000", "bank", "UTR1", QDate(2026, 11, 5));
    auto done = stay.write(id, QStringLiteral("nopan.pdf"));
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, store::StoreError::Code::InvalidInput);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("org set --pan")))
        << done.error().message.toStdString();
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("₹1,08,000.00")));
    EXPECT_FALSE(QFileInfo::exists(stay.pg.files.scratch(QStringLiteral("nopan.pdf"))));
    // On the command line: exit 2, the message names the command that sets the PAN.
    const QString workspace = stay.pg.files.path();
    const QString out = stay.pg.files.scratch(QStringLiteral("nopan-cli.pdf"));
    stay.pg.workspace.reset(); // the command opens it itself
    const test::CtlRun run = test::runCtlInProcess(
        workspace, {QStringLiteral("pdf"), QStringLiteral("receipt"), QStringLiteral("--id"), id,
                    QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("rentflowctl org set --pan")))
        << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    // At ₹8,000 a month the same organisation's receipt needs no PAN.
    Stay lower(QStringLiteral("8000"), QString());
    const QString fine = lower.pay("8000", "bank", "UTR2", QDate(2026, 11, 5));
    EXPECT_TRUE(lower.written(fine, QStringLiteral("fine.pdf"))
                    .contains(QStringLiteral("Amount in words: Rupees Eight Thousand Only")));
}

TEST(ReceiptPdf, DepositReceiptAndEachCommandRefusesTheOtherKind)
{
    Stay stay(QStringLiteral("9000"));
    const QString deposit = stay.pay("18000", "cash", "", QDate(2026, 11, 1), "deposit");
    const QString rent = stay.pay("9000", "upi", "UTR77", QDate(2026, 11, 2));

    const QString text = stay.written(deposit, QStringLiteral("deposit.pdf"), true);
    EXPECT_TRUE(text.contains(QStringLiteral("SECURITY DEPOSIT RECEIPT"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Receipt No.: KORAR/2627/0001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Date: 01-11-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Received with thanks from Lakshmi Narayanan the sum of ₹18,000.00 (Rupees Eighteen "
        "Thousand Only) by cash as refundable security deposit for the stay below.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Room/bed: 101/A")));
    EXPECT_TRUE(text.contains(QStringLiteral("Stay from: 01-11-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("no GST is charged")));
    // ₹18,000 in cash: the stamp box; a deposit is no rent, so no HRA PAN line.
    EXPECT_TRUE(text.contains(kStampWords));
    EXPECT_FALSE(text.contains(kPan));

    auto wrongWay = stay.write(deposit, QStringLiteral("x.pdf"));
    ASSERT_FALSE(wrongWay.ok());
    EXPECT_EQ(test::refusedField(wrongWay.error()), QStringLiteral("id"));
    EXPECT_TRUE(
        wrongWay.error().fields.first().message.contains(QStringLiteral("pdf deposit-receipt")));
    auto otherWay = stay.write(rent, QStringLiteral("y.pdf"), true);
    ASSERT_FALSE(otherWay.ok());
    EXPECT_EQ(test::refusedField(otherWay.error()), QStringLiteral("id"));
    EXPECT_TRUE(otherWay.error().fields.first().message.contains(QStringLiteral("pdf receipt")));
    EXPECT_FALSE(QFileInfo::exists(stay.pg.files.scratch(QStringLiteral("x.pdf"))));
    EXPECT_FALSE(QFileInfo::exists(stay.pg.files.scratch(QStringLiteral("y.pdf"))));
}

TEST(ReceiptPdf, AReversedPaymentsReceiptSaysSo)
{
    Stay stay(QStringLiteral("9000"));
    const QString id = stay.pay("9000", "cheque", "CHQ 004512", QDate(2026, 11, 5));
    ASSERT_TRUE(ReversePayment(stay.pg.store())
                    .run(id, QStringLiteral("Cheque bounced"), QStringLiteral("2026-11-09"),
                         QDate(2026, 11, 9))
                    .ok());
    const QString text = stay.written(id, QStringLiteral("reversed.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("REVERSED on 09-11-2026: Cheque bounced")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Mode: Cheque")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reference (UTR / cheque no.): CHQ 004512")));
    // What it had paid before the reversal.
    EXPECT_TRUE(text.contains(QStringLiteral("KORA/2627/0001 01-11-2026 November 2026 9,000.00")));
}

TEST(ReceiptPdf, HindiReceiptAndA5)
{
    Stay stay(QStringLiteral("8000"));
    const QString id = stay.pay("5000.01", "cash", "", QDate(2026, 11, 5));
    const QString text = stay.written(id, QStringLiteral("hindi.pdf"), false, Lang::Hindi);
    // Words whose glyphs Poppler maps back whole (no i-matra, conjunct or reph:
    // Qt writes no Unicode map for those shaped glyphs, see RENDER.md).
    for (const char* word : {"रसीद", "मकान", "भुगतान", "नकद", "नवंबर 2026", "पाँच", "पैसा", "लगाएँ"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(word))) << word << "\n" << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("KORAR/2627/0001")));
    EXPECT_TRUE(text.contains(QStringLiteral("₹5,000.01")));
    EXPECT_FALSE(text.contains(QStringLiteral("Receipt No.")));
    // The same receipt on A5 is one page and says the same.
    const QString a5 = stay.written(id, QStringLiteral("a5.pdf"), false, Lang::English, Paper::A5);
    EXPECT_EQ(PdfProbe::pageCount(stay.pg.files.scratch(QStringLiteral("a5.pdf"))), 1);
    EXPECT_TRUE(a5.contains(kStampWords));
    EXPECT_TRUE(a5.contains(QStringLiteral("Receipt No.: KORAR/2627/0001")));
}

TEST(ReceiptPdf, BadInputOnTheCommandLineExitsTwoNamingTheOptionAndWritesNothing)
{
    Stay stay(QStringLiteral("9000"));
    const QString rent = stay.pay("9000", "upi", "UTR1", QDate(2026, 11, 5));
    const QString workspace = stay.pg.files.path();
    stay.pg.workspace.reset(); // the command opens it itself
    const QString out = stay.pg.files.scratch(QStringLiteral("bad.pdf"));
    struct Case
    {
        QStringList args;
        const char* option;
    };
    const QList<Case> cases{
        {{QStringLiteral("pdf"), QStringLiteral("receipt"), QStringLiteral("--id"),
          QStringLiteral("no-such-payment"), QStringLiteral("--out"), out},
         "id"},
        {{QStringLiteral("pdf"), QStringLiteral("deposit-receipt"), QStringLiteral("--id"), rent,
          QStringLiteral("--out"), out},
         "id"},
        {{QStringLiteral("pdf"), QStringLiteral("receipt"), QStringLiteral("--id"), rent,
          QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("xx")},
         "lang"},
        {{QStringLiteral("pdf"), QStringLiteral("receipt"), QStringLiteral("--id"), rent,
          QStringLiteral("--out"), stay.pg.files.scratch(QStringLiteral("no/such/folder/r.pdf"))},
         "out"},
    };
    for (const Case& c : cases) {
        const test::CtlRun run = test::runCtlInProcess(workspace, c.args);
        EXPECT_EQ(run.exitCode, 2) << c.args.join(u' ').toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--") + QString::fromLatin1(c.option)))
            << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out)) << c.args.join(u' ').toStdString();
    }
    // The good command writes the file and says so.
    const test::CtlRun good = test::runCtlInProcess(
        workspace, {QStringLiteral("pdf"), QStringLiteral("receipt"), QStringLiteral("--id"), rent,
                    QStringLiteral("--out"), out});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_EQ(good.json().value(QStringLiteral("pages")).toInt(), 1);
    EXPECT_TRUE(QFileInfo::exists(out));
}
