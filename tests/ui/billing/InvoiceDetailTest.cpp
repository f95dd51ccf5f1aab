// An invoice's detail: what it shows, and its credit note and cancellation, each
// asking the reason (refused next to the field when missing, nothing written).
#include "BillingTestPg.h"

#include <billing/BillingScreen.h>
#include <billing/CorrectionDialog.h>
#include <billing/InvoiceDetailDialog.h>
#include <billing/InvoiceListModel.h>
#include <billing/InvoiceListPanel.h>
#include <common/AmountField.h>
#include <common/FormErrors.h>
#include <documents/DocumentPreviewDialog.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace rentflow;
using ui::billing::CorrectionDialog;
using ui::billing::InvoiceDetailDialog;

namespace {

void click(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<QPushButton*>(QString::fromLatin1(name));
    ASSERT_NE(found, nullptr) << name;
    ASSERT_TRUE(found->isEnabled()) << name;
    QTest::mouseClick(found, Qt::LeftButton);
}

int previewsOf(QWidget& parent, ui::DocumentRef::Kind kind)
{
    int found = 0;
    for (auto* preview : parent.findChildren<ui::DocumentPreviewDialog*>())
        if (preview->document().kind == kind)
            ++found;
    return found;
}

} // namespace

TEST(InvoiceDetail, EnterOnTheListOpensTheDetailWithLinesAndBalance)
{
    test::BillingTestPg pg;
    pg.billThisMonth();
    ui::billing::BillingScreen screen(pg.ui.context);
    screen.show();
    screen.activate();
    QTableView* table = screen.invoiceList()->table();
    ASSERT_EQ(table->model()->rowCount(), 2);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto* detail = screen.findChild<InvoiceDetailDialog*>();
    ASSERT_NE(detail, nullptr);
    // Newest first: the second invoice, Arjun's (bed B): ₹9,000 owed, nothing paid.
    EXPECT_EQ(detail->invoice().number, test::BillingTestPg::invoiceNumber(2));
    auto* lines = detail->findChild<QTableWidget*>(QStringLiteral("linesTable"));
    ASSERT_GE(lines->rowCount(), 1);
    auto* totals = detail->findChild<QLabel*>(QStringLiteral("invoiceTotals"));
    EXPECT_TRUE(totals->text().contains(QStringLiteral("₹\u00A09,000.00")));
    EXPECT_EQ(detail->invoice().balance, Money::fromRupees(9000));
    EXPECT_TRUE(detail->findChild<QLabel*>(QStringLiteral("invoiceFacts"))
                    ->text()
                    .contains(QStringLiteral("Arjun Mehta")));

    // The shell's quick-find and links reach it too; an invoice already open comes to the
    // front instead of opening twice.
    EXPECT_TRUE(screen.openRecord({ui::RecordRef::Kind::Invoice, pg.invoiceOf(1)}));
    EXPECT_EQ(screen.findChildren<InvoiceDetailDialog*>().size(), 1);
    EXPECT_TRUE(screen.openRecord({ui::RecordRef::Kind::Invoice, pg.invoiceOf(0)}));
    EXPECT_EQ(screen.findChildren<InvoiceDetailDialog*>().size(), 2);
    EXPECT_FALSE(screen.openRecord({ui::RecordRef::Kind::Bed, pg.bedIds[0]}));
}

