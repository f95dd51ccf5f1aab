// SPEC §4.5 in a workspace: the shipped rule table's SAC after schema v5, and the
// monthly run taking the payment date of CGST Act s.14 from the advance credit.
#include <billing/MonthlyRun.h>
#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <store/Migrator.h>
#include <store/RecordWriter.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

using test::number;
using test::text;

OrganisationInput registered()
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    return org;
}

} // namespace

TEST(GstWorkspace, SchemaFiveGivesTheShippedAccommodationRulesSac996322)
{
    test::SamplePg pg(registered());
    // As a workspace made before schema v5: the taxed rules said 996311; plus an
    // operator's own rule with that code, which must stay as the operator left it.
    QSqlQuery q(pg.store().database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE tax_rule SET sac = '996311' WHERE category = "
                                      "'accommodation' AND exempt = 0")));
    {
        store::Transaction tx(pg.store());
        ASSERT_TRUE(store::RecordWriter(pg.store())
                        .insert(QStringLiteral("tax_rule"),
                                {{QStringLiteral("category"), QStringLiteral("accommodation")},
                                 {QStringLiteral("sac"), QStringLiteral("996311")},
                                 {QStringLiteral("description"), QStringLiteral("Guest house")},
                                 {QStringLiteral("rate_bp"), 1200},
                                 {QStringLiteral("priority"), 99},
                                 {QStringLiteral("effective_from"), QDate(2017, 7, 1)}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_EQ(
        number(pg.store(), QStringLiteral("SELECT count(*) FROM tax_rule WHERE sac = '996311'")),
        3);
    const auto& steps = store::Migrator::bundled();
    const auto five =
        std::find_if(steps.begin(), steps.end(),
                     [](const store::Migrator::Migration& m) { return m.version == 5; });
    ASSERT_NE(five, steps.end());
    ASSERT_TRUE(store::Migrator(pg.store().database()).apply(*five).ok());
    // The two shipped taxed rules (12% and 5%) now say 996322, like the exempt one.
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM tax_rule WHERE category = "
                                                "'accommodation' AND sac = '996322'")),
              3);
    EXPECT_EQ(
        text(pg.store(), QStringLiteral("SELECT description FROM tax_rule WHERE sac = '996311'")),
        QStringLiteral("Guest house"));
}

TEST(GstWorkspace, TheRunTakesAnAdvancesDateAsThePaymentDate)
{
    test::SamplePg pg(registered());
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2025-04-01"),
                          QStringLiteral("25000"), QStringLiteral("0")},
                         QDate(2025, 4, 1))
                    .ok());
    // ₹30,000 paid on 25-08-2025, before the 22-09-2025 change, and not yet used.
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("30000"), QStringLiteral("upi"),
                          QStringLiteral("UTR9"), QStringLiteral("2025-08-25")},
                         QDate(2025, 8, 25))
                    .ok());
    const BillingPeriod september = BillingPeriod::parse(u"2025-09").value();
    auto run = MonthlyRun(pg.store()).run({september, QDate(2025, 10, 1), false, {}});
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    ASSERT_EQ(run.value().numbers.size(), 1);
    // Days 1–21: 17,500 + 12% (2,100); days 22–30: 7,500 + 5% (375). Total 27,475.
    EXPECT_EQ(run.value().total, Money::fromPaise(2747500));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice_line WHERE "
                                                "rate_bp = 1200 AND taxable_paise = 1750000")),
              1);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice_line WHERE "
                                                "rate_bp = 500 AND taxable_paise = 750000")),
              1);
    // The advance paid it: 30,000 − 27,475 = 2,525 of credit left.
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT sum(amount_paise) FROM "
                                                "payment_allocation WHERE reversed = 0")),
              2747500);
}
