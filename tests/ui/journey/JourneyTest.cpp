// The end-to-end journey of issue 10, through the REAL window and its real screens, by
// keyboard where the office would use it: first run → a room with its beds and meter → a
// check-in with its agreement → the meter read → the month billed → a part payment and its
// printed receipt → check-out with settlement. Then what the screens show and what the
// store holds, each figure worked out by hand.
#include "../shell/ModalResponder.h"
#include "../shell/ShellTestSupport.h"
#include "../stays/StayTestSupport.h"

#include <common/AmountField.h>
#include <common/DateField.h>
#include <inventory/BedBoardModel.h>
#include <inventory/InventoryList.h>
#include <inventory/RoomDialog.h>
#include <shell/MainWindow.h>
#include <startup/DialogPrompts.h>
#include <startup/FirstPropertyDialog.h>
#include <startup/FirstRunChoiceDialog.h>
#include <startup/FirstRunDialog.h>
#include <startup/RecoveryKeyDialog.h>
#include <startup/WorkspaceLauncher.h>
#include <stays/CheckInWizard.h>
#include <stays/CheckOutDialog.h>
#include <stays/DeductionsModel.h>
#include <stays/DepositDialogs.h>
#include <stays/LiveStay.h>
#include <support/FakeKeyStore.h>
#include <support/TestWorkspace.h>

#include <billing/InvoiceListModel.h>
#include <common/ResidentPicker.h>
#include <payments/DuesReport.h>
#include <payments/PaymentList.h>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <poppler-qt6.h>

#include <functional>

using namespace rentflow;
using namespace rentflow::test;

namespace {

// When the next modal dialog of type T is up (the action that opens it runs its own event
// loop), `act` answers it as a user would. Fails the test when none comes.
template <typename T> void whenModal(std::function<void(T*)> act, int triesLeft = 1500)
{
    QTimer::singleShot(20, [act, triesLeft] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            act(dialog);
            // A step that failed leaves its dialog open: close it so the story ends.
            if (::testing::Test::HasFailure() && dialog->isVisible())
                dialog->reject();
            return;
        }
        if (triesLeft <= 0) {
            ADD_FAILURE() << "no " << T::staticMetaObject.className() << " opened";
            return;
        }
        whenModal<T>(act, triesLeft - 1);
    });
}

// The window comes back to the front when a dialog closes (the offscreen platform does not
// do it by itself); then the focus goes to `widget`, as the user's click or Tab would.
void backTo(QWidget* widget)
{
    QApplication::setActiveWindow(widget->window());
    ASSERT_TRUE(QTest::qWaitForWindowActive(widget->window()));
    if (widget != widget->window()) // the window itself: its focus stays where it was
        widget->setFocus();
}

void enterOn(QWidget* field)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Return);
}

// The first run's dialogs, answered by keyboard: "Set up my business", the organisation,
// the first property, then the recovery key (ticked as written down).
void answerFirstRun(QWidget* modal, int& keysShown)
{
    if (auto* choice = qobject_cast<ui::FirstRunChoiceDialog*>(modal)) {
        QTest::keyClick(choice, Qt::Key_S, Qt::AltModifier);
    } else if (auto* organisation = qobject_cast<ui::FirstRunDialog*>(modal)) {
        auto* name = child<QLineEdit>(organisation, "nameLineEdit");
        retype(name, QStringLiteral("Sunrise PG"));
        auto* state = child<QComboBox>(organisation, "stateComboBox");
        state->setFocus();
        QTest::keyClicks(state, QStringLiteral("29")); // "29 – Karnataka", found by typing
        // The agreement names the licensor by its address and PAN.
        retype(child<QLineEdit>(organisation, "panLineEdit"), QStringLiteral("AAKCS1234F"));
        retype(child<QLineEdit>(organisation, "addressLineEdit"),
               QStringLiteral("2nd Floor, 80 Feet Road, Bengaluru 560034"));
        enterOn(name);
    } else if (auto* property = qobject_cast<ui::FirstPropertyDialog*>(modal)) {
        retype(child<QLineEdit>(property, "propertyNameLineEdit"), QStringLiteral("Koramangala"));
        retype(child<QLineEdit>(property, "propertyAddressLineEdit"),
               QStringLiteral("14, 5th Cross, Koramangala"));
        retype(child<QLineEdit>(property, "cityLineEdit"), QStringLiteral("Bengaluru"));
        auto* state = child<QComboBox>(property, "propertyStateComboBox");
        state->setFocus();
        QTest::keyClicks(state, QStringLiteral("29"));
        EXPECT_EQ(state->currentData().toString(), QStringLiteral("29"));
        auto* pincode = child<QLineEdit>(property, "pincodeLineEdit");
        retype(pincode, QStringLiteral("560034"));
        enterOn(pincode);
    } else if (auto* key = qobject_cast<ui::RecoveryKeyDialog*>(modal)) {
        ++keysShown;
        auto* written = child<QCheckBox>(key, "writtenCheckBox");
        written->setFocus();
        QTest::keyClick(written, Qt::Key_Space);
        QTest::keyClick(written, Qt::Key_Return);
    }
}

} // namespace