TEST(InvoiceDetail, ACreditNoteNeedsAReasonAndThenLowersTheBalance)
{
    test::BillingTestPg pg;
    pg.billThisMonth();
    QWidget window;
    InvoiceDetailDialog detail(pg.ui.context, pg.invoiceOf(0), &window);
    detail.show();
    click(detail, "creditNoteButton");
    CorrectionDialog* dialog = detail.correctionDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->objectName(), QStringLiteral("creditNoteDialog"));
    auto* amount = dialog->findChild<ui::AmountField*>(QStringLiteral("amountField"));
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonField"));
    ASSERT_TRUE(amount && reason);

    // An amount and no reason: refused under the reason, nothing issued, the amount kept.
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("1,500"));
    QTest::keyClick(amount, Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errors().messageFor(QStringLiteral("reason")).isEmpty());
    EXPECT_TRUE(dialog->errors().messageFor(QStringLiteral("amount")).isEmpty());
    EXPECT_EQ(amount->text(), QStringLiteral("1,500"));
    EXPECT_EQ(pg.count("credit_note"), 0);

    // More than the invoice's ₹12,000: the engine refuses it next to the amount.
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("15000"));
    QTest::keyClicks(reason, QStringLiteral("Rent revised"));
    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errors().messageFor(QStringLiteral("amount")).isEmpty());
    EXPECT_EQ(reason->text(), QStringLiteral("Rent revised"));
    EXPECT_EQ(pg.count("credit_note"), 0);

    // ₹1,500 with the reason: issued; the balance is ₹12,000 − ₹1,500 = ₹10,500.
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("1500"));
    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_EQ(pg.count("credit_note"), 1);
    EXPECT_EQ(test::number(pg.store(), QStringLiteral("SELECT total_paise FROM credit_note")),
              150000);
    EXPECT_EQ(test::text(pg.store(), QStringLiteral("SELECT reason FROM credit_note")),
              QStringLiteral("Rent revised"));
    EXPECT_EQ(detail.invoice().balance, Money::fromRupees(10500));
    EXPECT_EQ(detail.invoice().credited, Money::fromRupees(1500));
    auto* notes = detail.findChild<QTableWidget*>(QStringLiteral("notesTable"));
    ASSERT_EQ(notes->rowCount(), 1);
    EXPECT_EQ(notes->item(0, 4)->text(), QStringLiteral("₹\u00A01,500.00"));
    // The new note opens in its preview.
    EXPECT_EQ(previewsOf(detail, ui::DocumentRef::Kind::CreditNote), 1);
}

TEST(InvoiceDetail, CancellingNeedsAReasonAndKeepsTheNumber)
{
    test::BillingTestPg pg;
    pg.billThisMonth();
    QWidget window;
    InvoiceDetailDialog detail(pg.ui.context, pg.invoiceOf(1), &window);
    detail.show();
    click(detail, "cancelInvoiceButton");
    CorrectionDialog* dialog = detail.correctionDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<ui::AmountField*>(), nullptr); // a cancellation has no amount
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonField"));
    // Only spaces: no reason. Refused next to the field, the invoice stays issued.
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("   "));
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errors().messageFor(QStringLiteral("reason")).isEmpty());
    EXPECT_EQ(
        test::number(pg.store(),
                     QStringLiteral("SELECT count(*) FROM invoice WHERE status = 'cancelled'")),
        0);

    // Esc closes it without doing anything.
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(detail.correctionDialog(), nullptr);
    EXPECT_EQ(
        test::number(pg.store(),
                     QStringLiteral("SELECT count(*) FROM invoice WHERE status = 'cancelled'")),
        0);

    click(detail, "cancelInvoiceButton");
    dialog = detail.correctionDialog();
    reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonField"));
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Billed to the wrong resident"));
    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_EQ(test::text(pg.store(), QStringLiteral("SELECT status || '|' || cancel_reason FROM "
                                                    "invoice WHERE id = '%1'")
                                         .arg(pg.invoiceOf(1))),
              QStringLiteral("cancelled|Billed to the wrong resident"));
    EXPECT_TRUE(detail.invoice().cancelled);
    EXPECT_EQ(detail.invoice().number, test::BillingTestPg::invoiceNumber(2));
    EXPECT_FALSE(
        detail.findChild<QPushButton*>(QStringLiteral("cancelInvoiceButton"))->isEnabled());
    EXPECT_FALSE(detail.findChild<QPushButton*>(QStringLiteral("creditNoteButton"))->isEnabled());
    EXPECT_EQ(previewsOf(detail, ui::DocumentRef::Kind::Invoice), 1);
}

TEST(InvoiceDetail, AnUnknownInvoiceIsShownAsAnErrorNotABlankInvoice)
{
    test::BillingTestPg pg;
    InvoiceDetailDialog detail(pg.ui.context, QStringLiteral("no-such-invoice"));
    EXPECT_FALSE(detail.reload());
    auto* error = detail.findChild<QLabel*>(QStringLiteral("invoiceError"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_FALSE(detail.findChild<QPushButton*>(QStringLiteral("creditNoteButton"))->isEnabled());
}
