// The UPI QR on an invoice (issue 9 §3): rasterised by Poppler, decoded by
// zbarimg, compared with the link written out by hand: values percent-encoded
// (space %20, '/' %2F; the VPA keeps '@'), the amount with two decimals, for the
// balance due; none when nothing is due, no UPI ID is set or the invoice is cancelled.
#include "InvoiceSample.h"
#include "InvoiceText.h"

#include <billing/InvoiceCorrections.h>

#include <gtest/gtest.h>

using namespace rentflow;
using test::InvoicePg;
using test::PdfProbe;

namespace {

// Lakshmi at ₹30,000 from 01-11-2026: KORA/2627/0001 for ₹31,500.00 (30,000 + 5%).
struct NovemberPg : InvoicePg
{
    explicit NovemberPg(const OrganisationInput& org = registeredWithUpi()) : InvoicePg(org)
    {
        checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("30000"));
        bill(u"2026-11");
        id = invoiceId(QStringLiteral("KORA/2627/0001"));
    }
    QString write(const QString& name)
    {
        const auto run = pdf(id, out(name));
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return out(name);
    }
    QString id;
};

} // namespace

TEST(InvoiceQr, TheQrAsksForTheWholeTotalWhenNothingIsPaid)
{
    NovemberPg pg;
    const QString pdf = pg.write(QStringLiteral("unpaid.pdf"));
    // pa = the organisation's UPI ID, pn = "Sunrise PG", am = 31,500.00,
    // tn = "Invoice KORA/2627/0001".
    EXPECT_EQ(PdfProbe::qrCodes(pdf),
              QStringList{QStringLiteral("upi://pay?pa=sunrisepg@okaxis&pn=Sunrise%20PG"
                                         "&am=31500.00&cu=INR&tn=Invoice%20KORA%2F2627%2F0001")});
    EXPECT_TRUE(test::readText(pdf).contains(u"Scan to pay ₹31,500.00 with any UPI app"));
}

TEST(InvoiceQr, AfterAPartPaymentTheQrCarriesTheBalance)
{
    NovemberPg pg;
    pg.pay(0, QStringLiteral("10000.50"), QDate(2026, 11, 3));
    const QString pdf = pg.write(QStringLiteral("part.pdf"));
    // 31,500.00 − 10,000.50 = 21,499.50 due.
    EXPECT_EQ(PdfProbe::qrCodes(pdf),
              QStringList{QStringLiteral("upi://pay?pa=sunrisepg@okaxis&pn=Sunrise%20PG"
                                         "&am=21499.50&cu=INR&tn=Invoice%20KORA%2F2627%2F0001")});
    const QString text = test::readText(pdf);
    EXPECT_TRUE(text.contains(u"Paid: ₹10,000.50"));
    EXPECT_TRUE(text.contains(u"Balance due: ₹21,499.50"));
}

TEST(InvoiceQr, ACreditNoteLowersWhatTheQrAsksFor)
{
    NovemberPg pg;
    ASSERT_TRUE(InvoiceCorrections(pg.store())
                    .creditNote(pg.id, QStringLiteral("1050"), QStringLiteral("Two days away"),
                                QDate(2026, 11, 20))
                    .ok());
    const QString pdf = pg.write(QStringLiteral("credited.pdf"));
    // 31,500.00 − 1,050.00 credited = 30,450.00 due.
    EXPECT_EQ(PdfProbe::qrCodes(pdf),
              QStringList{QStringLiteral("upi://pay?pa=sunrisepg@okaxis&pn=Sunrise%20PG"
                                         "&am=30450.00&cu=INR&tn=Invoice%20KORA%2F2627%2F0001")});
    const QString text = test::readText(pdf);
    EXPECT_TRUE(text.contains(u"Credit notes: ₹1,050.00"));
    EXPECT_TRUE(text.contains(u"Balance due: ₹30,450.00"));
}

TEST(InvoiceQr, OnA5InHindiTheQrStillReads)
{
    NovemberPg pg;
    const QString pdf = pg.out(QStringLiteral("a5.pdf"));
    const auto run = pg.pdf(
        pg.id, pdf, {QStringLiteral("--a5"), QStringLiteral("--lang"), QStringLiteral("hi")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(PdfProbe::qrCodes(pdf),
              QStringList{QStringLiteral("upi://pay?pa=sunrisepg@okaxis&pn=Sunrise%20PG"
                                         "&am=31500.00&cu=INR&tn=Invoice%20KORA%2F2627%2F0001")});
}

TEST(InvoiceQr, NoQrWhenFullyPaid)
{
    NovemberPg pg;
    pg.pay(0, QStringLiteral("31500"), QDate(2026, 11, 3));
    const QString pdf = pg.write(QStringLiteral("paid.pdf"));
    EXPECT_EQ(PdfProbe::qrCodes(pdf), QStringList());
    const QString text = test::readText(pdf);
    EXPECT_TRUE(text.contains(u"Paid: ₹31,500.00"));
    EXPECT_TRUE(text.contains(u"Balance due: ₹0.00"));
    EXPECT_FALSE(text.contains(u"Scan to pay"));
}

TEST(InvoiceQr, NoQrWithoutAUpiId)
{
    OrganisationInput org = InvoicePg::registeredWithUpi();
    org.upiVpa.clear();
    NovemberPg pg(org);
    const QString pdf = pg.write(QStringLiteral("noupi.pdf"));
    EXPECT_EQ(PdfProbe::qrCodes(pdf), QStringList());
    const QString text = test::readText(pdf);
    EXPECT_TRUE(text.contains(u"Balance due: ₹31,500.00"));
    EXPECT_FALSE(text.contains(u"UPI"));
}

TEST(InvoiceQr, ACancelledInvoiceSaysSoAndAsksForNothing)
{
    NovemberPg pg;
    ASSERT_TRUE(InvoiceCorrections(pg.store())
                    .cancel(pg.id, QStringLiteral("Wrong bed"), QDate(2026, 11, 2))
                    .ok());
    const QString pdf = pg.write(QStringLiteral("cancelled.pdf"));
    EXPECT_EQ(PdfProbe::qrCodes(pdf), QStringList());
    EXPECT_EQ(PdfProbe::qpdfProblems(pdf), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(pdf));
    const QString text = test::readText(pdf);
    EXPECT_TRUE(text.contains(u"CANCELLED on 02-11-2026: Wrong bed"));
    EXPECT_TRUE(text.contains(u"KORA/2627/0001"));
    EXPECT_TRUE(text.contains(u"Total (₹) 31,500.00")); // what it was, for the record
    EXPECT_FALSE(text.contains(u"Balance due"));
    EXPECT_FALSE(text.contains(u"Scan to pay"));
}
