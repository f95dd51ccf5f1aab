// A 40-line invoice (issue 9 §2): flows onto a second page with the table heading
// repeated, "Page x of y" on each, totals and words on the last page only, no line
// lost and none clipped.
#include "InvoiceSample.h"
#include "InvoiceText.h"

#include <domain/Money.h>

#include <gtest/gtest.h>

using namespace rentflow;
using test::InvoicePg;
using test::PdfProbe;

namespace {

// Charge k (1…39) is "Laundry kk" of ₹100·k, another service (SAC 999799, 18%):
// CGST 9% = 9·k, SGST 9·k, line total 118·k rupees.
QString chargeName(int k)
{
    return QStringLiteral("Laundry %1").arg(k, 2, 10, QLatin1Char('0'));
}

QString figures(qint64 rupees)
{
    return Money::fromPaise(rupees * 100).toIndianString();
}

} // namespace

TEST(InvoicePages, FortyLinesFlowOntoTwoPagesWithHeadingsAndTotalsAtTheEnd)
{
    InvoicePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("30000"));
    for (int k = 1; k <= 39; ++k)
        pg.charge(0, QString::number(100 * k), chargeName(k), QDate(2026, 11, 1));
    pg.bill(u"2026-11");
    const QString pdf = pg.out(QStringLiteral("forty.pdf"));
    const auto run = pg.pdf(pg.invoiceId(QStringLiteral("KORA/2627/0001")), pdf);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("pages")).toInt(), 2);
    EXPECT_EQ(PdfProbe::qpdfProblems(pdf), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(pdf));

    const QStringList pages = test::readPages(pdf);
    ASSERT_EQ(pages.size(), 2);
    const QString all = pages.join(QLatin1Char(' '));
    for (int i = 0; i < 2; ++i) {
        EXPECT_TRUE(pages[i].contains(u"Description")) << "page " << i + 1;
        // The heading row on every page, each cell (Poppler's reading order of a row's
        // wrapped cells is its own, so the cells are looked for one by one).
        for (const char16_t* cell :
             {u"SAC", u"Taxable", u"value", u"CGST (₹)", u"SGST (₹)", u"Rate", u"Amount (₹)"})
            EXPECT_TRUE(pages[i].contains(QStringView(cell)))
                << "page " << i + 1 << ": " << QString::fromUtf16(cell).toStdString();
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Page %1 of 2").arg(i + 1)));
        EXPECT_TRUE(pages[i].contains(u"KORA/2627/0001")) << "page " << i + 1;
    }
    // Every line once, with its amount: rent 31,500.00; charge k 118·k.
    EXPECT_EQ(all.count(u"Rent for November 2026"), 1);
    EXPECT_TRUE(all.contains(u"31,500.00"));
    for (int k = 1; k <= 39; ++k) {
        EXPECT_EQ(all.count(chargeName(k)), 1) << chargeName(k).toStdString();
        EXPECT_TRUE(all.contains(figures(118 * k) + QLatin1Char(' '))) << k;
    }
    // Σk for k = 1…39 = 39·40/2 = 780. Taxable 30,000 + 100·780 = 1,08,000.00;
    // each head 750 + 9·780 = 7,770.00; total 1,08,000 + 15,540 = 1,23,540.00.
    for (const char16_t* total : {u"Taxable value 1,08,000.00", u"CGST 7,770.00", u"SGST 7,770.00",
                                  u"Round off", u"Total (₹) 1,23,540.00",
                                  u"Rupees One Lakh Twenty Three Thousand Five Hundred Forty Only",
                                  u"Balance due: ₹1,23,540.00"}) {
        EXPECT_FALSE(pages[0].contains(total)) << QString::fromUtf16(total).toStdString();
        EXPECT_EQ(pages[1].count(total), 1) << QString::fromUtf16(total).toStdString();
    }
}
