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

TEST(DemoData, ShowsWhatDocumentsPrint)
{
    DemoRun demo(120, 7);
    store::Store& store = demo.workspace->store();
    const Organisation org = *OrganisationRepository(store).current().value();
    EXPECT_EQ(org.name, QStringLiteral("Demo PG")); // what the user typed stays
    EXPECT_EQ(org.bankIfsc, QStringLiteral("SBIN0040277"));
    EXPECT_EQ(org.bankAccount, QStringLiteral("32165498701"));
    EXPECT_EQ(org.signatoryName, QStringLiteral("Asha Rao"));
    EXPECT_FALSE(org.invoiceTerms.isEmpty());

    QSqlQuery q(store.database());
    const auto number = [&](const char* sql) {
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql))) << sql;
        return q.next() ? q.value(0).toInt() : -1;
    };
    // Every 4th resident (the 4th, 8th, …) reads Hindi: ⌊residents / 4⌋ of them.
    EXPECT_EQ(number("SELECT count(*) FROM resident WHERE language = 'hi'"),
              demo.counts.residents / 4);
    // Every resident has the police form's facts.
    EXPECT_EQ(number("SELECT count(*) FROM resident WHERE permanent_address IS NULL OR "
                     "date_of_birth IS NULL OR gender IS NULL OR father_name IS NULL OR "
                     "occupation IS NULL"),
              0);
    // 18 to 34 on the day the demo runs (2026-11-01): born 1991-11-… to 2008-11-01.
    EXPECT_EQ(number("SELECT count(*) FROM resident WHERE date_of_birth > '2008-11-01' OR "
                     "date_of_birth < '1991-11-01'"),
              0);
    // The 8th resident (index 7) is a registered business, the 108th the second one.
    // Its GSTIN: 29 AABCD1007E 1 Z and the check character of "29AABCD1007E1Z": values
    // 2 9 10 10 11 12 13 1 0 0 7 14 1 35 weighted 1,2,1,2,…: 2 18 10 20 11 24 13 2 0 0 7 28
    // 1 70; base-36 digit sums 2+18+10+20+11+24+13+2+0+0+7+28+1+(1+34) = 171; 171 mod 36 =
    // 27; 36 - 27 = 9: "29AABCD1007E1Z9".
    EXPECT_EQ(number("SELECT count(*) FROM resident WHERE gstin IS NOT NULL"),
              demo.counts.residents >= 108 ? 2 : 1);
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT id, gstin FROM resident ORDER BY id LIMIT 1 OFFSET 7")));
    ASSERT_TRUE(q.next());
    const QString business = q.value(0).toString();
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("29AABCD1007E1Z9"));
    // Its invoices are B2B: every one carries the GSTIN.
    q.prepare(QStringLiteral("SELECT count(*), sum(recipient_gstin = '29AABCD1007E1Z9') FROM "
                             "invoice WHERE resident_id = ?"));
    q.addBindValue(business);
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_GT(q.value(0).toInt(), 0);
    EXPECT_EQ(q.value(1).toInt(), q.value(0).toInt());
    EXPECT_EQ(BooksCheck::problems(store), QStringList());
}
