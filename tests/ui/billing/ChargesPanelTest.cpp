// One-off charges and waivers from the window (Charges, as `rentflowctl charge add/waive`).
#include "BillingTestPg.h"

#include <billing/ChargeListModel.h>
#include <billing/Charges.h>
#include <billing/ChargesPanel.h>
#include <billing/CorrectionDialog.h>
#include <billing/InvoiceRepository.h>
#include <common/AmountField.h>
#include <common/FormErrors.h>
#include <common/ResidentPicker.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace rentflow;
using ui::billing::ChargeListModel;

namespace {

struct ChargesForm
{
    explicit ChargesForm(ui::billing::ChargesPanel& panel)
        : resident(panel.findChild<ui::ResidentPicker*>(QStringLiteral("chargeResident"))),
          amount(panel.findChild<ui::AmountField*>(QStringLiteral("chargeAmount"))),
          description(panel.findChild<QLineEdit*>(QStringLiteral("chargeDescription"))),
          add(panel.findChild<QPushButton*>(QStringLiteral("addChargeButton")))
    {}
    ui::ResidentPicker* resident;
    ui::AmountField* amount;
    QLineEdit* description;
    QPushButton* add;
};

} // namespace

TEST(ChargesPanel, BadInputIsRefusedNextToTheFieldAndNothingIsWritten)
{
    test::BillingTestPg pg;
    ui::billing::ChargesPanel panel(pg.ui.context);
    panel.show();
    ChargesForm form(panel);
    ASSERT_TRUE(form.resident && form.amount && form.description && form.add);

    // Nothing chosen, nothing typed: each required field says so.
    QTest::mouseClick(form.add, Qt::LeftButton);
    EXPECT_FALSE(panel.errors().messageFor(QStringLiteral("resident")).isEmpty());
    EXPECT_FALSE(panel.errors().messageFor(QStringLiteral("amount")).isEmpty());
    EXPECT_FALSE(panel.errors().messageFor(QStringLiteral("description")).isEmpty());
    EXPECT_EQ(pg.count("charge"), 0);

    // A resident, an amount that is not one, a description: refused under the amount
    // only, and what was typed stays.
    panel.setResident(pg.residentIds[0]);
    form.amount->setFocus();
    QTest::keyClicks(form.amount, QStringLiteral("5OO"));
    QTest::keyClicks(form.description, QStringLiteral("Key replacement"));
    QTest::keyClick(form.description, Qt::Key_Return);
    EXPECT_TRUE(panel.errors().messageFor(QStringLiteral("resident")).isEmpty());
    EXPECT_FALSE(panel.errors().messageFor(QStringLiteral("amount")).isEmpty());
    EXPECT_TRUE(panel.errors().messageFor(QStringLiteral("description")).isEmpty());
    EXPECT_EQ(form.amount->text(), QStringLiteral("5OO"));
    EXPECT_EQ(form.description->text(), QStringLiteral("Key replacement"));
    EXPECT_EQ(pg.count("charge"), 0);

    // A negative amount: the engine refuses it, next to the amount.
    form.amount->clear();
    QTest::keyClicks(form.amount, QStringLiteral("-500"));
    QTest::keyClick(form.amount, Qt::Key_Return);
    EXPECT_FALSE(panel.errors().messageFor(QStringLiteral("amount")).isEmpty());
    EXPECT_EQ(pg.count("charge"), 0);
}

