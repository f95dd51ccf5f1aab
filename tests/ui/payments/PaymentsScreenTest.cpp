#include "PaymentsFixture.h"

#include <common/AmountField.h>
#include <common/DateField.h>
#include <common/FormErrors.h>
#include <common/ResidentPicker.h>
#include <documents/DocumentPreviewDialog.h>
#include <payments/DuesPage.h>
#include <payments/DuesTableModels.h>
#include <payments/PaymentListPage.h>
#include <payments/PaymentTableModel.h>
#include <payments/PaymentsScreen.h>
#include <payments/RecordPayment.h>
#include <payments/RecordPaymentDialog.h>
#include <payments/ReversePaymentDialog.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::ui::payments;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// OwingPg with three payments today: Lakshmi ₹15,000 cash, Arjun ₹5,000 UPI (UTR9)
// and ₹1,000 by cheque 000111.
struct Paid : test::OwingPg
{
    Paid()
    {
        pay(lakshmi(), "15000", "cash", "");
        pay(arjun(), "5000", "upi", "UTR9");
        cheque = pay(arjun(), "1000", "cheque", "000111");
    }
    QString pay(const QString& who, const char* amount, const char* method, const char* ref)
    {
        const auto paid = RecordPayment(store()).run({who, QString::fromLatin1(amount),
                                                      QString::fromLatin1(method),
                                                      QString::fromLatin1(ref), QString()},
                                                     QDate::currentDate());
        EXPECT_TRUE(paid.ok());
        return paid.ok() ? paid.value().paymentId : QString();
    }
    QString cheque;
};

// Runs `act` on the modal dialog of type T once it is open; closes it if `act` did not.
template <typename T> void onModal(const std::function<void(T&)>& act)
{
    QTimer::singleShot(0, [act] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        act(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

} // namespace

TEST(PaymentsScreen, ListsPaymentsNewestFirstAndFiltersByMethodAndStatus)
{
    Paid pg;
    PaymentsScreen screen(pg.ui.context);
    screen.show();
    screen.activate();
    auto* model = screen.listPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 3);
    // Same day: newest receipt first.
    EXPECT_EQ(model->index(0, PaymentTableModel::Amount).data().toString(),
              QStringLiteral("₹\u00A01,000.00"));
    EXPECT_EQ(model->index(0, PaymentTableModel::Method).data().toString(),
              QStringLiteral("Cheque"));
    EXPECT_EQ(model->index(2, PaymentTableModel::Resident).data().toString(),
              QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(model->index(2, PaymentTableModel::Allocated).data().toString(),
              QStringLiteral("₹\u00A015,000.00"));
    EXPECT_EQ(model->index(2, PaymentTableModel::Date).data().toString(),
              QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy")));

    auto* method = child<QComboBox>(*screen.listPage(), "methodFilter");
    method->setCurrentIndex(method->findData(QStringLiteral("upi")));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, PaymentTableModel::Reference).data().toString(),
              QStringLiteral("UTR9"));
    method->setCurrentIndex(0);
    auto* status = child<QComboBox>(*screen.listPage(), "statusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("reversed")));
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(child<QLabel>(*screen.listPage(), "emptyLabel")->isVisible());
    EXPECT_FALSE(child<QTableView>(*screen.listPage(), "paymentsTable")->isVisible());
}

TEST(PaymentsScreen, EnterOpensTheReceiptAndAResidentsPaymentsCanBeListedAlone)
{
    Paid pg;
    PaymentsScreen screen(pg.ui.context);
    screen.show();
    screen.activate();
    PaymentListPage* page = screen.listPage();
    auto* table = child<QTableView>(*page, "paymentsTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down); // from the cheque (newest) to Arjun's UPI payment
    QTest::keyClick(table, Qt::Key_Return);
    auto* preview = page->findChild<ui::DocumentPreviewDialog*>();
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->isVisible());
    EXPECT_EQ(preview->document().kind, ui::DocumentRef::Kind::Receipt);
    EXPECT_EQ(preview->document().id, page->model()->row(1)->id);
    EXPECT_EQ(page->model()->row(1)->reference, QStringLiteral("UTR9"));
    EXPECT_GE(preview->pageCount(), 1);
    preview->close();

    // Ctrl+N anywhere on the screen: a new payment.
    page->showResident(pg.lakshmi());
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    table->setFocus();
    bool opened = false;
    onModal<RecordPaymentDialog>([&](RecordPaymentDialog& dialog) {
        opened = true;
        EXPECT_TRUE(child<ui::ResidentPicker>(dialog, "residentPicker")->residentId().isEmpty());
    });
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    EXPECT_TRUE(opened);

    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->row(0)->amount, Money::fromRupees(15000));
}

TEST(PaymentsScreen, AFailedReadIsShownAsAnErrorNotAsNoPayments)
{
    Paid pg;
    PaymentsScreen screen(pg.ui.context);
    screen.show();
    pg.store().database().close(); // the file went away under the window
    screen.activate();
    auto* empty = child<QLabel>(*screen.listPage(), "emptyLabel");
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().startsWith(QStringLiteral("Could not read the payments")))
        << empty->text().toStdString();
    EXPECT_FALSE(screen.listPage()->model()->errorText().isEmpty());

    screen.tabs()->setCurrentWidget(screen.duesPage());
    auto* error = child<QLabel>(*screen.duesPage(), "errorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Could not read the dues")));
    EXPECT_EQ(child<QLabel>(*screen.duesPage(), "totalLabel")->text(), QStringLiteral("—"));
}

