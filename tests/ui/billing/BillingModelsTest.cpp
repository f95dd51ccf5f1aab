// Every item model of the billing screen passes QAbstractItemModelTester with real data.
#include "BillingTestPg.h"

#include <billing/ChargeListModel.h>
#include <billing/Charges.h>
#include <billing/InvoiceListModel.h>
#include <billing/InvoiceRepository.h>
#include <billing/RunPreviewModel.h>

#include <QAbstractItemModelTester>

using namespace rentflow;
using ui::billing::ChargeListModel;
using ui::billing::InvoiceListModel;
using ui::billing::RunPreviewModel;

TEST(BillingModels, InvoiceListModelPassesTheTesterAndLoadsAPageAtATime)
{
    test::BillingTestPg pg;
    pg.billThisMonth();
    auto invoices = InvoiceRepository(pg.store()).list({});
    ASSERT_TRUE(invoices.ok());
    InvoiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInvoices(invoices.value());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.index(0, InvoiceListModel::Number).data().toString(),
              test::BillingTestPg::invoiceNumber(1));
    EXPECT_EQ(model.index(0, InvoiceListModel::Number).data(InvoiceListModel::IdRole).toString(),
              invoices.value()[0].id);

    // 450 rows (the two real invoices repeated): shown 200, then 200 more, then 50.
    QList<InvoiceSummary> many;
    for (int i = 0; i < 225; ++i)
        many << invoices.value();
    model.setInvoices(many);
    EXPECT_EQ(model.rowCount(), 200);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST(BillingModels, RunPreviewModelPassesTheTester)
{
    test::BillingTestPg pg;
    const BillingPeriod period = BillingPeriod::parse(test::BillingTestPg::thisMonth()).value();
    auto preview = MonthlyRun(pg.store()).run({period, QDate::currentDate(), true, {}, {}});
    ASSERT_TRUE(preview.ok());
    RunPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRun(preview.value().drafts, {}, {{pg.residentIds[0], QStringLiteral("101-A")}});
    EXPECT_EQ(model.rowCount(), 2);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(BillingModels, ChargeListModelPassesTheTester)
{
    test::BillingTestPg pg;
    Charges charges(pg.store());
    ASSERT_TRUE(charges
                    .add({pg.residentIds[0], QStringLiteral("500"), QStringLiteral("Key"),
                          QStringLiteral("one_off"), QString()},
                         QDate::currentDate())
                    .ok());
    ASSERT_TRUE(charges
                    .add({pg.residentIds[0], QStringLiteral("800"), QStringLiteral("Chair"),
                          QStringLiteral("damage"), QString()},
                         QDate::currentDate())
                    .ok());
    ChargeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCharges(chargesOfResident(pg.store(), pg.residentIds[0]).value());
    EXPECT_EQ(model.rowCount(), 2);
    model.setCharges({});
    EXPECT_EQ(model.rowCount(), 0);
}
