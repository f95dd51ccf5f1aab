#include <billing/BooksCheck.h>
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <support/TestWorkspace.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

struct DemoRun
{
    DemoRun(int beds, quint32 seed)
    {
        workspace = files.create();
        EXPECT_TRUE(OrganisationRepository(workspace->store())
                        .create({QStringLiteral("Demo PG"), {}, {}, {}, {}, {}})
                        .ok());
        DemoData::Options options;
        options.beds = beds;
        options.months = 2;
        options.seed = seed;
        options.current = BillingPeriod::parse(u"2026-11").value();
        auto result = DemoData(workspace->store()).generate(options);
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message.toStdString());
        if (result.ok())
            counts = result.value();
    }
    QString fingerprint()
    {
        QSqlQuery q(workspace->store().database());
        q.exec(QStringLiteral("SELECT group_concat(number || '=' || total_paise, ',') FROM "
                              "(SELECT number, total_paise FROM invoice ORDER BY number)"));
        return q.next() ? q.value(0).toString() : QString();
    }

    test::TestWorkspace files;
    std::unique_ptr<store::Workspace> workspace;
    DemoData::Counts counts;
};

} // namespace

TEST(DemoData, MakesABusyPgWithBalancedBooks)
{
    DemoRun demo(120, 7);
    EXPECT_EQ(demo.counts.beds, 120);
    EXPECT_GE(demo.counts.residents, 90); // about 90% let
    EXPECT_LT(demo.counts.residents, 120);
    EXPECT_GT(demo.counts.invoices, demo.counts.residents); // two months billed
    EXPECT_GT(demo.counts.payments, 0);
    EXPECT_EQ(BooksCheck::problems(demo.workspace->store()), QStringList());
    QSqlQuery overdue(demo.workspace->store().database());
    ASSERT_TRUE(overdue.exec(
        QStringLiteral("SELECT count(*) FROM invoice i WHERE NOT EXISTS "
                       "(SELECT 1 FROM payment_allocation a WHERE a.invoice_id = i.id)")));
    ASSERT_TRUE(overdue.next());
    EXPECT_GT(overdue.value(0).toInt(), 0); // some residents have not paid
}

TEST(DemoData, TheSameSeedMakesTheSameBusiness)
{
    DemoRun first(60, 3), second(60, 3), other(60, 4);
    EXPECT_EQ(first.fingerprint(), second.fingerprint());
    EXPECT_NE(first.fingerprint(), other.fingerprint());
}

TEST(DemoData, RefusesImpossibleSizes)
{
    test::TestWorkspace files;
    auto workspace = files.create();
    DemoData::Options options;
    options.beds = 0;
    auto refused = DemoData(workspace->store()).generate(options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().fields.first().field, QStringLiteral("beds"));
}