TEST(PaymentsScreen, ListsALargeHistoryAPageAtATime)
{
    test::OwingPg pg;
    // 250 payments of ₹1 on one day: the first page holds 200.
    for (int i = 0; i < 250; ++i)
        ASSERT_TRUE(RecordPayment(pg.store())
                        .run({pg.lakshmi(), QStringLiteral("1"), QStringLiteral("cash"), {}, {}},
                             QDate::currentDate())
                        .ok());
    PaymentTableModel model(pg.store());
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), PaymentTableModel::kPageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_FALSE(model.canFetchMore({}));

    // The tester fetches the pages itself. (Attached to a model already read: when a reset
    // leaves more to fetch, Qt 6.4's tester fetches while it still counts the reset as in
    // flight, and fails on its own bookkeeping.)
    PaymentTableModel tested(pg.store());
    tested.setFilter({});
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(tested.rowCount(), 250);
}

TEST(PaymentsScreen, ReversingABouncedChequeRequiresAReason)
{
    Paid pg;
    PaymentsScreen screen(pg.ui.context);
    screen.show();
    ASSERT_TRUE(screen.openRecord({ui::RecordRef::Kind::Payment, pg.cheque}));
    PaymentListPage* page = screen.listPage();
    bool refused = false;
    onModal<ReversePaymentDialog>([&](ReversePaymentDialog& dialog) {
        // No reason: refused next to the field, nothing written.
        child<QPushButton>(dialog, "reverseButton")->click();
        refused = !dialog.errors().messageFor(QStringLiteral("reason")).isEmpty();
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(pg.payments().last().status, QStringLiteral("received"));
        auto* reason = child<QLineEdit>(dialog, "reasonField");
        EXPECT_TRUE(reason->hasFocus());
        QTest::keyClicks(reason, QStringLiteral("Cheque bounced: insufficient funds"));
        QTest::keyClick(reason, Qt::Key_Return);
    });
    child<QPushButton>(*page, "reverseButton")->click();
    EXPECT_TRUE(refused);
    const PaymentList::Row cheque = pg.payments().last();
    EXPECT_EQ(cheque.id, pg.cheque);
    EXPECT_EQ(cheque.status, QStringLiteral("reversed"));
    EXPECT_TRUE(cheque.allocated.isZero());
    // Arjun owes again what the cheque paid: 12,000 − 5,000 = 7,000.
    EXPECT_EQ(DuesReport(pg.store()).owed(pg.arjun()).value().balance(), Money::fromRupees(7000));
    EXPECT_TRUE(child<QLabel>(*page, "messageLabel")->text().contains(QStringLiteral("reversed")));
    const QModelIndex current = child<QTableView>(*page, "paymentsTable")->currentIndex();
    EXPECT_EQ(page->model()->row(current.row())->id, pg.cheque);
    EXPECT_EQ(page->model()->index(current.row(), PaymentTableModel::Status).data().toString(),
              QStringLiteral("Reversed"));
    EXPECT_FALSE(child<QPushButton>(*page, "reverseButton")->isEnabled()); // only once
}

