#include "../UiTestContext.h"

#include <documents/DocumentPreviewDialog.h>
#include <documents/InvoiceBatch.h>
#include <support/SamplePg.h>

#include <poppler-qt6.h>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// Two residents in room 101 from 1 November 2026, billed for November: two invoices.
struct BilledPg : test::SamplePg
{
    BilledPg()
    {
        checkIn(0, 0, QDate(2026, 11, 1));
        checkIn(1, 1, QDate(2026, 11, 1));
        bill(u"2026-11");
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, number FROM invoice ORDER BY number")));
        while (q.next()) {
            invoiceIds.append(q.value(0).toString());
            invoiceNumbers.append(q.value(1).toString());
        }
        EXPECT_EQ(invoiceIds.size(), 2);
    }
    QStringList invoiceIds;
    QStringList invoiceNumbers;
};

QString pdfText(const QString& file)
{
    auto pdf = Poppler::Document::load(file);
    if (!pdf)
        return {};
    QString text;
    for (int i = 0; i < pdf->numPages(); ++i)
        text += pdf->page(i)->text(QRectF());
    return text;
}

ui::DocumentRef invoice(const QString& id)
{
    return {ui::DocumentRef::Kind::Invoice, id, {}, {}};
}

} // namespace

TEST(DocumentPreview, ShowsTheInvoiceAndZoomsByKeyboard)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentPreviewDialog dialog(ui.context, invoice(pg.invoiceIds.first()));
    ASSERT_TRUE(dialog.load()) << dialog.errorText().toStdString();
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.pageCount(), 1);
    auto* count = dialog.findChild<QLabel*>(QStringLiteral("previewPageCountLabel"));
    EXPECT_EQ(count->text(), QStringLiteral("Page 1 of 1"));
    EXPECT_TRUE(pdfText(dialog.pdfFile()).contains(pg.invoiceNumbers.first()));

    // At zoom 1 an A4 page (595 × 842 points) is drawn at 96 dpi: 595 / 72 × 96 ≈ 793 px wide.
    const QSize normal = dialog.pageImageSize();
    EXPECT_NEAR(normal.width(), 793, 2);
    QTest::keyClick(&dialog, Qt::Key_Equal, Qt::ControlModifier); // Ctrl+=: zoom in × 1.25
    EXPECT_DOUBLE_EQ(dialog.zoom(), 1.25);
    EXPECT_NEAR(dialog.pageImageSize().width(), 793 * 1.25, 2);
    QTest::keyClick(&dialog, Qt::Key_Minus, Qt::ControlModifier); // Ctrl+-: back
    QTest::keyClick(&dialog, Qt::Key_Minus, Qt::ControlModifier); // and out: ÷ 1.25
    EXPECT_DOUBLE_EQ(dialog.zoom(), 0.8);
    EXPECT_NEAR(dialog.pageImageSize().width(), 793 * 0.8, 2);
    QTest::keyClick(&dialog, Qt::Key_0, Qt::ControlModifier); // Ctrl+0: fit the width
    const auto* scroll = dialog.findChild<QWidget*>(QStringLiteral("previewScrollArea"));
    ASSERT_NE(scroll, nullptr);
    EXPECT_GT(dialog.pageImageSize().width(), 793 * 0.8 + 2);
    EXPECT_LE(dialog.pageImageSize().width(), scroll->width());
    QCoreApplication::processEvents(); // the scroll area lays the new page out
    EXPECT_EQ(static_cast<const QScrollArea*>(scroll)->horizontalScrollBar()->maximum(), 0)
        << "the fitted page needs a sideways scroll";
    if (const QByteArray shot = qgetenv("RENTFLOW_SCREENSHOT_DIR"); !shot.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/preview.png"));
}

TEST(DocumentPreview, PagesThroughABatchWithPageUpAndDown)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    const QString single = pg.files.scratch(QStringLiteral("november.pdf"));
    auto batch = reports::writeInvoiceBatch(
        {pg.store(), QStringLiteral("2026-11"), single, true, {}, std::nullopt, {}});
    ASSERT_TRUE(batch.ok());
    ui::DocumentPreviewDialog dialog(ui.context, invoice(QString()));
    ASSERT_TRUE(dialog.loadFile(single)) << dialog.errorText().toStdString();
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    ASSERT_EQ(dialog.pageCount(), 2); // one page per invoice
    auto* count = dialog.findChild<QLabel*>(QStringLiteral("previewPageCountLabel"));
    QTest::keyClick(&dialog, Qt::Key_PageDown);
    EXPECT_EQ(dialog.currentPage(), 1);
    EXPECT_EQ(count->text(), QStringLiteral("Page 2 of 2"));
    EXPECT_FALSE(dialog.findChild<QAction*>(QStringLiteral("nextPageAction"))->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_PageDown); // past the end: stays
    EXPECT_EQ(dialog.currentPage(), 1);
    QTest::keyClick(&dialog, Qt::Key_PageUp);
    EXPECT_EQ(dialog.currentPage(), 0);
    EXPECT_EQ(count->text(), QStringLiteral("Page 1 of 2"));
}

