#include "PaymentsFixture.h"

#include <common/AmountField.h>
#include <common/FormErrors.h>
#include <common/ResidentPicker.h>
#include <documents/DocumentPreviewDialog.h>
#include <payments/DuesReport.h>
#include <payments/RecordPaymentDialog.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QPrinter>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;
using ui::payments::RecordPaymentDialog;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// Types into the picker and picks the first match with Down, Enter: as a user does.
void pickResident(RecordPaymentDialog& dialog, const QString& typed)
{
    auto* picker = child<ui::ResidentPicker>(dialog, "residentPicker");
    picker->setFocus();
    QTest::keyClicks(picker, typed);
    picker->searchNow();
    QAbstractItemView* popup = picker->findChild<QCompleter*>()->popup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    // The popup had the keyboard: the dialog is the active window again.
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
}

// A method's mnemonic (Alt+letter) clicks its radio button, as a click shows: pressed,
// then released a moment later.
void chooseMethod(QDialog& dialog, Qt::Key letter, const char* button)
{
    QTest::keyClick(QApplication::focusWidget(), letter, Qt::AltModifier);
    auto* radio = child<QRadioButton>(dialog, button);
    EXPECT_TRUE(QTest::qWaitFor([radio] { return radio->isChecked(); }, 2000)) << button;
}

void showActive(QDialog& dialog)
{
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
}

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

} // namespace

TEST(RecordPaymentDialog, APartialPaymentByKeyboardIsAllocatedOldestFirstAndItsReceiptPrints)
{
    test::OwingPg pg;
    RecordPaymentDialog dialog(pg.ui.context);
    showActive(dialog);
    EXPECT_TRUE(child<ui::ResidentPicker>(dialog, "residentPicker")->hasFocus());

    pickResident(dialog, QStringLiteral("laksh"));
    EXPECT_EQ(child<ui::ResidentPicker>(dialog, "residentPicker")->residentId(), pg.lakshmi());
    // Owed before recording: two invoices of 12,000, the oldest due on the 5th of the first month.
    const QString oldestDue = pg.firstMonth.addDays(4).toString(QStringLiteral("dd-MM-yyyy"));
    EXPECT_EQ(child<QLabel>(dialog, "owedLabel")->text(),
              QStringLiteral("Owes ₹\u00A024,000.00 on 2 open invoices, the oldest due %1.")
                  .arg(oldestDue));
    auto* amount = child<ui::AmountField>(dialog, "amountField");
    EXPECT_EQ(amount->text(), QStringLiteral("24,000.00")); // filled in with what is owed

    typeInto(amount, QStringLiteral("15000"));
    chooseMethod(dialog, Qt::Key_U, "method_upi"); // Alt+U: UPI
    typeInto(child<QLineEdit>(dialog, "referenceField"), QStringLiteral("UTR5512"));
    QTest::keyClick(child<QLineEdit>(dialog, "referenceField"), Qt::Key_Return);

    ASSERT_TRUE(dialog.recorded().has_value())
        << dialog.errors().messageFor(QString()).toStdString();
    const QList<PaymentList::Row> payments = pg.payments();
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments[0].residentId, pg.lakshmi());
    EXPECT_EQ(payments[0].amount, Money::fromRupees(15000));
    EXPECT_EQ(payments[0].method, QStringLiteral("upi"));
    EXPECT_EQ(payments[0].reference, QStringLiteral("UTR5512"));
    EXPECT_EQ(payments[0].date, QDate::currentDate());
    EXPECT_EQ(payments[0].allocated, Money::fromRupees(15000));
    // 15,000 pays the first month's 12,000, then 3,000 of the second: 9,000 still owed.
    const auto& allocations = dialog.recorded()->allocations;
    ASSERT_EQ(allocations.size(), 2);
    EXPECT_EQ(allocations[0].amount, Money::fromRupees(12000));
    EXPECT_EQ(allocations[1].amount, Money::fromRupees(3000));
    EXPECT_LT(allocations[0].invoiceNumber, allocations[1].invoiceNumber);
    EXPECT_TRUE(dialog.recorded()->advance.isZero());
    EXPECT_EQ(DuesReport(pg.store()).owed(pg.lakshmi()).value().balance(), Money::fromRupees(9000));
    const QString result = child<QLabel>(dialog, "resultLabel")->text();
    EXPECT_TRUE(result.contains(QStringLiteral("₹\u00A012,000.00 to invoice ") +
                                allocations[0].invoiceNumber));
    EXPECT_TRUE(result.contains(QStringLiteral("₹\u00A03,000.00 to invoice ") +
                                allocations[1].invoiceNumber));
    EXPECT_TRUE(result.contains(QStringLiteral("Still owes ₹\u00A09,000.00.")));

    // The receipt opened in preview, and prints to a PDF.
    ui::DocumentPreviewDialog* preview = dialog.preview();
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->document().kind, ui::DocumentRef::Kind::Receipt);
    EXPECT_EQ(preview->document().id, payments[0].id);
    EXPECT_GE(preview->pageCount(), 1);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = pg.files.scratch(QStringLiteral("receipt.pdf"));
    printer.setOutputFileName(pdf);
    ASSERT_TRUE(preview->printTo(printer));
    EXPECT_TRUE(test::readFile(pdf).startsWith("%PDF"));

    // Pressing Enter again closes the dialog; it never records twice.
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(pg.payments().size(), 1);
}

