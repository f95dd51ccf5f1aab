#include <billing/BooksCheck.h>
#include <demo/DemoData.h>
#include <demo/DemoProfiles.h>
#include <domain/Aadhaar.h>
#include <inventory/PropertyRepository.h>
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

TEST(DemoData, CashPaymentsHaveNoReferenceAndUpiOnesHaveTheirs)
{
    DemoRun demo(40, 3);
    const auto count = [&](const char* where) {
        QSqlQuery q(demo.workspace->store().database());
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT count(*) FROM payment WHERE ") + QLatin1String(where)));
        return q.next() ? q.value(0).toInt() : -1;
    };
    // The demo pays by cash or UPI only.
    EXPECT_GT(count("method = 'cash'"), 0);
    EXPECT_GT(count("method = 'upi'"), 0);
    EXPECT_EQ(count("method NOT IN ('cash', 'upi')"), 0);
    EXPECT_EQ(count("method = 'cash' AND coalesce(reference, '') <> ''"), 0);
    EXPECT_EQ(count("method = 'upi' AND coalesce(reference, '') NOT LIKE 'UTR%'"), 0);
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
    // The agreement's licensor: an address and a PAN (an individual's: 4th letter P).
    EXPECT_TRUE(org.address.contains(QStringLiteral("Bengaluru 560034")));
    EXPECT_EQ(org.pan, QStringLiteral("AKXPR4821M"));
    // The premises: the first property is in Koramangala, PIN 560034, with its rules.
    const Property property = PropertyRepository(store).list().value().first();
    EXPECT_EQ(property.name, QStringLiteral("Koramangala"));
    EXPECT_EQ(property.pincode, QStringLiteral("560034"));
    EXPECT_TRUE(property.address.endsWith(QStringLiteral("Main Road, Koramangala")));
    EXPECT_EQ(property.houseRules.count(QLatin1Char('\n')), 5); // six rules, one a line

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
    // Every one has an Aadhaar (stored masked); every 3rd (index 1, 4, 7, …) a PAN:
    // of indexes 0…N-1, ⌊(N + 1) / 3⌋ are 1 mod 3.
    EXPECT_EQ(number("SELECT count(*) FROM resident WHERE aadhaar_masked IS NULL OR "
                     "aadhaar_masked NOT LIKE 'XXXX XXXX ____'"),
              0);
    EXPECT_EQ(number("SELECT count(*) FROM resident WHERE pan IS NOT NULL"),
              (demo.counts.residents + 1) / 3);
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

TEST(DemoData, EveryResidentHasAValidAadhaarNumber)
{
    // Index 0: 20000000000 + 3571113171 = 23571113171. Verhoeff over its digits from the
    // right, positions 1…11 (d = D5 product, p = permutation, c starts at 0):
    // 1:p1(1)=5 c=d(0,5)=5; 7:p2(7)=1 c=d(5,1)=9; 1:p3(1)=9 c=d(9,9)=0; 3:p4(3)=3 c=3;
    // 1:p5(1)=2 c=d(3,2)=0; 1:p6(1)=7 c=7; 1:p7(1)=0 c=d(7,0)=7; 7:p0(7)=7 c=d(7,7)=0;
    // 5:p1(5)=8 c=8; 3:p2(3)=3 c=d(8,3)=5; 2:p3(2)=1 c=d(5,1)=9; inverse of 9 is 9.
    EXPECT_EQ(DemoProfiles::aadhaarNumber(0), QStringLiteral("235711131719"));
    // Index 1: 20000000000 + (3571113171 + 829348061) = 24400461232; the same walk ends
    // at c = 2, whose inverse is 3.
    EXPECT_EQ(DemoProfiles::aadhaarNumber(1), QStringLiteral("244004612323"));
    // Every one of a large demo's numbers parses: 12 digits, not starting 0 or 1, and its
    // check digit right (Aadhaar::parse says which when not).
    for (int index = 0; index < 100000; index += 97) {
        const QString number = DemoProfiles::aadhaarNumber(index);
        const auto parsed = Aadhaar::parse(number);
        EXPECT_TRUE(parsed.isValid()) << index << ' ' << number.toStdString();
    }
}