TEST(PaymentsScreen, DuesAreAgedAndToCollectListsWhoseDueDayHasCome)
{
    test::OwingPg pg;
    PaymentsScreen screen(pg.ui.context);
    screen.show();
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.tabs()->setCurrentWidget(screen.duesPage());
    DuesPage* dues = screen.duesPage();
    // As of 45 days after Lakshmi's first due date (the 5th of the first month): that
    // invoice is 45 days late (31–60); the next month's (due a month later, 28–31 days
    // on) is 14–17 days late (0–30), as is Arjun's.
    const QDate asOf = pg.firstMonth.addDays(4 + 45);
    child<ui::DateField>(*dues, "asOfField")->setDate(asOf);
    QAbstractItemModelTester collectTester(dues->collectModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester ageingTester(dues->ageingModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    // 0–30: 12,000 + 12,000; 31–60: 12,000; total 36,000.
    EXPECT_EQ(child<QLabel>(*dues, "days0to30Label")->text(), QStringLiteral("₹\u00A024,000.00"));
    EXPECT_EQ(child<QLabel>(*dues, "days31to60Label")->text(), QStringLiteral("₹\u00A012,000.00"));
    EXPECT_EQ(child<QLabel>(*dues, "days61to90Label")->text(), QStringLiteral("₹\u00A00.00"));
    EXPECT_EQ(child<QLabel>(*dues, "over90Label")->text(), QStringLiteral("₹\u00A00.00"));
    EXPECT_EQ(child<QLabel>(*dues, "totalLabel")->text(), QStringLiteral("₹\u00A036,000.00"));
    AgeingTableModel* ageing = dues->ageingModel();
    ASSERT_EQ(ageing->rowCount(), 2);
    EXPECT_EQ(ageing->index(0, AgeingTableModel::Resident).data().toString(),
              QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(ageing->index(0, AgeingTableModel::Days0To30).data().toString(),
              QStringLiteral("₹\u00A012,000.00"));
    EXPECT_EQ(ageing->index(0, AgeingTableModel::Days31To60).data().toString(),
              QStringLiteral("₹\u00A012,000.00"));
    EXPECT_EQ(ageing->index(0, AgeingTableModel::Total).data().toString(),
              QStringLiteral("₹\u00A024,000.00"));
    EXPECT_EQ(ageing->index(1, AgeingTableModel::Resident).data().toString(),
              QStringLiteral("Arjun Mehta"));
    EXPECT_EQ(ageing->index(1, AgeingTableModel::Days0To30).data().toString(),
              QStringLiteral("₹\u00A012,000.00"));
    EXPECT_EQ(child<QGroupBox>(*dues, "collectBox")->title(),
              QStringLiteral("To &collect by ") + asOf.toString(QStringLiteral("dd-MM-yyyy")));
    CollectTableModel* collect = dues->collectModel();
    ASSERT_EQ(collect->rowCount(), 2);
    EXPECT_EQ(collect->index(0, CollectTableModel::Amount).data().toString(),
              QStringLiteral("₹\u00A024,000.00"));
    EXPECT_EQ(collect->index(0, CollectTableModel::DaysLate).data().toString(),
              QStringLiteral("45"));
    EXPECT_EQ(collect->index(1, CollectTableModel::Resident).data().toString(),
              QStringLiteral("Arjun Mehta"));

    // On the 4th of last month nothing of Arjun's is due yet: only Lakshmi's first month.
    child<ui::DateField>(*dues, "asOfField")->setDate(pg.lastMonth.addDays(3));
    ASSERT_EQ(collect->rowCount(), 1);
    EXPECT_EQ(collect->index(0, CollectTableModel::Resident).data().toString(),
              QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(collect->index(0, CollectTableModel::Amount).data().toString(),
              QStringLiteral("₹\u00A012,000.00"));

    // Enter on a row records that resident's payment, filled in with what is due.
    QString pickedResident;
    QString filledAmount;
    onModal<RecordPaymentDialog>([&](RecordPaymentDialog& dialog) {
        pickedResident = child<ui::ResidentPicker>(dialog, "residentPicker")->residentId();
        filledAmount = child<ui::AmountField>(dialog, "amountField")->text();
    });
    auto* table = child<QTableView>(*dues, "collectTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(pickedResident, pg.lakshmi());
    EXPECT_EQ(filledAmount, QStringLiteral("12,000.00"));

    // From who owes what: Arjun's row, then the button (it acts on the list last used).
    auto* owes = child<QTableView>(*dues, "ageingTable");
    screen.activateWindow(); // back from the dialog
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    owes->setFocus();
    QTest::keyClick(owes, Qt::Key_Down);
    onModal<RecordPaymentDialog>([&](RecordPaymentDialog& dialog) {
        pickedResident = child<ui::ResidentPicker>(dialog, "residentPicker")->residentId();
        filledAmount = child<ui::AmountField>(dialog, "amountField")->text();
    });
    child<QPushButton>(*dues, "recordForResidentButton")->click();
    EXPECT_EQ(pickedResident, pg.arjun());
    EXPECT_EQ(filledAmount, QStringLiteral("12,000.00")); // all he owes: 12,000
}
