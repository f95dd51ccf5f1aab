#include <billing/MonthlyRun.h>
#include <stays/CheckIn.h>
#include <store/RecordWriter.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

Money rupees(qint64 r)
{
    return Money::fromRupees(r);
}

qint64 count(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

MonthlyRun::Options month(const char16_t* yyyymm, bool preview = false)
{
    const BillingPeriod period = BillingPeriod::parse(yyyymm).value();
    // Run on its issue day, so months after the real today can be billed.
    return MonthlyRun::Options{period, period.firstDay(), preview, {}, period.firstDay()};
}

// Two residents in room 101: one from 17 October, one from 17 November.
void checkInBoth(test::SamplePg& pg, const QString& rent = QStringLiteral("12000"))
{
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-10-17"), rent,
                          QStringLiteral("0")},
                         QDate(2026, 10, 17))
                    .ok());
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[1], pg.bedIds[1], QStringLiteral("2026-11-17"), rent,
                          QStringLiteral("0")},
                         QDate(2026, 11, 17))
                    .ok());
}

} // namespace

TEST(MonthlyRun, IssuesOneConsecutivelyNumberedInvoicePerStayAndNothingTheSecondTime)
{
    test::SamplePg pg;
    checkInBoth(pg);
    auto first = MonthlyRun(pg.store()).run(month(u"2026-11"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first.value().numbers,
              (QStringList{QStringLiteral("KORA/2627/0001"), QStringLiteral("KORA/2627/0002")}));
    EXPECT_EQ(first.value().total, rupees(12000) + rupees(5600)); // a full month and 14 of 30 days
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT sum(total_paise) FROM invoice")), 1760000);

    auto again = MonthlyRun(pg.store()).run(month(u"2026-11"));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().numbers.isEmpty());
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM invoice")), 2);

    auto december = MonthlyRun(pg.store()).run(month(u"2026-12"));
    EXPECT_EQ(december.value().numbers,
              (QStringList{QStringLiteral("KORA/2627/0003"), QStringLiteral("KORA/2627/0004")}));
}

TEST(MonthlyRun, APreviewComputesEverythingAndWritesNothing)
{
    test::SamplePg pg;
    checkInBoth(pg);
    const qint64 audits = count(pg.store(), QStringLiteral("SELECT count(*) FROM change_log"));
    auto preview = MonthlyRun(pg.store()).run(month(u"2026-11", true));
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview.value().drafts.size(), 2);
    EXPECT_EQ(preview.value().total, rupees(17600));
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM invoice")), 0);
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM change_log")), audits);
}

TEST(MonthlyRun, ACancelledRunLeavesNothingHalfDone)
{
    test::SamplePg pg;
    checkInBoth(pg);
    MonthlyRun::Options options = month(u"2026-11");
    options.progress = [](int done, int) {
        return done < 1;
    }; // cancel after the first invoice
    auto cancelled = MonthlyRun(pg.store()).run(options);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_TRUE(cancelled.value().cancelled);
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM invoice")), 0);
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM document_series")), 0);
    // Nothing was used up: the next full run starts at 0001.
    EXPECT_EQ(MonthlyRun(pg.store()).run(month(u"2026-11")).value().numbers.first(),
              QStringLiteral("KORA/2627/0001"));
}

TEST(MonthlyRun, BillsAOneOffChargeExactlyOnce)
{
    test::SamplePg pg;
    checkInBoth(pg);
    {
        store::Transaction tx(pg.store());
        ASSERT_TRUE(
            store::RecordWriter(pg.store())
                .insert(QStringLiteral("charge"),
                        {{QStringLiteral("resident_id"), pg.residentIds[0]},
                         {QStringLiteral("kind"), QStringLiteral("damage")},
                         {QStringLiteral("description"), QStringLiteral("Broken window pane")},
                         {QStringLiteral("amount_paise"), 150000},
                         {QStringLiteral("charge_date"), QDate(2026, 11, 5)}})
                .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto november = MonthlyRun(pg.store()).run(month(u"2026-11"));
    EXPECT_EQ(november.value().total, rupees(17600 + 1500));
    auto december = MonthlyRun(pg.store()).run(month(u"2026-12"));
    EXPECT_EQ(december.value().total, rupees(24000));
    EXPECT_EQ(count(pg.store(),
                    QStringLiteral("SELECT count(*) FROM charge WHERE invoice_id IS NOT NULL")),
              1);
}

TEST(MonthlyRun, ARegisteredSupplierIssuesTaxInvoicesWithCgstAndSgst)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    test::SamplePg pg(org);
    checkInBoth(pg, QStringLiteral("21000"));
    ASSERT_TRUE(MonthlyRun(pg.store()).run(month(u"2026-12")).ok());
    QSqlQuery q(pg.store().database());
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT document_type, cgst_paise, sgst_paise, total_paise, supplier_gstin, "
                       "place_of_supply FROM invoice ORDER BY number LIMIT 1")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("tax_invoice"));
    EXPECT_EQ(q.value(1).toLongLong(), 52500);
    EXPECT_EQ(q.value(2).toLongLong(), 52500);
    EXPECT_EQ(q.value(3).toLongLong(), 2205000);
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("29ABCPE1234F1Z7"));
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("29"));
    EXPECT_EQ(
        count(pg.store(), QStringLiteral("SELECT count(*) FROM invoice_line WHERE sac = '996311'")),
        2);
}

TEST(MonthlyRun, NumbersRestartEachFirstOfApril)
{
    test::SamplePg pg;
    checkInBoth(pg);
    ASSERT_TRUE(MonthlyRun(pg.store()).run(month(u"2027-03")).ok());
    auto april = MonthlyRun(pg.store()).run(month(u"2027-04"));
    EXPECT_EQ(april.value().numbers.first(), QStringLiteral("KORA/2728/0001"));
}
