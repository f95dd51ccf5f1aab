// The monthly run from the window: preview, cancel, issue, errors next to the field.
#include "BillingTestPg.h"

#include <billing/BillingScreen.h>
#include <billing/InvoiceDetailDialog.h>
#include <billing/InvoiceListModel.h>
#include <billing/InvoiceListPanel.h>
#include <billing/MonthPicker.h>
#include <billing/MonthlyRunPanel.h>
#include <billing/RunPreviewModel.h>
#include <common/DateField.h>
#include <common/FormErrors.h>

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>
#include <QTest>

using namespace rentflow;
using ui::billing::InvoiceListModel;
using ui::billing::RunPreviewModel;

namespace {

QPushButton* button(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<QPushButton*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST(MonthlyRunPanel, PreviewShowsWhatWouldBeIssuedAndWritesNothing)
{
    test::BillingTestPg pg;
    ui::billing::MonthlyRunPanel panel(pg.ui.context);
    panel.show();
    EXPECT_EQ(panel.monthPicker()->month(), test::BillingTestPg::thisMonth());
    QTest::mouseClick(button(panel, "previewRunButton"), Qt::LeftButton);

    // Lakshmi ₹12,000 + Arjun ₹9,000, whole month each: 2 invoices, ₹21,000.
    const RunPreviewModel& model = *panel.model();
    ASSERT_EQ(model.rowCount(), 2) << panel.summaryText().toStdString();
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("Would issue 2 invoice(s)")))
        << panel.summaryText().toStdString();
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("₹\u00A021,000.00")));
    QStringList rows;
    for (int r = 0; r < 2; ++r)
        rows << cell(model, r, RunPreviewModel::Resident) + QLatin1Char('|') +
                    cell(model, r, RunPreviewModel::Bed) + QLatin1Char('|') +
                    cell(model, r, RunPreviewModel::Total);
    rows.sort();
    EXPECT_EQ(rows, (QStringList{QStringLiteral("Arjun Mehta|101-B|₹\u00A09,000.00"),
                                 QStringLiteral("Lakshmi Narayanan|101-A|₹\u00A012,000.00")}));
    EXPECT_EQ(cell(model, 0, RunPreviewModel::Number), QStringLiteral("(preview)"));
    EXPECT_FALSE(cell(model, 0, RunPreviewModel::Lines).isEmpty());
    EXPECT_EQ(pg.count("invoice"), 0);

    // Issue then asks about what the preview showed; No issues nothing.
    QString asked;
    auto* timer = new QTimer(&panel);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [&] {
        for (QWidget* window : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(window); box && box->isVisible()) {
                timer->stop();
                asked = box->text();
                box->button(QMessageBox::No)->click();
            }
    });
    timer->start();
    QTest::mouseClick(button(panel, "issueRunButton"), Qt::LeftButton);
    EXPECT_TRUE(asked.startsWith(QStringLiteral("Issue 2 invoice(s), total ₹\u00A021,000.00")))
        << asked.toStdString();
    EXPECT_EQ(pg.count("invoice"), 0);

    // Another month: the preview is no longer shown.
    panel.monthPicker()->setCurrentIndex(panel.monthPicker()->currentIndex() + 1);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(MonthlyRunPanel, CancellingDuringTheRunLeavesNothingIssued)
{
    test::BillingTestPg pg;
    ui::billing::MonthlyRunPanel panel(pg.ui.context);
    panel.show();
    // When the first invoice is written (inside the run's transaction) and the second is
    // about to be composed, the user presses Cancel on the progress dialog; the worker
    // waits for that press, so the run sees it before the second invoice.
    QSemaphore cancelPressed;
    bool pressed = false;
    panel.setProgressObserver([&](int done, int) {
        if (done != 1)
            return;
        QMetaObject::invokeMethod(
            &panel,
            [&] {
                auto* progress =
                    panel.findChild<QProgressDialog*>(QStringLiteral("taskProgressDialog"));
                if (progress) {
                    auto* cancel = progress->findChild<QPushButton*>();
                    if (cancel) {
                        cancel->click();
                        pressed = true;
                    }
                }
                cancelPressed.release();
            },
            Qt::QueuedConnection);
        cancelPressed.acquire();
    });
    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(button(panel, "issueRunButton"), Qt::LeftButton);

    EXPECT_TRUE(pressed);
    EXPECT_EQ(pg.count("invoice"), 0);
    EXPECT_EQ(pg.count("invoice_line"), 0);
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_EQ(panel.summaryText(), QStringLiteral("Run cancelled: nothing was issued."));
}