TEST(ChargesPanel, AddsAChargeAndWaivesItWithAReason)
{
    test::BillingTestPg pg;
    ui::billing::ChargesPanel panel(pg.ui.context);
    panel.show();
    ChargesForm form(panel);
    // Type part of the name, pick the match from the popup with Down and Enter.
    form.resident->setFocus();
    QTest::keyClicks(form.resident, QStringLiteral("laksh"));
    form.resident->searchNow();
    auto* completer = form.resident->findChild<QCompleter*>();
    ASSERT_NE(completer, nullptr);
    QWidget* popup = completer->popup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    ASSERT_EQ(form.resident->residentId(), pg.residentIds[0]);
    form.amount->setFocus();
    QTest::keyClicks(form.amount, QStringLiteral("1,250.50"));
    QTest::keyClicks(form.description, QStringLiteral("Key replacement"));
    QTest::keyClick(form.description, Qt::Key_Return);
    ASSERT_EQ(pg.count("charge"), 1);
    EXPECT_EQ(
        test::text(pg.store(), QStringLiteral("SELECT resident_id || '|' || amount_paise || "
                                              "'|' || description || '|' || kind FROM charge")),
        pg.residentIds[0] + QStringLiteral("|125050|Key replacement|one_off"));
    EXPECT_TRUE(form.amount->text().isEmpty()); // ready for the next one
    const ChargeListModel& model = *panel.model();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ChargeListModel::Amount).data().toString(),
              QStringLiteral("₹\u00A01,250.50"));
    EXPECT_EQ(model.index(0, ChargeListModel::State).data().toString(),
              QStringLiteral("For the next invoice"));

    // Waive it: the reason is required.
    QTableView* table = panel.table();
    table->setFocus();
    table->setCurrentIndex(model.index(0, 0));
    auto* waive = panel.findChild<QPushButton*>(QStringLiteral("waiveChargeButton"));
    ASSERT_TRUE(waive->isEnabled());
    QTest::mouseClick(waive, Qt::LeftButton);
    ui::billing::CorrectionDialog* dialog = panel.waiveDialog();
    ASSERT_NE(dialog, nullptr);
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonField"));
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errors().messageFor(QStringLiteral("reason")).isEmpty());
    EXPECT_EQ(test::number(pg.store(), QStringLiteral("SELECT waived FROM charge")), 0);

    QTest::keyClicks(reason, QStringLiteral("Goodwill"));
    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_EQ(
        test::text(pg.store(), QStringLiteral("SELECT waived || '|' || waiver_reason FROM charge")),
        QStringLiteral("1|Goodwill"));
    EXPECT_EQ(model.index(0, ChargeListModel::State).data().toString(),
              QStringLiteral("Waived: Goodwill"));
    EXPECT_FALSE(waive->isEnabled()); // a waived charge cannot be waived again

    // The month's run does not bill it: Lakshmi's invoice is her rent alone, ₹12,000.
    pg.billThisMonth();
    EXPECT_EQ(test::number(pg.store(), QStringLiteral("SELECT total_paise FROM invoice WHERE "
                                                      "resident_id = '%1'")
                                           .arg(pg.residentIds[0])),
              1200000);
}

TEST(ChargesPanel, WaivingABilledChargeCreditsItOffItsInvoice)
{
    test::BillingTestPg pg;
    // A ₹500 key charge, billed with Lakshmi's rent: ₹12,000 + ₹500 = ₹12,500.
    ASSERT_TRUE(Charges(pg.store())
                    .add({pg.residentIds[0], QStringLiteral("500"), QStringLiteral("Key"),
                          QStringLiteral("one_off"), QString()},
                         QDate::currentDate())
                    .ok());
    pg.billThisMonth();
    const QString invoice = pg.invoiceOf(0);
    ASSERT_EQ(test::number(pg.store(), QStringLiteral("SELECT total_paise FROM invoice WHERE id "
                                                      "= '%1'")
                                           .arg(invoice)),
              1250000);
    ui::billing::ChargesPanel panel(pg.ui.context);
    panel.show();
    panel.setResident(pg.residentIds[0]);
    const ChargeListModel& model = *panel.model();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ChargeListModel::State).data().toString(),
              QStringLiteral("Billed on ") + test::BillingTestPg::invoiceNumber(1));
    panel.table()->setCurrentIndex(model.index(0, 0));
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("waiveChargeButton")),
                      Qt::LeftButton);
    auto* reason = panel.waiveDialog()->findChild<QLineEdit*>(QStringLiteral("reasonField"));
    QTest::keyClicks(reason, QStringLiteral("Key found"));
    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(reason, Qt::Key_Return);
    // A credit note of ₹500 (exempt: no tax) takes it off: ₹12,500 − ₹500 = ₹12,000 owed.
    EXPECT_EQ(test::number(pg.store(), QStringLiteral("SELECT total_paise FROM credit_note WHERE "
                                                      "invoice_id = '%1'")
                                           .arg(invoice)),
              50000);
    EXPECT_EQ(InvoiceRepository(pg.store())
                  .list({test::BillingTestPg::thisMonth(), pg.residentIds[0]})
                  .value()
                  .at(0)
                  .balance,
              Money::fromRupees(12000));
    EXPECT_TRUE(panel.noticeText().contains(QStringLiteral("credit note")));
    EXPECT_EQ(model.index(0, ChargeListModel::State).data().toString(),
              QStringLiteral("Waived: Key found"));
}