TEST(RecordPaymentDialog, ADepositIsHeldNotAllocatedAndGetsADepositReceipt)
{
    test::OwingPg pg;
    RecordPaymentDialog dialog(pg.ui.context, nullptr, pg.arjun(), Money::fromRupees(24000));
    showActive(dialog);
    EXPECT_TRUE(child<ui::AmountField>(dialog, "amountField")->hasFocus()); // resident given
    EXPECT_EQ(child<ui::AmountField>(dialog, "amountField")->text(), QStringLiteral("24,000.00"));
    child<QCheckBox>(dialog, "depositCheck")->setChecked(true);
    QTest::keyClick(child<ui::AmountField>(dialog, "amountField"), Qt::Key_Return); // cash
    ASSERT_TRUE(dialog.recorded().has_value());
    const QList<PaymentList::Row> payments = pg.payments();
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments[0].purpose, QStringLiteral("deposit"));
    EXPECT_TRUE(payments[0].allocated.isZero());
    ASSERT_NE(dialog.preview(), nullptr);
    EXPECT_EQ(dialog.preview()->document().kind, ui::DocumentRef::Kind::DepositReceipt);
    EXPECT_GE(dialog.preview()->pageCount(), 1);
    // Arjun's 12,000 is still owed: a deposit does not pay dues.
    EXPECT_EQ(DuesReport(pg.store()).owed(pg.arjun()).value().balance(), Money::fromRupees(12000));
}

TEST(RecordPaymentDialog, BadInputIsRefusedNextToTheFieldAndNothingIsWritten)
{
    test::OwingPg pg;
    RecordPaymentDialog dialog(pg.ui.context);
    showActive(dialog);
    auto* amount = child<ui::AmountField>(dialog, "amountField");
    auto* picker = child<ui::ResidentPicker>(dialog, "residentPicker");

    // No resident chosen.
    typeInto(amount, QStringLiteral("500"));
    QTest::keyClick(amount, Qt::Key_Return);
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("resident")).isEmpty());
    EXPECT_TRUE(child<QLabel>(dialog, "residentErrorLabel")->isVisible());
    EXPECT_TRUE(picker->hasFocus());
    EXPECT_EQ(amount->text(), QStringLiteral("500")); // nothing typed is lost
    // Typed but not chosen from the list.
    typeInto(picker, QStringLiteral("Lakshmi"));
    QTest::keyClick(amount, Qt::Key_Return);
    EXPECT_EQ(dialog.errors().messageFor(QStringLiteral("resident")),
              QStringLiteral("choose the resident from the list"));

    pickResident(dialog, QString());
    ASSERT_EQ(picker->residentId(), pg.lakshmi());
    // Not an amount.
    typeInto(amount, QStringLiteral("abc"));
    QTest::keyClick(amount, Qt::Key_Return);
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("amount")).isEmpty());
    EXPECT_TRUE(dialog.errors().messageFor(QStringLiteral("resident")).isEmpty());
    EXPECT_TRUE(amount->hasFocus());
    EXPECT_EQ(amount->text(), QStringLiteral("abc"));
    // Zero: refused by RecordPayment itself, shown under the amount.
    typeInto(amount, QStringLiteral("0"));
    QTest::keyClick(amount, Qt::Key_Return);
    EXPECT_EQ(dialog.errors().messageFor(QStringLiteral("amount")),
              QStringLiteral("is an amount above 0 and at most 10,00,000"));
    // UPI without its UTR.
    typeInto(amount, QStringLiteral("5000"));
    // Tab to the method (cash), Right arrow: UPI.
    QTest::keyClick(amount, Qt::Key_Tab);
    EXPECT_TRUE(child<QRadioButton>(dialog, "method_cash")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    EXPECT_TRUE(child<QRadioButton>(dialog, "method_upi")->isChecked());
    QTest::keyClick(amount, Qt::Key_Return);
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("reference")).isEmpty());
    EXPECT_TRUE(child<QLineEdit>(dialog, "referenceField")->hasFocus());
    // A cheque without its number.
    chooseMethod(dialog, Qt::Key_H, "method_cheque"); // Alt+H: cheque
    QTest::keyClick(amount, Qt::Key_Return);
    EXPECT_EQ(dialog.errors().messageFor(QStringLiteral("reference")),
              QStringLiteral("enter the cheque number"));

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.recorded().has_value());
    EXPECT_TRUE(pg.payments().isEmpty());
    EXPECT_EQ(DuesReport(pg.store()).owed(pg.lakshmi()).value().balance(),
              Money::fromRupees(24000));

    // Put right, it records, and the messages go.
    typeInto(child<QLineEdit>(dialog, "referenceField"), QStringLiteral("000123"));
    QTest::keyClick(child<QLineEdit>(dialog, "referenceField"), Qt::Key_Return);
    ASSERT_TRUE(dialog.recorded().has_value());
    EXPECT_TRUE(dialog.errors().isEmpty());
    EXPECT_EQ(pg.payments().size(), 1);
}