TEST(MonthlyRunPanel, IssuesTheInvoicesAndTheListShowsThemWithBalances)
{
    test::BillingTestPg pg;
    ui::billing::BillingScreen screen(pg.ui.context);
    screen.resize(1366, 768);
    screen.show();
    screen.activate();
    EXPECT_EQ(screen.invoiceList()->model()->rowCount(), 0);

    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(button(*screen.monthlyRun(), "issueRunButton"), Qt::LeftButton);
    EXPECT_EQ(pg.count("invoice"), 2);
    EXPECT_TRUE(screen.monthlyRun()->summaryText().contains(QStringLiteral("Issued 2 invoice(s)")));
    EXPECT_TRUE(screen.monthlyRun()->summaryText().contains(QStringLiteral("₹\u00A021,000.00")));
    const RunPreviewModel& issued = *screen.monthlyRun()->model();
    QStringList numbers{cell(issued, 0, RunPreviewModel::Number),
                        cell(issued, 1, RunPreviewModel::Number)};
    numbers.sort();
    EXPECT_EQ(numbers, (QStringList{test::BillingTestPg::invoiceNumber(1),
                                    test::BillingTestPg::invoiceNumber(2)}));

    // Enter on an issued row opens that invoice.
    auto* runTable = screen.monthlyRun()->findChild<QTableView*>(QStringLiteral("runTable"));
    runTable->setFocus();
    runTable->setCurrentIndex(issued.index(0, 0));
    QTest::keyClick(runTable, Qt::Key_Return);
    auto* detail = screen.findChild<ui::billing::InvoiceDetailDialog*>();
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->invoice().number, cell(issued, 0, RunPreviewModel::Number));
    detail->close();

    // "Show in invoice list" shows the month's invoices: nothing paid yet, so each
    // balance is its total and the month still owes ₹21,000.
    QTest::mouseClick(button(*screen.monthlyRun(), "showIssuedButton"), Qt::LeftButton);
    EXPECT_EQ(screen.tabs()->currentWidget(), screen.invoiceList());
    const InvoiceListModel& list = *screen.invoiceList()->model();
    ASSERT_EQ(list.rowCount(), 2);
    QStringList rows;
    for (int r = 0; r < 2; ++r)
        rows << cell(list, r, InvoiceListModel::Resident) + QLatin1Char('|') +
                    cell(list, r, InvoiceListModel::Total) + QLatin1Char('|') +
                    cell(list, r, InvoiceListModel::Balance) + QLatin1Char('|') +
                    cell(list, r, InvoiceListModel::Status);
    rows.sort();
    EXPECT_EQ(rows,
              (QStringList{
                  QStringLiteral("Arjun Mehta|₹\u00A09,000.00|₹\u00A09,000.00|Unpaid"),
                  QStringLiteral("Lakshmi Narayanan|₹\u00A012,000.00|₹\u00A012,000.00|Unpaid")}));
    EXPECT_TRUE(screen.invoiceList()->totalsText().contains(QStringLiteral("2 invoice(s)")));
    EXPECT_TRUE(
        screen.invoiceList()->totalsText().contains(QStringLiteral("still owed ₹\u00A021,000.00")));

    // Running the month again issues nothing new.
    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(button(*screen.monthlyRun(), "issueRunButton"), Qt::LeftButton);
    EXPECT_EQ(pg.count("invoice"), 2);
    EXPECT_TRUE(screen.monthlyRun()->summaryText().startsWith(QStringLiteral("Nothing new")));
}

TEST(MonthlyRunPanel, AnIssueDateInTheFutureIsRefusedNextToTheFieldAndNothingIsIssued)
{
    test::BillingTestPg pg;
    ui::billing::MonthlyRunPanel panel(pg.ui.context);
    panel.show();
    panel.issueDateField()->setDate(QDate::currentDate().addDays(3));
    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(button(panel, "issueRunButton"), Qt::LeftButton);
    EXPECT_FALSE(panel.errors().messageFor(QStringLiteral("date")).isEmpty());
    EXPECT_EQ(pg.count("invoice"), 0);
    // What was chosen is kept.
    EXPECT_EQ(panel.issueDateField()->date(), QDate::currentDate().addDays(3));

    // Saying No to the confirmation issues nothing either.
    panel.issueDateField()->setDate(QDate::currentDate());
    test::answerNextMessageBox(QMessageBox::No);
    QTest::mouseClick(button(panel, "issueRunButton"), Qt::LeftButton);
    EXPECT_EQ(pg.count("invoice"), 0);
}
