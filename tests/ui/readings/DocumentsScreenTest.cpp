#include "../UiTestContext.h"

#include <common/FormErrors.h>
#include <documents/DocumentPreviewDialog.h>
#include <documents/DocumentSearchPanel.h>
#include <documents/DocumentsScreen.h>
#include <documents/ExportPanel.h>
#include <documents/FoundDocumentsModel.h>
#include <documents/InvoiceBatchPanel.h>
#include <residents/ResidentRepository.h>
#include <support/SamplePg.h>

#include <poppler-qt6.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// Three residents in room 101 from 1 November 2026, billed for November: three invoices.
struct BilledPg : test::SamplePg
{
    BilledPg()
    {
        residentIds
            << ResidentRepository(store())
                   .add({QStringLiteral("Meera Iyer"), QStringLiteral("9845012347"), {}, {}, {}})
                   .value();
        for (int i = 0; i < 3; ++i)
            checkIn(i, i, QDate(2026, 11, 1));
        bill(u"2026-11");
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT number FROM invoice ORDER BY number")));
        while (q.next())
            invoiceNumbers.append(q.value(0).toString());
        EXPECT_EQ(invoiceNumbers.size(), 3);
    }
    QStringList invoiceNumbers;
};

QList<ui::DocumentPreviewDialog*> openPreviews()
{
    QList<ui::DocumentPreviewDialog*> previews;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* preview = qobject_cast<ui::DocumentPreviewDialog*>(widget);
            preview && preview->isVisible())
            previews.append(preview);
    return previews;
}

// qpdf's structural check of a PDF: whole, not cut off.
bool qpdfCheck(const QString& file)
{
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
    return qpdf.waitForFinished(60000) && qpdf.exitStatus() == QProcess::NormalExit &&
           qpdf.exitCode() == 0;
}

} // namespace

TEST(DocumentsScreen, FindsAnInvoiceByTypingItsNumberAndOpensItsPreview)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentsScreen screen(ui.context);
    screen.resize(1366, 768);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    ui::FoundDocumentsModel& model = *screen.search()->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto* number = screen.findChild<QLineEdit*>(QStringLiteral("documentNumberLineEdit"));
    ASSERT_NE(number, nullptr);
    number->setFocus();
    QTest::keyClicks(number, pg.invoiceNumbers.at(1));
    QTest::keyClick(number, Qt::Key_Return);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ui::FoundDocumentsModel::Number).data().toString(),
              pg.invoiceNumbers.at(1));
    EXPECT_EQ(model.index(0, ui::FoundDocumentsModel::Kind).data().toString(),
              QStringLiteral("Invoice"));
    EXPECT_EQ(model.index(0, ui::FoundDocumentsModel::Amount).data().toString(),
              QStringLiteral("₹\u00A012,000.00")); // the month's rent, no tax (not registered)
    if (const QByteArray shot = qgetenv("RENTFLOW_SCREENSHOT_DIR"); !shot.isEmpty())
        screen.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/documents.png"));

    auto* results = screen.findChild<QTableView*>(QStringLiteral("foundDocumentsView"));
    ASSERT_TRUE(results->hasFocus()); // Enter again opens it
    QTest::keyClick(results, Qt::Key_Return);
    const auto previews = openPreviews();
    ASSERT_EQ(previews.size(), 1);
    EXPECT_EQ(previews.first()->pageCount(), 1);
    EXPECT_EQ(previews.first()->document().kind, ui::DocumentRef::Kind::Invoice);
    previews.first()->close(); // deletes itself

    // A part of a number that nothing has: said so, not an error.
    number->clear();
    QTest::keyClicks(number, QStringLiteral("ZZZ"));
    QTest::keyClick(number, Qt::Key_Return);
    EXPECT_EQ(model.rowCount(), 0);
    auto* message = screen.findChild<QLabel*>(QStringLiteral("documentSearchMessageLabel"));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("No document has a number")));
}

TEST(DocumentsScreen, AFailedSearchIsShownAsAnErrorAndKeepsTheText)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentsScreen screen(ui.context);
    QSqlQuery drop(pg.store().database());
    ASSERT_TRUE(drop.exec(QStringLiteral("ALTER TABLE invoice RENAME TO invoice_gone")));
    auto* number = screen.findChild<QLineEdit*>(QStringLiteral("documentNumberLineEdit"));
    number->setText(QStringLiteral("0001"));
    EXPECT_FALSE(screen.search()->search(number->text()));
    auto* message = screen.findChild<QLabel*>(QStringLiteral("documentSearchMessageLabel"));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Could not search the documents")));
    EXPECT_EQ(number->text(), QStringLiteral("0001"));
}

TEST(InvoiceBatchPanel, WritesOnePdfPerInvoiceOfTheMonth)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentsScreen screen(ui.context);
    const QString folder = pg.files.scratch(QStringLiteral("november"));
    ASSERT_TRUE(QDir().mkpath(folder));
    screen.batch()->setMonth(QDate(2026, 11, 1));
    const auto outcome = screen.batch()->writeBatch(folder, false);
    ASSERT_TRUE(outcome.task.succeeded()) << outcome.task.error->message.toStdString();
    EXPECT_EQ(outcome.result.invoices, 3);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    ASSERT_EQ(files.size(), 3);
    for (const QString& number : pg.invoiceNumbers)
        EXPECT_EQ(files.filter(QString(number).replace(QLatin1Char('/'), QLatin1Char('-'))).size(),
                  1);
    EXPECT_TRUE(screen.batch()->statusText().startsWith(QStringLiteral("Wrote 3 invoice(s)")));
}