TEST(DocumentPreview, PrintsToAPdfPrinterWithTheTextKept)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentPreviewDialog dialog(ui.context, invoice(pg.invoiceIds.first()));
    ASSERT_TRUE(dialog.load()) << dialog.errorText().toStdString();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = pg.files.scratch(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ASSERT_TRUE(dialog.printTo(printer));
    auto pdf = Poppler::Document::load(printed);
    ASSERT_TRUE(pdf);
    EXPECT_EQ(pdf->numPages(), 1);
    // The drawing is there, not only the text: a good share of the page is ink.
    const QImage page = pdf->page(0)->renderToImage(36, 36);
    int ink = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            ink += qGray(page.pixel(x, y)) < 160 ? 1 : 0;
    EXPECT_GT(ink, page.width() * page.height() / 100) << ink;
    if (const QByteArray shot = qgetenv("RENTFLOW_SCREENSHOT_DIR"); !shot.isEmpty())
        pdf->page(0)->renderToImage(72, 72).save(QString::fromLocal8Bit(shot) +
                                                 QStringLiteral("/printed.png"));
    EXPECT_TRUE(pdfText(printed).contains(pg.invoiceNumbers.first()))
        << pdfText(printed).left(300).toStdString();
}

TEST(DocumentPreview, SavesAByteIdenticalCopy)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentPreviewDialog dialog(ui.context, invoice(pg.invoiceIds.first()));
    ASSERT_TRUE(dialog.load());
    const QString copy = pg.files.scratch(QStringLiteral("copy.pdf"));
    ASSERT_TRUE(dialog.saveTo(copy));
    EXPECT_EQ(test::readFile(copy), test::readFile(dialog.pdfFile()));
    EXPECT_FALSE(test::readFile(copy).isEmpty());
}

TEST(DocumentPreview, RemakesTheDocumentInHindiAndOnA5)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentPreviewDialog dialog(ui.context, invoice(pg.invoiceIds.first()));
    ASSERT_TRUE(dialog.load());
    const auto devanagari = [](const QString& text) {
        return std::any_of(text.begin(), text.end(),
                           [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
    };
    EXPECT_FALSE(devanagari(pdfText(dialog.pdfFile())));
    ASSERT_TRUE(dialog.setLanguage(reports::Lang::Hindi));
    EXPECT_TRUE(devanagari(pdfText(dialog.pdfFile())));
    EXPECT_TRUE(pdfText(dialog.pdfFile()).contains(pg.invoiceNumbers.first()));

    ASSERT_TRUE(dialog.setPaper(reports::Paper::A5));
    auto pdf = Poppler::Document::load(dialog.pdfFile());
    ASSERT_TRUE(pdf);
    // A5 is 148 × 210 mm: 148 / 25.4 × 72 ≈ 419.5 points wide.
    EXPECT_NEAR(pdf->page(0)->pageSizeF().width(), 419.5, 1.0);
    EXPECT_NEAR(dialog.pageImageSize().width(), 419.5 / 72 * 96, 2); // zoom 1 at 96 dpi
}

TEST(DocumentPreview, ADocumentThatCannotBeMadeSaysWhy)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentPreviewDialog dialog(ui.context, invoice(QStringLiteral("no-such-invoice")));
    EXPECT_FALSE(dialog.load());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(dialog.pageCount(), 0);
}

TEST(DocumentPreview, PrintsAnA5DocumentFittedOnA4KeepingItsShape)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentPreviewDialog dialog(ui.context, invoice(pg.invoiceIds.first()));
    ASSERT_TRUE(dialog.load());
    ASSERT_TRUE(dialog.setPaper(reports::Paper::A5));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4)); // the printer has A4 loaded
    const QString printed = pg.files.scratch(QStringLiteral("a5-on-a4.pdf"));
    printer.setOutputFileName(printed);
    ASSERT_TRUE(dialog.printTo(printer));
    auto pdf = Poppler::Document::load(printed);
    ASSERT_TRUE(pdf);
    EXPECT_NEAR(pdf->page(0)->pageSizeF().width(), 595.3, 1.0); // A4: 210 mm = 595.3 points
    // A5 is A4 halved, so it grows by the same factor both ways (√2): the invoice number,
    // scaled up, is still on the page as text.
    EXPECT_TRUE(pdfText(printed).contains(pg.invoiceNumbers.first()));
}
