// Notice, transfer and "agreement signed", driven as the office does.
#include "StayTestSupport.h"

#include <common/AmountField.h>
#include <common/DateField.h>
#include <common/FormErrors.h>
#include <inventory/InventoryList.h>
#include <stays/LiveStay.h>
#include <stays/NoticeDialog.h>
#include <stays/SignAgreementDialog.h>
#include <stays/StayView.h>
#include <stays/TransferDialog.h>

#include <QComboBox>
#include <QLineEdit>

using namespace rentflow;
using namespace rentflow::test;
using ui::stays::StayView;

namespace {

const QDate kToday(2026, 11, 22);

QString bedStatus(SamplePg& pg, int bed)
{
    for (const auto& row : InventoryList(pg.store()).beds({pg.propertyId, {}}).value())
        if (row.id == pg.bedIds[bed])
            return row.status;
    return QStringLiteral("<none>");
}

// Lakshmi on bed 101-A from 1 October at ₹12,000, 30 days' notice.
struct StayingPg : SamplePg
{
    StayingPg() { checkIn(0, 0, QDate(2026, 10, 1)); }
    StayView view() { return StayView::read(store(), residentIds[0]).value(); }
};

} // namespace

TEST(StayView, SaysWhoWhereAndAtWhatRent)
{
    StayingPg pg;
    const StayView view = pg.view();
    EXPECT_EQ(view.headline(),
              QStringLiteral("Lakshmi Narayanan · bed 101-A, Koramangala · rent ₹\u00A012,000.00 a "
                             "month"));
    EXPECT_EQ(view.meterId, pg.meterId);
    auto none = StayView::read(pg.store(), pg.residentIds[1]);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(refusedField(none.error()), QStringLiteral("resident"));
}

TEST(NoticeDialog, ShowsTheShortfallAndMarksTheBedVacating)
{
    StayingPg pg;
    UiTestContext ui(*pg.workspace);
    ui::stays::NoticeDialog dialog(ui.context, pg.view());
    dialog.startOn(kToday);
    showActive(dialog);
    // 30 days counted from 22-11 inclusive end on 21-12: full notice.
    auto* moveOut = child<ui::DateField>(&dialog, "moveOutField");
    EXPECT_EQ(moveOut->date(), QDate(2026, 12, 21));
    auto* shortfall = child<QLabel>(&dialog, "shortfallLabel");
    EXPECT_TRUE(shortfall->text().contains(QStringLiteral("no shortfall")));
    // Leaving 11-12: served 22-11..11-12 = 9 + 11 = 20 days, 10 short:
    // 10/30 × ₹12,000 = ₹4,000.
    moveOut->setDate(QDate(2026, 12, 11));
    EXPECT_TRUE(shortfall->text().contains(QStringLiteral("10 day(s) short")))
        << shortfall->text().toStdString();
    EXPECT_TRUE(shortfall->text().contains(QStringLiteral("₹\u00A04,000.00")));
    auto* reason = child<QLineEdit>(&dialog, "reasonLineEdit");
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Job in Pune"));
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.noticeId().isEmpty());
    EXPECT_EQ(bedStatus(pg, 0), QStringLiteral("vacating"));
    const auto stay = LiveStay::of(pg.store(), pg.residentIds[0]).value();
    EXPECT_EQ(stay->intendedMoveOut, QDate(2026, 12, 11));
    EXPECT_EQ(stay->noticeGiven, kToday);
}

TEST(NoticeDialog, ALastDayBeforeTheNoticeIsRefusedNextToItAndNothingWritten)
{
    StayingPg pg;
    UiTestContext ui(*pg.workspace);
    ui::stays::NoticeDialog dialog(ui.context, pg.view());
    dialog.startOn(kToday);
    showActive(dialog);
    const qint64 before = changes(pg);
    child<ui::DateField>(&dialog, "moveOutField")->setDate(QDate(2026, 11, 20));
    auto* reason = child<QLineEdit>(&dialog, "reasonLineEdit");
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Going home"));
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("move-out")).isEmpty());
    EXPECT_EQ(reason->text(), QStringLiteral("Going home"));
    EXPECT_EQ(changes(pg), before);
    EXPECT_EQ(bedStatus(pg, 0), QStringLiteral("occupied"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(changes(pg), before);
}

TEST(TransferDialog, MovesToAFreeBedAtANewRent)
{
    StayingPg pg;
    UiTestContext ui(*pg.workspace);
    ui::stays::TransferDialog dialog(ui.context, pg.view());
    dialog.startOn(kToday);
    showActive(dialog);
    auto* beds = child<QComboBox>(&dialog, "bedComboBox");
    ASSERT_EQ(beds->count(), 2); // B and C; A is hers
    EXPECT_EQ(beds->itemText(0), QStringLiteral("101-B (₹\u00A012,000.00)"));
    beds->setFocus();
    QTest::keyClick(beds, Qt::Key_Down);
    EXPECT_EQ(beds->currentData().toString(), pg.bedIds[2]);
    auto* rent = child<ui::AmountField>(&dialog, "newRentField");
    rent->setFocus();
    QTest::keyClicks(rent, QStringLiteral("11,000"));
    QTest::keyClick(rent, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto stay = LiveStay::of(pg.store(), pg.residentIds[0]).value();
    EXPECT_EQ(stay->bedId, pg.bedIds[2]);
    EXPECT_EQ(stay->onBedSince, kToday);
    EXPECT_EQ(stay->rent, Money::fromRupees(11000));
    EXPECT_EQ(bedStatus(pg, 0), QStringLiteral("vacant"));
    EXPECT_EQ(bedStatus(pg, 2), QStringLiteral("occupied"));
}

TEST(TransferDialog, ABadRentIsRefusedNextToItAndNothingWritten)
{
    StayingPg pg;
    UiTestContext ui(*pg.workspace);
    ui::stays::TransferDialog dialog(ui.context, pg.view());
    dialog.startOn(kToday);
    showActive(dialog);
    const qint64 before = changes(pg);
    auto* rent = child<ui::AmountField>(&dialog, "newRentField");
    rent->setFocus();
    QTest::keyClicks(rent, QStringLiteral("abc"));
    QTest::keyClick(rent, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("rent")).isEmpty());
    EXPECT_EQ(rent->text(), QStringLiteral("abc"));
    EXPECT_EQ(changes(pg), before);
    EXPECT_EQ(LiveStay::of(pg.store(), pg.residentIds[0]).value()->bedId, pg.bedIds[0]);
}

TEST(SignAgreementDialog, RecordsTheDayAndRefusesAFutureOne)
{
    StayingPg pg;
    UiTestContext ui(*pg.workspace);
    ui::stays::SignAgreementDialog dialog(ui.context, pg.view());
    dialog.startOn(kToday);
    showActive(dialog);
    auto* signedOn = child<ui::DateField>(&dialog, "signedOnField");
    EXPECT_EQ(signedOn->date(), kToday);
    signedOn->setDate(kToday.addDays(1));
    signedOn->setFocus();
    QTest::keyClick(signedOn, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("date")).isEmpty());
    EXPECT_FALSE(LiveStay::of(pg.store(), pg.residentIds[0]).value()->signedOn.isValid());

    signedOn->setDate(QDate(2026, 10, 1));
    QTest::keyClick(signedOn, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(LiveStay::of(pg.store(), pg.residentIds[0]).value()->signedOn, QDate(2026, 10, 1));
}