TEST(Journey, FromFirstRunToCheckOutThroughTheRealWindow)
{
    freshSettings();
    TestWorkspace tw;
    const QDate today = QDate::currentDate();
    const QDate firstOfMonth(today.year(), today.month(), 1);

    // 1. First run: set up the business; the recovery key is shown once.
    std::unique_ptr<store::Workspace> workspace;
    {
        int keysShown = 0;
        ui::DialogPrompts prompts;
        FakeKeyStore keychain;
        ModalResponder responder([&](QWidget* modal) { answerFirstRun(modal, keysShown); });
        ui::WorkspaceLauncher launcher(prompts, keychain, TestWorkspace::actor());
        ASSERT_EQ(launcher.launch(tw.path(), std::nullopt), ui::WorkspaceLauncher::Outcome::Opened);
        EXPECT_EQ(keysShown, 1);
        workspace = launcher.takeWorkspace();
    }
    ASSERT_NE(workspace, nullptr);
    store::Workspace& ws = *workspace;
    store::Store& store = ws.store();

    // 2. The window; Beds (Alt+2): room 101 with two beds at ₹9,000, then its meter.
    ui::MainWindow window(std::move(workspace));
    showActive(window);
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    ASSERT_EQ(window.currentScreenId(), QStringLiteral("beds"));
    auto* board = window.findChild<QAbstractItemView*>(QStringLiteral("bedBoard"));
    ASSERT_NE(board, nullptr);
    whenModal<ui::inventory::RoomDialog>([&store](ui::inventory::RoomDialog* room) {
        retype(child<QLineEdit>(room, "roomFloorField"), QStringLiteral("1"));
        retype(child<QLineEdit>(room, "roomNumberField"), QStringLiteral("101"));
        EXPECT_EQ(child<QSpinBox>(room, "roomBedsField")->value(), 2);
        auto* meter = child<QCheckBox>(room, "roomMeterCheck");
        meter->setFocus();
        QTest::keyClick(meter, Qt::Key_Space); // its meter is added with its tariff below
        // Bad input first: a rent in words is refused beside its field, nothing is written
        // and what was typed stays.
        const qint64 before = number(store, QStringLiteral("SELECT count(*) FROM change_log"));
        auto* rent = child<QLineEdit>(room, "roomRentField");
        retype(rent, QStringLiteral("nine thousand"));
        enterOn(rent);
        EXPECT_TRUE(room->isVisible());
        EXPECT_FALSE(room->errors().messageFor(QStringLiteral("rent")).isEmpty());
        EXPECT_EQ(rent->text(), QStringLiteral("nine thousand"));
        EXPECT_EQ(child<QLineEdit>(room, "roomNumberField")->text(), QStringLiteral("101"));
        EXPECT_EQ(number(store, QStringLiteral("SELECT count(*) FROM change_log")), before);
        EXPECT_EQ(number(store, QStringLiteral("SELECT count(*) FROM room")), 0);
        retype(rent, QStringLiteral("9000"));
        enterOn(rent);
    });
    board->setFocus();
    QTest::keyClick(board, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(board->model()->rowCount(), 2);
    EXPECT_EQ(board->currentIndex().data().toString(), QStringLiteral("101-A"));
    whenModal<QDialog>([](QDialog* meter) {
        EXPECT_TRUE(child<QComboBox>(meter, "meterRoomField")
                        ->currentText()
                        .startsWith(QStringLiteral("Room 101")));
        auto* rate = child<QLineEdit>(meter, "meterRateField");
        retype(rate, QStringLiteral("10")); // ₹10 a unit, no fixed charge
        enterOn(rate);
    });
    backTo(board);
    QTest::keyClick(board, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    const QString propertyId = InventoryList(store).properties().value().first().id;
    const auto meters = InventoryList(store).meters(propertyId).value();
    ASSERT_EQ(meters.size(), 1);
    const QString meterId = meters.first().id;

    // 3. Enter on the vacant 101-A: the check-in wizard, a new resident typed, from the 1st
    // of this month at ₹9,000 with a ₹18,000 deposit.
    QString residentId;
    whenModal<ui::stays::CheckInWizard>([&](ui::stays::CheckInWizard* wizard) {
        auto* date = child<ui::DateField>(wizard, "checkInDateField");
        date->setFocus();
        date->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(date, QStringLiteral("01"));
        EXPECT_EQ(date->date(), firstOfMonth);
        auto* bed = child<QComboBox>(wizard, "bedComboBox");
        EXPECT_TRUE(bed->currentText().startsWith(QStringLiteral("101-A")));
        enterOn(bed);
        ASSERT_EQ(wizard->currentId(), ui::stays::CheckInWizard::ResidentPageId);
        QTest::mouseClick(child<QRadioButton>(wizard, "newResidentRadio"), Qt::LeftButton);
        auto* name = child<QLineEdit>(wizard, "nameLineEdit");
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Asha Verma"));
        QTest::keyClick(name, Qt::Key_Tab);
        QTest::keyClicks(wizard->focusWidget(), QStringLiteral("9845011111"));
        EXPECT_EQ(child<QLineEdit>(wizard, "phoneLineEdit")->text(), QStringLiteral("9845011111"));
        // What the agreement names: the permanent address, the father's name, the PAN.
        retype(child<QLineEdit>(wizard, "addressLineEdit"), QStringLiteral("12 MG Road, Indore"));
        retype(child<QLineEdit>(wizard, "fatherNameLineEdit"), QStringLiteral("Ravi Verma"));
        auto* pan = child<QLineEdit>(wizard, "panLineEdit");
        retype(pan, QStringLiteral("ABCPV1234F"));
        enterOn(pan);
        ASSERT_EQ(wizard->currentId(), ui::stays::CheckInWizard::TermsPageId);
        EXPECT_EQ(child<ui::AmountField>(wizard, "rentField")->amount(), Money::fromRupees(9000));
        auto* deposit = child<ui::AmountField>(wizard, "depositField");
        retype(deposit, QStringLiteral("18,000"));
        enterOn(deposit);
        ASSERT_EQ(wizard->currentId(), ui::stays::CheckInWizard::SummaryPageId);
        enterOn(wizard->focusWidget() ? wizard->focusWidget() : wizard); // Finish
        residentId = wizard->residentId();
    });
    backTo(board);
    board->setCurrentIndex(board->model()->index(0, 0));
    QTest::keyClick(board, Qt::Key_Return);
    ASSERT_FALSE(residentId.isEmpty());
    auto* agreement = openPreview(ui::DocumentRef::Kind::Agreement);
    ASSERT_NE(agreement, nullptr);
    EXPECT_GE(agreement->pageCount(), 1);
    const auto stay = LiveStay::of(store, residentId).value();
    ASSERT_TRUE(stay.has_value());
    EXPECT_EQ(stay->rent, Money::fromRupees(9000));
    EXPECT_EQ(stay->deposit, Money::fromRupees(18000));
    // The deposit demand beside it: the ₹18,000 is paid now (its receipt opens).
    auto demands = openWindows<ui::stays::DepositDemandDialog>();
    ASSERT_EQ(demands.size(), 1);
    QTest::mouseClick(child<QPushButton>(demands.first(), "recordDepositButton"), Qt::LeftButton);
    auto depositPayments = openWindows<ui::stays::DepositPaymentDialog>();
    ASSERT_EQ(depositPayments.size(), 1);
    EXPECT_EQ(child<ui::AmountField>(depositPayments.first(), "amountField")->amount(),
              Money::fromRupees(18000));
    auto* depositReference = child<QLineEdit>(depositPayments.first(), "referenceLineEdit");
    retype(depositReference, QStringLiteral("UTR100001"));
    QTest::keyClick(depositReference, Qt::Key_Return);
    EXPECT_NE(openPreview(ui::DocumentRef::Kind::DepositReceipt), nullptr);
    closeOpenedWindows();

    // 4. Meter readings (Alt+6): the room's meter, typed where the grid stands, Enter.
    backTo(&window);
    QTest::keyClick(&window, Qt::Key_6, Qt::AltModifier);
    ASSERT_EQ(window.currentScreenId(), QStringLiteral("readings"));
    auto* grid = window.findChild<QAbstractItemView*>(QStringLiteral("readingsGrid"));
    ASSERT_NE(grid, nullptr);
    ASSERT_EQ(grid->model()->rowCount(), 1);
    backTo(grid);
    QTest::keyClicks(grid, QStringLiteral("1")); // the first key opens the cell's editor
    QWidget* editor = QApplication::focusWidget();
    ASSERT_NE(qobject_cast<QLineEdit*>(editor), nullptr) << "typing opened no editor";
    QTest::keyClicks(editor, QStringLiteral("250"));
    QTest::keyClick(editor, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return number(store, QStringLiteral("SELECT count(*) FROM meter_reading")) == 1; }));
    closeOpenedWindows();

    // 5. Billing (Alt+4), Monthly run (Alt+M): Preview (Alt+P), then Issue (Alt+U).
    backTo(&window);
    QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
    ASSERT_EQ(window.currentScreenId(), QStringLiteral("billing"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    auto* summary = window.findChild<QLabel*>(QStringLiteral("runSummary"));
    ASSERT_NE(summary, nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return summary->text().startsWith(QStringLiteral("Would")); }));
    // One stay, the whole month from the 1st: rent ₹9,000; the meter's first reading opens
    // its register, so no units yet: 1 invoice, ₹9,000.
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Would issue 1 invoice(s)")))
        << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("total ₹\u00A09,000.00")))
        << summary->text().toStdString();
    EXPECT_EQ(number(store, QStringLiteral("SELECT count(*) FROM invoice")), 0); // a preview
    whenModal<QMessageBox>([](QMessageBox* question) {
        QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return summary->text().startsWith(QStringLiteral("Issued"));
    })) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Issued 1 invoice(s)")));
    const auto owedAfterRun = DuesReport(store).owed(residentId).value();
    EXPECT_EQ(owedAfterRun.balance(), Money::fromRupees(9000));

    // 6. Payments (Alt+5), Ctrl+N: ₹4,000 of the ₹9,000 by UPI; its receipt previews and
    // prints to a PDF file that reads back with the receipt's number.
    backTo(&window);
    QTest::keyClick(&window, Qt::Key_5, Qt::AltModifier);
    ASSERT_EQ(window.currentScreenId(), QStringLiteral("payments"));
    const QString receiptPdf = tw.scratch(QStringLiteral("receipt.pdf"));
    QString receiptText;
    whenModal<QDialog>([&](QDialog* dialog) {
        auto* picker = child<ui::ResidentPicker>(dialog, "residentPicker");
        picker->setFocus();
        QTest::keyClicks(picker, QStringLiteral("asha"));
        picker->searchNow();
        QAbstractItemView* popup = picker->findChild<QCompleter*>()->popup();
        ASSERT_TRUE(QTest::qWaitFor([popup] { return popup->isVisible(); }));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        ASSERT_EQ(picker->residentId(), residentId);
        auto* amount = child<ui::AmountField>(dialog, "amountField");
        EXPECT_EQ(amount->amount(), Money::fromRupees(9000)); // what is owed
        retype(amount, QStringLiteral("4000"));
        auto* upi = child<QRadioButton>(dialog, "method_upi");
        QTest::mouseClick(upi, Qt::LeftButton);
        EXPECT_TRUE(upi->isChecked());
        auto* reference = child<QLineEdit>(dialog, "referenceField");
        retype(reference, QStringLiteral("UTR200002"));
        QTest::keyClick(reference, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([] { return openPreview(ui::DocumentRef::Kind::Receipt); }));
        ui::DocumentPreviewDialog* receipt = openPreview(ui::DocumentRef::Kind::Receipt);
        EXPECT_GE(receipt->pageCount(), 1);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(receiptPdf);
        ASSERT_TRUE(receipt->printTo(printer));
        auto pdf = Poppler::Document::load(receiptPdf);
        ASSERT_TRUE(pdf);
        for (int page = 0; page < pdf->numPages(); ++page)
            receiptText += pdf->page(page)->text(QRectF());
        QTest::keyClick(dialog, Qt::Key_Return); // Enter again closes it
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    // The deposit's ₹18,000 (step 3), then the ₹4,000 by UPI.
    const auto payments = PaymentList(store).list({}).value();
    ASSERT_EQ(payments.size(), 2);
    EXPECT_EQ(payments.at(0).purpose, QStringLiteral("deposit"));
    const PaymentList::Row& part = payments.at(1);
    EXPECT_EQ(part.purpose, QStringLiteral("dues"));
    EXPECT_EQ(part.amount, Money::fromRupees(4000));
    EXPECT_EQ(part.method, QStringLiteral("upi"));
    EXPECT_EQ(part.allocated, Money::fromRupees(4000));
    ASSERT_FALSE(part.receiptNumber.isEmpty());
    EXPECT_TRUE(receiptText.contains(part.receiptNumber)) << receiptText.toStdString();
    // 9,000 − 4,000 = 5,000 still owed.
    EXPECT_EQ(DuesReport(store).owed(residentId).value().balance(), Money::fromRupees(5000));
    closeOpenedWindows();
    // The invoice list (Billing, Alt+4) shows the November invoice with ₹5,000 left.
    backTo(&window);
    QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
    auto* invoices = window.findChild<QAbstractItemView*>(QStringLiteral("invoiceTable"));
    ASSERT_NE(invoices, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([invoices] { return invoices->model()->rowCount() == 1; }));
    EXPECT_TRUE(invoices->model()
                    ->index(0, ui::billing::InvoiceListModel::Balance)
                    .data()
                    .toString()
                    .contains(QStringLiteral("5,000.00")))
        << invoices->model()
               ->index(0, ui::billing::InvoiceListModel::Balance)
               .data()
               .toString()
               .toStdString();

    // 7. Quick-find (Ctrl+K) "asha", Enter: her profile; Check out (Ctrl+Shift+O): the final
    // reading, a deduction with its reason, the settlement previewed, then committed.
    backTo(&window);
    whenModal<QDialog>([](QDialog* find) {
        auto* line = child<QLineEdit>(find, "quickFindLineEdit");
        ASSERT_TRUE(QTest::qWaitFor([line] { return line->hasFocus(); }));
        QTest::keyClicks(line, QStringLiteral("asha"));
        auto* results = child<QAbstractItemView>(find, "quickFindResultsView");
        ASSERT_TRUE(QTest::qWaitFor([results] { return results->model()->rowCount() > 0; }));
        QTest::keyClick(line, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    ASSERT_EQ(window.currentScreenId(), QStringLiteral("residents"));
    QString figures;
    whenModal<QDialog>([&](QDialog* checkOut) {
        EXPECT_EQ(child<ui::DateField>(checkOut, "lastDayField")->date(), today);
        auto* reading = child<QLineEdit>(checkOut, "finalReadingLineEdit");
        retype(reading, QStringLiteral("1300"));
        QTest::mouseClick(child<QPushButton>(checkOut, "addDeductionButton"), Qt::LeftButton);
        auto* table = child<QAbstractItemView>(checkOut, "deductionsTable");
        // Each cell's editor opens from the event loop: type once it has the focus.
        const auto editing = [table] {
            return QTest::qWaitFor([table] {
                QWidget* focus = QApplication::focusWidget();
                return focus && focus != table && table->isAncestorOf(focus);
            });
        };
        ASSERT_TRUE(editing());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Broken chair"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // on to the amount
        ASSERT_TRUE(editing());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1000"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto* typed = qobject_cast<ui::stays::CheckOutDialog*>(checkOut);
        ASSERT_TRUE(QTest::qWaitFor([typed] {
            return typed->deductions()->deductions() ==
                   QStringList{QStringLiteral("Broken chair=1000")};
        })) << typed->deductions()->deductions().join(u';').toStdString();
        // Bad input: the meter was read today already (step 4), so a second reading for
        // today is refused beside the field, nothing is written, and the typing stays.
        auto* dialog = qobject_cast<ui::stays::CheckOutDialog*>(checkOut);
        ASSERT_NE(dialog, nullptr);
        const qint64 before = number(store, QStringLiteral("SELECT count(*) FROM change_log"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
        auto* shown = child<QLabel>(checkOut, "settlementFigures");
        // A mnemonic clicks its button a moment later.
        EXPECT_TRUE(QTest::qWaitFor([dialog] {
            return !dialog->errors().messageFor(QStringLiteral("reading")).isEmpty();
        }));
        EXPECT_FALSE(shown->isVisible());
        EXPECT_TRUE(dialog->errors()
                        .messageFor(QStringLiteral("reading"))
                        .contains(QStringLiteral("already read on")))
            << dialog->errors().messageFor(QStringLiteral("reading")).toStdString();
        EXPECT_EQ(reading->text(), QStringLiteral("1300"));
        EXPECT_EQ(dialog->deductions()->deductions(),
                  QStringList{QStringLiteral("Broken chair=1000")});
        EXPECT_EQ(number(store, QStringLiteral("SELECT count(*) FROM change_log")), before);
        EXPECT_EQ(number(store, QStringLiteral("SELECT count(*) FROM meter_reading")), 1);
        // Today's reading stands as the last one: the field is emptied, Preview again.
        retype(reading, QString());
        QTest::keyClick(reading, Qt::Key_P, Qt::AltModifier);
        ASSERT_TRUE(QTest::qWaitFor([shown] { return shown->isVisible(); }))
            << dialog->errors().messageFor(QString()).toStdString();
        figures = shown->text();
        EXPECT_EQ(number(store, QStringLiteral("SELECT count(*) FROM deposit_settlement")), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier); // Check out
    });
    backTo(&window); // the window comes back to the front, its focus where it was left
    auto* dues = window.findChild<QLabel*>(QStringLiteral("residentDuesLabel"));
    ASSERT_NE(dues, nullptr);
    EXPECT_TRUE(dues->text().contains(QStringLiteral("5,000.00"))) << dues->text().toStdString();
    ASSERT_NE(QApplication::focusWidget(), nullptr) << "the profile has no keyboard focus";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_O,
                    Qt::ControlModifier | Qt::ShiftModifier);
    // The settlement, by hand. November has 30 days: last day the 26th, so 27–30 = 4 days
    // paid for after it, credited: 9,000 × 4 / 30 = 1,200 (in general: the days after today
    // in this month, over its days). Unpaid: 9,000 − 4,000 paid − 1,200 = 3,800. Notice:
    // 30 days, none given: 30 days short × 9,000 / 30 = 9,000. Refund: 18,000 − 3,800 −
    // 1,000 (the chair) − 9,000 = 4,200, that is 3,000 + the credit whatever the month.
    const qint64 daysAfter = today.daysInMonth() - today.day();
    const qint64 creditPaise =
        (900000 * daysAfter * 2 + today.daysInMonth()) / (2 * today.daysInMonth());
    const Money unpaid = Money::fromPaise(500000 - creditPaise);
    const Money refund = Money::fromPaise(300000 + creditPaise);
    for (const QString& line :
         {QStringLiteral("Deposit held</td><td align=right>₹\u00A018,000.00"),
          QStringLiteral("Unpaid dues (with the final invoice)</td><td align=right>₹\u00A0") +
              unpaid.toIndianString(),
          QStringLiteral("Deductions</td><td align=right>₹\u00A01,000.00"),
          QStringLiteral("Notice shortfall</td><td align=right>₹\u00A09,000.00"),
          QStringLiteral("Refund to the resident</b></td><td align=right><b>₹\u00A0") +
              refund.toIndianString()})
        EXPECT_TRUE(figures.contains(line)) << line.toStdString() << "\n" << figures.toStdString();
    // Committed: the settlement statement opens in preview.
    auto* statement = openPreview(ui::DocumentRef::Kind::Settlement);
    ASSERT_NE(statement, nullptr);
    EXPECT_GE(statement->pageCount(), 1);
    EXPECT_EQ(number(store, QStringLiteral("SELECT refund_paise FROM deposit_settlement")),
              refund.paise());
    closeOpenedWindows();

    // What the screens and the store show now: 101-A vacant on the board, no live stay, the
    // dues settled against the deposit.
    EXPECT_FALSE(LiveStay::of(store, residentId).value().has_value());
    for (const auto& bed : InventoryList(store).beds({propertyId, {}}).value())
        EXPECT_EQ(bed.status, QStringLiteral("vacant")) << bed.label.toStdString();
    backTo(&window);
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    ASSERT_EQ(window.currentScreenId(), QStringLiteral("beds"));
    EXPECT_EQ(board->model()->rowCount(), 2);
    using Board = ui::inventory::BedBoardModel;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex tile = board->model()->index(row, 0);
        EXPECT_EQ(tile.data(Board::StatusRole).toString(), QStringLiteral("vacant"))
            << tile.data().toString().toStdString();
        EXPECT_TRUE(tile.data(Board::ResidentNameRole).toString().isEmpty());
    }
}