TEST(InvoiceBatchPanel, ACancelledBatchLeavesOnlyWholePdfs)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentsScreen screen(ui.context);
    const QString folder = pg.files.scratch(QStringLiteral("november"));
    ASSERT_TRUE(QDir().mkpath(folder));
    screen.batch()->setMonth(QDate(2026, 11, 1));
    // The user cancels as soon as the first invoice is written (in the worker's own
    // thread, so the batch cannot run ahead of the click).
    QObject::connect(screen.batch(), &ui::InvoiceBatchPanel::batchStarted, screen.batch(),
                     [](ui::BackgroundTask* task) {
                         ui::TaskControl* control = &task->control();
                         QObject::connect(
                             control, &ui::TaskControl::progressed, control,
                             [control](int done, int, const QString&) {
                                 if (done >= 1)
                                     control->cancel();
                             },
                             Qt::DirectConnection);
                     });
    const auto outcome = screen.batch()->writeBatch(folder, false);
    EXPECT_TRUE(outcome.task.cancelled);
    EXPECT_TRUE(outcome.result.cancelled);
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    ASSERT_EQ(files.size(), 1) << files.join(QLatin1Char(' ')).toStdString(); // no half files
    for (const QString& file : files) {
        const QString path = QDir(folder).filePath(file);
        EXPECT_TRUE(qpdfCheck(path)) << path.toStdString();
        auto pdf = Poppler::Document::load(path);
        ASSERT_TRUE(pdf);
        EXPECT_EQ(pdf->numPages(), 1);
    }
    EXPECT_TRUE(screen.batch()->statusText().contains(QStringLiteral("files written are whole")));
}

TEST(InvoiceBatchPanel, AMonthWithoutInvoicesIsRefusedNextToTheMonthAndNothingIsWritten)
{
    BilledPg pg; // billed for November only
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentsScreen screen(ui.context);
    const QString folder = pg.files.scratch(QStringLiteral("december"));
    ASSERT_TRUE(QDir().mkpath(folder));
    screen.batch()->setMonth(QDate(2026, 12, 1));
    const auto outcome = screen.batch()->writeBatch(folder, false);
    ASSERT_TRUE(outcome.task.error.has_value());
    EXPECT_TRUE(screen.batch()
                    ->errors()
                    .messageFor(QStringLiteral("month"))
                    .contains(QStringLiteral("no invoices are for 2026-12")))
        << screen.batch()->errors().messageFor(QStringLiteral("month")).toStdString();
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(InvoiceBatchPanel, PreviewsTheWholeMonthToPrint)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentsScreen screen(ui.context);
    screen.batch()->setMonth(QDate(2026, 11, 1));
    screen.batch()->previewAll();
    const auto previews = openPreviews();
    ASSERT_EQ(previews.size(), 1);
    EXPECT_EQ(previews.first()->pageCount(), 3); // one page for each of the three invoices
    EXPECT_EQ(previews.first()->windowTitle(), QStringLiteral("Invoices of 2026-11"));
    previews.first()->close();
}

TEST(ExportPanel, WritesTheMonthsInvoicesAsCsv)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentsScreen screen(ui.context);
    ui::ExportPanel& exports = *screen.exports();
    exports.choose(0); // invoices and credit notes
    exports.setMonth(QDate(2026, 11, 1));
    EXPECT_EQ(exports.suggestedName(), QStringLiteral("invoices-2026-11.csv"));
    const QString file = pg.files.scratch(QStringLiteral("invoices-2026-11.csv"));
    ASSERT_TRUE(exports.exportTo(file)) << exports.statusText().toStdString();
    const QByteArray csv = test::readFile(file);
    for (const QString& number : pg.invoiceNumbers)
        EXPECT_TRUE(csv.contains(number.toUtf8())) << number.toStdString();
    EXPECT_EQ(csv.count('\n'), 4); // the header and three invoices
    EXPECT_TRUE(exports.statusText().startsWith(QStringLiteral("Wrote 3 record(s)")));
}

TEST(ExportPanel, DaysTheWrongWayRoundAreRefusedNextToTheFieldAndNothingIsWritten)
{
    BilledPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentsScreen screen(ui.context);
    ui::ExportPanel& exports = *screen.exports();
    exports.choose(1); // payments
    exports.setDays(QDate(2026, 11, 30), QDate(2026, 11, 1));
    const QString file = pg.files.scratch(QStringLiteral("payments.csv"));
    EXPECT_FALSE(exports.exportTo(file));
    EXPECT_EQ(exports.errors().messageFor(QStringLiteral("to")),
              QStringLiteral("is before the first day"));
    EXPECT_FALSE(QFile::exists(file));
}

TEST(ExportPanel, Gstr1WithoutAGstinIsRefusedInTheUsersWords)
{
    BilledPg pg; // Sunrise PG has no GSTIN
    test::UiTestContext ui(*pg.workspace);
    ui::DocumentsScreen screen(ui.context);
    ui::ExportPanel& exports = *screen.exports();
    exports.choose(4); // GSTR-1 JSON
    exports.setMonth(QDate(2026, 11, 1));
    const QString file = pg.files.scratch(QStringLiteral("gstr1.json"));
    EXPECT_FALSE(exports.exportTo(file));
    EXPECT_TRUE(
        exports.errors().messageFor(QStringLiteral("month")).contains(QStringLiteral("no GSTIN")));
    EXPECT_FALSE(QFile::exists(file));
}
