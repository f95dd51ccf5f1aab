// Check-out: final reading and deductions typed, the settlement shown before it is committed
// (cancel there writes nothing), then committed with its statement in preview.
#include "StayTestSupport.h"

#include <common/DateField.h>
#include <common/FormErrors.h>
#include <inventory/MeterRepository.h>
#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <stays/CheckOutDialog.h>
#include <stays/DeductionsModel.h>
#include <stays/GiveNotice.h>
#include <stays/StayView.h>
#include <utilities/RecordReading.h>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace rentflow;
using namespace rentflow::test;
using ui::stays::CheckOutDialog;
using ui::stays::DeductionsModel;

namespace {

const QDate kLastDay(2026, 11, 20);

// Lakshmi on bed 101-A from 1 October at ₹12,000 with a ₹24,000 deposit paid; the meter at
// ₹10 a unit read 1,000 on 31 October; October and November billed, October paid; notice
// on 1 November to leave on 20 November (30 days' notice: 20 served, 10 short).
struct LeavingPg : SamplePg
{
    LeavingPg()
    {
        fillForDocuments(*this, false); // the tariff is set here
        EXPECT_TRUE(CheckIn(store())
                        .run({residentIds[0], bedIds[0], QStringLiteral("2026-10-01"),
                              QStringLiteral("12000"), QStringLiteral("24000")},
                             QDate(2026, 10, 1))
                        .ok());
        EXPECT_TRUE(RecordPayment(store())
                        .run({residentIds[0], QStringLiteral("24000"), QStringLiteral("bank"),
                              QStringLiteral("UTR1"), QStringLiteral("2026-10-01"),
                              QStringLiteral("deposit")},
                             QDate(2026, 10, 1))
                        .ok());
        EXPECT_TRUE(MeterRepository(store())
                        .setTariff({meterId, QStringLiteral("10"), QString(), {}})
                        .ok());
        EXPECT_TRUE(RecordReading(store())
                        .run({meterId, QStringLiteral("2026-10-31"), QStringLiteral("1000")},
                             QDate(2026, 10, 31))
                        .ok());
        bill(u"2026-10");
        bill(u"2026-11");
        EXPECT_TRUE(RecordPayment(store())
                        .run({residentIds[0], QStringLiteral("12000"), QStringLiteral("upi"),
                              QStringLiteral("UTR2"), QStringLiteral("2026-10-05")},
                             QDate(2026, 10, 5))
                        .ok());
        EXPECT_TRUE(GiveNotice(store())
                        .run({residentIds[0], QStringLiteral("2026-11-01"),
                              QStringLiteral("2026-11-20"), QStringLiteral("Job in Pune")},
                             QDate(2026, 11, 1))
                        .ok());
    }
    ui::stays::StayView view()
    {
        return ui::stays::StayView::read(store(), residentIds[0]).value();
    }
    qint64 settlements()
    {
        return number(store(), QStringLiteral("SELECT count(*) FROM deposit_settlement"));
    }
};

// The final reading and one deduction, typed into the dialog's fields and table.
void typeCheckOut(CheckOutDialog& dialog, const QString& amount)
{
    auto* reading = child<QLineEdit>(&dialog, "finalReadingLineEdit");
    reading->setFocus();
    QTest::keyClicks(reading, QStringLiteral("1100"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addDeductionButton"), Qt::LeftButton);
    auto* table = child<QTableView>(&dialog, "deductionsTable");
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Broken chair"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // on to the amount
    QTest::keyClicks(QApplication::focusWidget(), amount);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the edit from the event loop
    EXPECT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(dialog.deductions()->deductions(),
              QStringList{QStringLiteral("Broken chair=") + amount});
}

} // namespace

TEST(DeductionsModel, PassesTheModelTesterAndSaysWhatIsWrong)
{
    DeductionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.insertRows(0, 3));
    model.setData(model.index(0, DeductionsModel::ReasonColumn), QStringLiteral("Broken chair"));
    model.setData(model.index(0, DeductionsModel::AmountColumn), QStringLiteral("1,500"));
    model.setData(model.index(2, DeductionsModel::ReasonColumn), QStringLiteral("Lost key"));
    model.setData(model.index(2, DeductionsModel::AmountColumn), QStringLiteral("250.50"));
    // Row 2 is empty and ignored; 1,500 + 250.50 = 1,750.50.
    EXPECT_EQ(model.deductions(), (QStringList{QStringLiteral("Broken chair=1,500"),
                                               QStringLiteral("Lost key=250.50")}));
    EXPECT_EQ(model.total(), Money::fromPaise(175050));
    EXPECT_TRUE(model.problem().isEmpty());
    EXPECT_EQ(model.data(model.index(0, DeductionsModel::AmountColumn)).toString(),
              QStringLiteral("₹\u00A01,500.00"));
    model.setData(model.index(1, DeductionsModel::AmountColumn), QStringLiteral("abc"));
    EXPECT_TRUE(model.problem().startsWith(QStringLiteral("Row 2")));
    ASSERT_TRUE(model.removeRows(1, 1));
    EXPECT_TRUE(model.problem().isEmpty());
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(CheckOutDialog, ShowsTheSettlementBeforeCommittingAndCancelWritesNothing)
{
    LeavingPg pg;
    UiTestContext ui(*pg.workspace);
    const qint64 before = changes(pg);
    CheckOutDialog dialog(ui.context, pg.view());
    dialog.startOn(kLastDay);
    showActive(dialog);
    // Under notice: the last day is the intended move-out.
    EXPECT_EQ(child<ui::DateField>(&dialog, "lastDayField")->date(), kLastDay);
    typeCheckOut(dialog, QStringLiteral("1500"));
    QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
    ASSERT_TRUE(dialog.isShowingSettlement())
        << dialog.errors().messageFor(u"deduction"_qs).toStdString();
    // Deposit 24,000 − dues (November 12,000 less 10/30 credited = 8,000, + the final
    // invoice's 20/60 of 100 units × ₹10 = 333) − deductions 1,500 − notice shortfall
    // 10/30 × 12,000 = 4,000 → refund 24,000 − 8,333 − 1,500 − 4,000 = 10,167.
    const QString figures = child<QLabel>(&dialog, "settlementFigures")->text();
    for (const char* amount : {"₹\u00A024,000.00", "₹\u00A08,333.00", "₹\u00A01,500.00",
                               "₹\u00A04,000.00", "₹\u00A010,167.00"})
        EXPECT_TRUE(figures.contains(QString::fromUtf8(amount)))
            << amount << " in " << figures.toStdString();
    EXPECT_TRUE(figures.contains(QStringLiteral("Refund to the resident")));
    EXPECT_EQ(pg.settlements(), 0);
    EXPECT_EQ(changes(pg), before);

    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(pg.settlements(), 0);
    EXPECT_EQ(changes(pg), before);
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT status FROM agreement")),
              QStringLiteral("notice"));
    EXPECT_TRUE(openWindows<ui::DocumentPreviewDialog>().isEmpty());
}

TEST(CheckOutDialog, CommitsAndOpensTheStatementAndRefundVoucher)
{
    LeavingPg pg;
    UiTestContext ui(*pg.workspace);
    CheckOutDialog dialog(ui.context, pg.view());
    dialog.startOn(kLastDay);
    showActive(dialog);
    typeCheckOut(dialog, QStringLiteral("1500"));
    QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
    ASSERT_TRUE(dialog.isShowingSettlement());
    // Back keeps what was typed; preview again; Enter commits (the default button).
    QTest::mouseClick(child<QPushButton>(&dialog, "backButton"), Qt::LeftButton);
    EXPECT_EQ(child<QLineEdit>(&dialog, "finalReadingLineEdit")->text(), QStringLiteral("1100"));
    QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    EXPECT_EQ(pg.settlements(), 1);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT refund_paise FROM deposit_settlement")),
              1016700);
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT status FROM agreement")),
              QStringLiteral("ended"));
    auto* statement = openPreview(ui::DocumentRef::Kind::Settlement);
    ASSERT_NE(statement, nullptr);
    EXPECT_EQ(statement->document().id, dialog.checkedOut().settlementId);
    EXPECT_GE(statement->pageCount(), 1);
    auto* voucher = openPreview(ui::DocumentRef::Kind::DepositRefund);
    ASSERT_NE(voucher, nullptr);
    EXPECT_GE(voucher->pageCount(), 1);
    closeOpenedWindows();
}

TEST(CheckOutDialog, ABadDeductionIsRefusedUnderTheTableAndNothingWritten)
{
    LeavingPg pg;
    UiTestContext ui(*pg.workspace);
    const qint64 before = changes(pg);
    CheckOutDialog dialog(ui.context, pg.view());
    dialog.startOn(kLastDay);
    showActive(dialog);
    typeCheckOut(dialog, QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
    EXPECT_FALSE(dialog.isShowingSettlement());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("deduction")).isEmpty());
    // A reading below the last one (1,000) is the engine's refusal, under the reading.
    dialog.deductions()->removeRows(0, 1);
    auto* reading = child<QLineEdit>(&dialog, "finalReadingLineEdit");
    retype(reading, QStringLiteral("900"));
    QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
    EXPECT_FALSE(dialog.isShowingSettlement());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("reading")).isEmpty());
    EXPECT_EQ(reading->text(), QStringLiteral("900"));
    EXPECT_EQ(changes(pg), before);
    EXPECT_EQ(pg.settlements(), 0);
}
