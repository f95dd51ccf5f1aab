// The check-in wizard driven as the office does, by keyboard: bed → resident → terms →
// summary → Finish; the agreement opens in preview and the deposit demand offers a payment.
#include "StayTestSupport.h"

#include <common/AmountField.h>
#include <common/DateField.h>
#include <common/FormErrors.h>
#include <common/ResidentPicker.h>
#include <inventory/InventoryList.h>
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>
#include <stays/CheckInPages.h>
#include <stays/CheckInWizard.h>
#include <stays/DepositDialogs.h>
#include <stays/LiveStay.h>

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace rentflow;
using namespace rentflow::test;
using ui::stays::CheckInWizard;

namespace {

// Enter on the focused input: the wizard's default button (Next, or Finish on the last page).
void pressEnter(QWizard& wizard)
{
    QWidget* focus = wizard.focusWidget() ? wizard.focusWidget() : wizard.currentPage();
    QTest::keyClick(focus, Qt::Key_Return);
}

InventoryList::BedRow bedRow(SamplePg& pg, int bed)
{
    const auto beds = InventoryList(pg.store()).beds({pg.propertyId, {}}).value();
    for (const auto& row : beds)
        if (row.id == pg.bedIds[bed])
            return row;
    ADD_FAILURE() << "no such bed";
    return {};
}

// Bed page (101-A is the first free bed) → a new resident, typed → the terms page.
void toTermsWithANewResident(CheckInWizard& wizard)
{
    ASSERT_EQ(wizard.currentId(), CheckInWizard::BedPageId);
    auto* bed = child<QComboBox>(&wizard, "bedComboBox");
    EXPECT_EQ(bed->currentText(), QStringLiteral("101-A · rent ₹\u00A012,000.00"));
    bed->setFocus();
    pressEnter(wizard);
    ASSERT_EQ(wizard.currentId(), CheckInWizard::ResidentPageId);
    QTest::mouseClick(child<QRadioButton>(&wizard, "newResidentRadio"), Qt::LeftButton);
    auto* name = child<QLineEdit>(&wizard, "nameLineEdit");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Priya Sharma"));
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(wizard.focusWidget(), QStringLiteral("9845012399"));
    EXPECT_EQ(child<QLineEdit>(&wizard, "phoneLineEdit")->text(), QStringLiteral("9845012399"));
    retype(child<QLineEdit>(&wizard, "addressLineEdit"), QStringLiteral("12 MG Road, Indore"));
    retype(child<QLineEdit>(&wizard, "fatherNameLineEdit"), QStringLiteral("Ravi Sharma"));
    retype(child<QLineEdit>(&wizard, "panLineEdit"), QStringLiteral("ABCPS1234F"));
    pressEnter(wizard);
    ASSERT_EQ(wizard.currentId(), CheckInWizard::TermsPageId);
}

} // namespace

