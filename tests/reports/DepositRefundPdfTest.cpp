// SPEC §4.9, §3.5: the deposit refund voucher of a check-out, read back from the PDF
// with Poppler. Every expected value is worked out by hand.
#include "PdfProbe.h"

#include <documents/DocumentRequest.h>

#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::reports;
using test::PdfProbe;

namespace {

void pay(test::SamplePg& pg, const char* amount, const char* purpose, QDate date)
{
    auto paid =
        RecordPayment(pg.store())
            .run({pg.residentIds[0], QString::fromLatin1(amount), QStringLiteral("upi"),
                  QStringLiteral("UTR"), date.toString(Qt::ISODate), QString::fromLatin1(purpose)},
                 date);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
}

store::StoreResult<WrittenDocument> write(test::SamplePg& pg, const QString& id,
                                          const QString& file, Lang lang = Lang::English,
                                          Paper paper = Paper::A4)
{
    PageSetup setup;
    setup.paper = paper;
    return writeDepositRefundPdf({pg.store(), id, lang, setup, pg.files.scratch(file)});
}

} // namespace

TEST(DepositRefundPdf, VoucherShowsTheDepositWhatWasSetAgainstItAndTheRefund)
{
    test::SamplePg pg;
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-10-01"),
                          QStringLiteral("12000"), QStringLiteral("24000")},
                         QDate(2026, 10, 1))
                    .ok());
    pay(pg, "24000", "deposit", QDate(2026, 10, 1));
    pg.bill(u"2026-10");
    // ₹15,000 paid: October's 12,000 and 3,000 advance.
    pay(pg, "15000", "dues", QDate(2026, 10, 2));
    // Out on 31 October without notice: 30 days short × 12,000 / 30 = 12,000 shortfall.
    auto out = CheckOut(pg.store())
                   .run({pg.residentIds[0],
                         QStringLiteral("2026-10-31"),
                         {},
                         {QStringLiteral("Broken chair=1500")}},
                        QDate(2026, 10, 31));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    // 24,000 + 3,000 advance − 1,500 chair − 12,000 shortfall = 13,500 refunded; the
    // deposit kept 1,500 + 12,000 = 13,500, so 24,000 − 13,500 = 10,500 of it comes back,
    // with the 3,000 advance.
    ASSERT_EQ(out.value().figures.refund(), Money::fromRupees(13500));

    const QString file = pg.files.scratch(QStringLiteral("refund.pdf"));
    auto done = write(pg, out.value().settlementId, QStringLiteral("refund.pdf"));
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(PdfProbe::qpdfProblems(file), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(file));
    const QString text = PdfProbe::text(file).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("DEPOSIT REFUND VOUCHER"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Settlement No.: KORAS/2627/0001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Date: 31-10-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Received from Sunrise PG the sum of ₹13,500.00 (Rupees Thirteen Thousand Five Hundred "
        "Only) being the refund of my security deposit")));
    EXPECT_TRUE(text.contains(QStringLiteral("01-10-2026 to 31-10-2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Security deposit held 24,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Add: advance paid and not used 3,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Less: Broken chair -1,500.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Less: notice period not served -12,000.00")));
    EXPECT_FALSE(text.contains(QStringLiteral("unpaid dues")));
    EXPECT_TRUE(text.contains(QStringLiteral("Refund 13,500.00")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("Amount in words: Rupees Thirteen Thousand Five Hundred Only")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Of the refund, ₹10,500.00 is the deposit and ₹3,000.00 your unused credit.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Received by (resident's signature)")));
    EXPECT_TRUE(text.contains(QStringLiteral("For Sunrise PG")));

    const QString hindiFile = pg.files.scratch(QStringLiteral("refund-hi.pdf"));
    ASSERT_TRUE(
        write(pg, out.value().settlementId, QStringLiteral("refund-hi.pdf"), Lang::Hindi, Paper::A5)
            .ok());
    EXPECT_EQ(PdfProbe::qpdfProblems(hindiFile), QString());
    EXPECT_EQ(PdfProbe::pageCount(hindiFile), 1);
    const QString hindi = PdfProbe::text(hindiFile).simplified();
    // Words Poppler maps back whole (see RENDER.md: no i-matra, conjunct or reph).
    for (const char* word : {"जमा", "वापसी", "वाउचर", "तेरह", "पाँच सौ"})
        EXPECT_TRUE(hindi.contains(QString::fromUtf8(word))) << word << "\n" << hindi.toStdString();
}

TEST(DepositRefundPdf, ASettlementThatRefundedNothingHasNoVoucher)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1)); // ₹12,000, no deposit
    pg.bill(u"2026-10");
    pay(pg, "12000", "dues", QDate(2026, 10, 2));
    // No notice: 30 days short = 12,000 owed, nothing refunded.
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-10-31"), {}, {}}, QDate(2026, 10, 31));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    ASSERT_EQ(out.value().figures.owed(), Money::fromRupees(12000));
    auto done = write(pg, out.value().settlementId, QStringLiteral("none.pdf"));
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(test::refusedField(done.error()), QStringLiteral("id"));
    const QString message = done.error().fields.first().message;
    EXPECT_TRUE(message.contains(QStringLiteral("refunded nothing (₹12,000.00 is still owed)")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("pdf settlement")));
    EXPECT_FALSE(QFileInfo::exists(pg.files.scratch(QStringLiteral("none.pdf"))));

    // A payment's id is not a settlement's: refused naming --id and what it is.
    const QString paymentId = test::text(pg.store(), QStringLiteral("SELECT id FROM payment"));
    auto wrong = write(pg, paymentId, QStringLiteral("wrong.pdf"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(test::refusedField(wrong.error()), QStringLiteral("id"));
    EXPECT_TRUE(wrong.error().fields.first().message.contains(QStringLiteral("payment")));
}

TEST(DepositRefundPdf, StoredFiguresThatDoNotAddUpAreRefusedNeverPrinted)
{
    test::SamplePg pg;
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-10-01"),
                          QStringLiteral("12000"), QStringLiteral("24000")},
                         QDate(2026, 10, 1))
                    .ok());
    pay(pg, "24000", "deposit", QDate(2026, 10, 1));
    pg.bill(u"2026-10");
    pay(pg, "12000", "dues", QDate(2026, 10, 2));
    // Out on 31 October without notice: 24,000 − 12,000 shortfall = 12,000 refunded.
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-10-31"), {}, {}}, QDate(2026, 10, 31));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    ASSERT_EQ(out.value().figures.refund(), Money::fromRupees(12000));
    // Another program raises the stored refund by ₹1: 24,000 − 12,000 is no longer the
    // 12,001 recorded, and a voucher for ₹12,001.00 would pay out a rupee nobody owes.
    QSqlQuery tamper(pg.store().database());
    ASSERT_TRUE(tamper.exec(QStringLiteral("UPDATE deposit_settlement SET refund_paise = "
                                           "refund_paise + 100")));
    auto done = write(pg, out.value().settlementId, QStringLiteral("tampered.pdf"));
    ASSERT_FALSE(done.ok());
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("do not add up")))
        << done.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pg.files.scratch(QStringLiteral("tampered.pdf"))));
}
