// The invoice list's filters, as a user types and ticks them.
#include "BillingTestPg.h"

#include <billing/InvoiceListModel.h>
#include <billing/InvoiceListPanel.h>
#include <payments/RecordPayment.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace rentflow;
using ui::billing::InvoiceListModel;

namespace {

QStringList residentsShown(const InvoiceListModel& model)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, InvoiceListModel::Resident).data().toString();
    return names;
}

} // namespace

TEST(InvoiceListPanel, FiltersBySearchUnpaidAndStatusAndSaysWhenNothingMatches)
{
    test::BillingTestPg pg;
    ui::billing::InvoiceListPanel panel(pg.ui.context);
    panel.show();
    ASSERT_TRUE(panel.refresh());
    // No invoices yet: the empty state says what to do.
    auto* empty = panel.findChild<QLabel*>(QStringLiteral("invoiceEmpty"));
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().contains(QStringLiteral("Monthly run")));

    pg.billThisMonth();
    // Lakshmi pays ₹5,000 of her ₹12,000: ₹7,000 left; Arjun owes his ₹9,000.
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0],
                          QStringLiteral("5000"),
                          QStringLiteral("cash"),
                          {},
                          QString(),
                          QStringLiteral("dues")},
                         QDate::currentDate())
                    .ok());
    ASSERT_TRUE(panel.refresh());
    EXPECT_EQ(panel.model()->rowCount(), 2);
    // Billed ₹12,000 + ₹9,000 = ₹21,000; owed ₹7,000 + ₹9,000 = ₹16,000.
    EXPECT_TRUE(panel.totalsText().contains(QStringLiteral("billed ₹\u00A021,000.00")));
    EXPECT_TRUE(panel.totalsText().contains(QStringLiteral("still owed ₹\u00A016,000.00")));

    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("invoiceSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("lakSH"));
    QTest::keyClick(search, Qt::Key_Return); // searches now, and moves to the list
    EXPECT_EQ(residentsShown(*panel.model()), QStringList{QStringLiteral("Lakshmi Narayanan")});
    EXPECT_EQ(panel.model()->index(0, InvoiceListModel::Balance).data().toString(),
              QStringLiteral("₹\u00A07,000.00"));
    EXPECT_EQ(panel.model()->index(0, InvoiceListModel::Status).data().toString(),
              QStringLiteral("Partly paid"));
    EXPECT_EQ(panel.focusWidget(), panel.table());

    QTest::keyClicks(search, QStringLiteral("zzz"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_EQ(empty->text(), QStringLiteral("No invoices match these filters."));

    search->clear();
    auto* unpaid = panel.findChild<QCheckBox*>(QStringLiteral("invoiceUnpaidFilter"));
    unpaid->setChecked(true); // both still owe something
    EXPECT_EQ(panel.model()->rowCount(), 2);
    auto* status = panel.findChild<QComboBox*>(QStringLiteral("invoiceStatusFilter"));
    unpaid->setChecked(false);
    status->setCurrentIndex(status->findData(QStringLiteral("cancelled")));
    EXPECT_EQ(panel.model()->rowCount(), 0);
    auto* month = panel.findChild<QComboBox*>(QStringLiteral("invoiceMonthFilter"));
    status->setCurrentIndex(0);
    month->setCurrentIndex(month->findData(test::BillingTestPg::thisMonth()));
    EXPECT_EQ(panel.model()->rowCount(), 2);
    month->setCurrentIndex(month->findData(
        test::BillingTestPg::firstOfMonth().addMonths(-1).toString(QStringLiteral("yyyy-MM"))));
    EXPECT_EQ(panel.model()->rowCount(), 0);
}

TEST(InvoiceListPanel, AFailedReadIsShownAsAnErrorNotAnEmptyList)
{
    test::BillingTestPg pg;
    pg.billThisMonth();
    ui::billing::InvoiceListPanel panel(pg.ui.context);
    panel.show();
    ASSERT_TRUE(panel.refresh());
    ASSERT_EQ(panel.model()->rowCount(), 2);
    // The file goes away under the window (a disk unplugged): every query fails.
    pg.store().database().close();
    EXPECT_FALSE(panel.refresh());
    EXPECT_FALSE(panel.errorText().isEmpty());
    EXPECT_TRUE(panel.findChild<QLabel*>(QStringLiteral("invoiceListError"))->isVisible());
    EXPECT_FALSE(panel.findChild<QLabel*>(QStringLiteral("invoiceEmpty"))->isVisible());
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_TRUE(panel.totalsText().isEmpty()); // no "0 invoices", no ₹\u00A00.00
}