TEST(CheckInWizard, ANewResidentIsCheckedInByKeyboardAndTheAgreementOpens)
{
    SamplePg pg; // room 101: beds A, B, C at ₹12,000; two residents
    fillForDocuments(pg);
    UiTestContext ui(*pg.workspace);
    const QDate today = QDate::currentDate();
    CheckInWizard wizard(ui.context, {}, {}, nullptr, today);
    showActive(wizard);
    toTermsWithANewResident(wizard);

    // Rent starts from the bed's; the licence runs 11 months.
    auto* rent = child<ui::AmountField>(&wizard, "rentField");
    EXPECT_EQ(rent->amount(), Money::fromRupees(12000));
    EXPECT_EQ(child<ui::DateField>(&wizard, "endDateField")->date(),
              today.addMonths(11).addDays(-1));
    retype(child<ui::AmountField>(&wizard, "depositField"), QStringLiteral("24,000"));
    retype(child<ui::AmountField>(&wizard, "foodChargeField"), QStringLiteral("3000"));
    pressEnter(wizard);
    ASSERT_EQ(wizard.currentId(), CheckInWizard::SummaryPageId);
    const QString summary = child<QLabel>(&wizard, "summaryLabel")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("Priya Sharma"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("101-A, Koramangala")));
    EXPECT_TRUE(summary.contains(QStringLiteral("food ₹\u00A03,000.00")));
    EXPECT_TRUE(summary.contains(QStringLiteral("A deposit demand of ₹\u00A024,000.00")));
    EXPECT_EQ(agreements(pg), 0); // nothing written before Finish

    pressEnter(wizard); // Finish
    EXPECT_FALSE(wizard.isVisible());
    EXPECT_EQ(wizard.result(), QDialog::Accepted);

    // The stay: bed A occupied by Priya, rent ₹12,000, deposit ₹24,000 demanded, food.
    const auto stay = LiveStay::of(pg.store(), wizard.residentId()).value();
    ASSERT_TRUE(stay.has_value());
    EXPECT_EQ(stay->bedId, pg.bedIds[0]);
    EXPECT_EQ(stay->rent, Money::fromRupees(12000));
    EXPECT_EQ(stay->deposit, Money::fromRupees(24000));
    const auto bed = bedRow(pg, 0);
    EXPECT_EQ(bed.status, QStringLiteral("occupied"));
    EXPECT_EQ(bed.residentName, QStringLiteral("Priya Sharma"));
    EXPECT_EQ(number(pg.store(), u"SELECT sum(amount_paise) FROM deposit_entry WHERE kind = "
                                 u"'demand'"_qs),
              2400000);
    EXPECT_EQ(number(pg.store(), u"SELECT amount_paise FROM agreement_charge WHERE kind = "
                                 u"'food'"_qs),
              300000);

    // The agreement in preview, made from the real PDF.
    auto* agreement = openPreview(ui::DocumentRef::Kind::Agreement);
    ASSERT_NE(agreement, nullptr);
    EXPECT_EQ(agreement->document().id, wizard.agreementId());
    EXPECT_GE(agreement->pageCount(), 1);

    // The deposit demand: record the payment now; the deposit receipt opens.
    auto demands = openWindows<ui::stays::DepositDemandDialog>();
    ASSERT_EQ(demands.size(), 1);
    EXPECT_TRUE(child<QLabel>(demands.first(), "depositDemandLabel")
                    ->text()
                    .contains(QStringLiteral("₹\u00A024,000.00")));
    QTest::mouseClick(child<QPushButton>(demands.first(), "recordDepositButton"), Qt::LeftButton);
    auto payments = openWindows<ui::stays::DepositPaymentDialog>();
    ASSERT_EQ(payments.size(), 1);
    auto* payment = payments.first();
    EXPECT_EQ(child<ui::AmountField>(payment, "amountField")->amount(), Money::fromRupees(24000));
    auto* reference = child<QLineEdit>(payment, "referenceLineEdit");
    reference->setFocus();
    QTest::keyClicks(reference, QStringLiteral("UTR778899"));
    QTest::keyClick(reference, Qt::Key_Return);
    EXPECT_EQ(number(pg.store(), u"SELECT sum(amount_paise) FROM deposit_entry WHERE kind = "
                                 u"'received'"_qs),
              2400000);
    auto* receipt = openPreview(ui::DocumentRef::Kind::DepositReceipt);
    ASSERT_NE(receipt, nullptr);
    EXPECT_GE(receipt->pageCount(), 1);
    closeOpenedWindows();
}

TEST(CheckInWizard, FromTheBedBoardTheBedAndResidentArePreChosen)
{
    SamplePg pg;
    fillForDocuments(pg);
    UiTestContext ui(*pg.workspace);
    CheckInWizard wizard(ui.context, pg.bedIds[1], pg.residentIds[1], nullptr,
                         QDate::currentDate());
    showActive(wizard);
    EXPECT_EQ(child<QComboBox>(&wizard, "bedComboBox")->currentData().toString(), pg.bedIds[1]);
    pressEnter(wizard);
    ASSERT_EQ(wizard.currentId(), CheckInWizard::ResidentPageId);
    EXPECT_TRUE(child<QRadioButton>(&wizard, "existingResidentRadio")->isChecked());
    pressEnter(wizard);
    ASSERT_EQ(wizard.currentId(), CheckInWizard::TermsPageId);
    retype(child<ui::AmountField>(&wizard, "depositField"), QStringLiteral("0"));
    pressEnter(wizard);
    pressEnter(wizard); // Finish
    ASSERT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_EQ(wizard.residentId(), pg.residentIds[1]);
    EXPECT_EQ(LiveStay::of(pg.store(), pg.residentIds[1]).value()->bedId, pg.bedIds[1]);
    // No deposit: no demand to pay.
    EXPECT_TRUE(openWindows<ui::stays::DepositDemandDialog>().isEmpty());
    EXPECT_NE(openPreview(ui::DocumentRef::Kind::Agreement), nullptr);
    closeOpenedWindows();
}

TEST(CheckInWizard, AnExistingResidentIsFoundByTypingPartOfTheName)
{
    SamplePg pg;
    fillForDocuments(pg);
    UiTestContext ui(*pg.workspace);
    CheckInWizard wizard(ui.context, {}, {}, nullptr, QDate::currentDate());
    showActive(wizard);
    pressEnter(wizard); // bed 101-A
    ASSERT_EQ(wizard.currentId(), CheckInWizard::ResidentPageId);
    // Next without a pick is refused under the picker.
    pressEnter(wizard);
    EXPECT_EQ(wizard.currentId(), CheckInWizard::ResidentPageId);
    EXPECT_FALSE(wizard.residentPage()->errors().messageFor(QStringLiteral("resident")).isEmpty());
    auto* picker = child<ui::ResidentPicker>(&wizard, "residentPicker");
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("arjun"));
    picker->searchNow();
    auto* completer = picker->findChild<QCompleter*>();
    ASSERT_NE(completer, nullptr);
    QAbstractItemView* popup = completer->popup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(picker->residentId(), pg.residentIds[1]); // Arjun Mehta
    pressEnter(wizard);
    ASSERT_EQ(wizard.currentId(), CheckInWizard::TermsPageId);
    retype(child<ui::AmountField>(&wizard, "depositField"), QStringLiteral("0"));
    pressEnter(wizard);
    pressEnter(wizard); // Finish
    ASSERT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_EQ(LiveStay::of(pg.store(), pg.residentIds[1]).value()->bedId, pg.bedIds[0]);
    closeOpenedWindows();
}

TEST(CheckInWizard, BadTermsAreRefusedOnTheirPageAndNothingIsWritten)
{
    SamplePg pg;
    UiTestContext ui(*pg.workspace);
    const QDate today = QDate::currentDate();
    CheckInWizard wizard(ui.context, {}, {}, nullptr, today);
    showActive(wizard);
    toTermsWithANewResident(wizard);
    auto& errors = wizard.termsPage()->errors();
    const qint64 before = changes(pg);

    // Rent emptied.
    retype(child<ui::AmountField>(&wizard, "rentField"), QString());
    retype(child<ui::AmountField>(&wizard, "depositField"), QStringLiteral("abc"));
    pressEnter(wizard);
    EXPECT_EQ(wizard.currentId(), CheckInWizard::TermsPageId);
    EXPECT_FALSE(errors.messageFor(QStringLiteral("rent")).isEmpty());
    // Deposit "abc": not an amount.
    EXPECT_FALSE(errors.messageFor(QStringLiteral("deposit")).isEmpty());
    EXPECT_EQ(child<ui::AmountField>(&wizard, "depositField")->text(), QStringLiteral("abc"));

    // The licence ending before it starts.
    retype(child<ui::AmountField>(&wizard, "rentField"), QStringLiteral("12000"));
    retype(child<ui::AmountField>(&wizard, "depositField"), QStringLiteral("24000"));
    child<ui::DateField>(&wizard, "endDateField")->setDate(today.addDays(-1));
    pressEnter(wizard);
    EXPECT_EQ(wizard.currentId(), CheckInWizard::TermsPageId);
    EXPECT_TRUE(errors.messageFor(QStringLiteral("rent")).isEmpty());
    EXPECT_FALSE(errors.messageFor(QStringLiteral("end-date")).isEmpty());

    // Back keeps what was typed, on every page.
    wizard.back();
    EXPECT_EQ(child<QLineEdit>(&wizard, "nameLineEdit")->text(), QStringLiteral("Priya Sharma"));
    wizard.next();
    EXPECT_EQ(child<ui::AmountField>(&wizard, "depositField")->text(), QStringLiteral("24000"));

    wizard.reject(); // Esc
    EXPECT_EQ(agreements(pg), 0);
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM resident"_qs), 2);
    EXPECT_EQ(changes(pg), before);
}

TEST(CheckInWizard, ARefusalAtFinishGoesBackToTheFieldsPage)
{
    SamplePg pg;
    UiTestContext ui(*pg.workspace);
    CheckInWizard wizard(ui.context, {}, {}, nullptr, QDate::currentDate());
    showActive(wizard);
    toTermsWithANewResident(wizard);
    // A phone of too few digits passes the page (it is not empty) but the resident
    // repository refuses it: Finish goes back to the resident page, the message under it.
    wizard.back();
    retype(child<QLineEdit>(&wizard, "phoneLineEdit"), QStringLiteral("12345"));
    pressEnter(wizard);
    retype(child<ui::AmountField>(&wizard, "depositField"), QStringLiteral("0"));
    pressEnter(wizard);
    ASSERT_EQ(wizard.currentId(), CheckInWizard::SummaryPageId);
    pressEnter(wizard); // Finish
    EXPECT_TRUE(wizard.isVisible());
    EXPECT_EQ(wizard.currentId(), CheckInWizard::ResidentPageId);
    EXPECT_FALSE(wizard.residentPage()->errors().messageFor(QStringLiteral("phone")).isEmpty());
    EXPECT_EQ(child<QLineEdit>(&wizard, "phoneLineEdit")->text(), QStringLiteral("12345"));
    EXPECT_EQ(agreements(pg), 0);
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM resident"_qs), 2);
    EXPECT_TRUE(openWindows<ui::DocumentPreviewDialog>().isEmpty());
}

TEST(CheckInWizard, WhenNoBedIsFreeThePageSaysSoAndCannotGoOn)
{
    SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    pg.checkIn(1, 1, QDate(2026, 11, 1));
    UiTestContext ui(*pg.workspace);
    CheckInWizard wizard(ui.context, {}, {}, nullptr, QDate(2026, 11, 22));
    showActive(wizard);
    auto* beds = child<QComboBox>(&wizard, "bedComboBox");
    EXPECT_EQ(beds->count(), 1); // A and B are let: only C
    EXPECT_EQ(beds->currentData().toString(), pg.bedIds[2]);
    // C booked from 1 December for someone else: from 22 November nothing is free.
    const QString third =
        ResidentRepository(pg.store())
            .add({QStringLiteral("Kavya Rao"), QStringLiteral("9845012377"), {}, {}, {}})
            .value();
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({third, pg.bedIds[2], QStringLiteral("2026-12-01"),
                          QStringLiteral("12000"), QStringLiteral("0")},
                         QDate(2026, 11, 22))
                    .ok());
    auto* date = child<ui::DateField>(&wizard, "checkInDateField");
    date->setDate(QDate(2026, 11, 23));
    EXPECT_EQ(beds->count(), 0);
    EXPECT_TRUE(child<QLabel>(&wizard, "noBedLabel")->text().startsWith(QStringLiteral("No bed")));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}
