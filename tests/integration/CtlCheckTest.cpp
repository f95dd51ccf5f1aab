// `rentflowctl check` finds what is wrong in the books (issue 8 §1): each problem is
// planted through SQL in a test workspace, then `check` (run in-process) reports it.
#include "CtlInProcess.h"

#include <billing/BooksCheck.h>
#include <inventory/MeterRepository.h>
#include <support/Probe.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>

#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// Sunrise PG with room 101's meter at ₹8 a unit, read on 30 September (100 units) and
// 31 October (200 units); Lakshmi Narayanan on 101-A from 1 October at ₹12,000.
// November is billed on 1 November (KORA/2627/0001: rent ₹12,000, exempt, and her
// share of October's 100 units), December on 1 December (KORA/2627/0002: rent only).
class CtlCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store::Store& s = pg.store();
        ASSERT_TRUE(MeterRepository(s).setTariff({pg.meterId, QStringLiteral("8"), {}, {}}).ok());
        for (const auto& [day, value] :
             {std::pair{u"2026-09-30", u"100"}, std::pair{u"2026-10-31", u"200"}})
            ASSERT_TRUE(RecordReading(s)
                            .run({pg.meterId, QString::fromUtf16(day), QString::fromUtf16(value)},
                                 QDate(2026, 10, 31))
                            .ok());
        pg.checkIn(0, 0, QDate(2026, 10, 1));
        pg.bill(u"2026-11");
        pg.bill(u"2026-12");
        ASSERT_EQ(test::number(s, QStringLiteral("SELECT count(*) FROM invoice_line WHERE kind = "
                                                 "'utility'")),
                  1);
        agreement = test::text(s, QStringLiteral("SELECT id FROM agreement"));
        december = test::text(s, QStringLiteral("SELECT id FROM invoice WHERE number = "
                                                "'KORA/2627/0002'"));
        ASSERT_EQ(checkProblems(), QStringList()); // sound before anything is planted
    }

    void plant(const QString& sql)
    {
        QSqlQuery q(pg.store().database());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }

    // `rentflowctl check --json`: its problems; the exit code is 1 when there are any.
    QStringList checkProblems()
    {
        const auto run = test::runCtlInProcess(pg.files.path(), {QStringLiteral("check")});
        QStringList problems;
        for (const QJsonValue& p : run.json().value(QStringLiteral("problems")).toArray())
            problems << p.toString();
        EXPECT_EQ(run.exitCode, problems.isEmpty() ? 0 : 1) << run.err.toStdString();
        EXPECT_EQ(run.json().value(QStringLiteral("ok")).toBool(), problems.isEmpty());
        return problems;
    }

    // A copy of the utility line on the December invoice, billing reading `readingId`.
    QString utilityLineOnDecember(const QString& readingId, const QString& createdAt)
    {
        return QStringLiteral(
                   "INSERT INTO invoice_line (id, invoice_id, position, kind, description, "
                   "taxable_paise, total_paise, source_id, created_at, updated_at, hlc, "
                   "origin_device) SELECT 'planted-line', '%1', 99, 'utility', description, "
                   "taxable_paise, total_paise, %2, %3, updated_at, hlc, origin_device FROM "
                   "invoice_line WHERE kind = 'utility'")
            .arg(december, readingId, createdAt);
    }

    test::SamplePg pg;
    QString agreement;
    QString december;
};

} // namespace

TEST_F(CtlCheckTest, FindsTheSameIntervalBilledTwiceToAStay)
{
    // October's units (the interval closed by the 31 October reading) on December's invoice too.
    plant(utilityLineOnDecember(QStringLiteral("source_id"), QStringLiteral("created_at")));
    const QStringList problems = checkProblems();
    ASSERT_EQ(problems.size(), 1) << problems.join(QLatin1Char('\n')).toStdString();
    // October's interval is 1 to 31 October (the day after the 30 September reading).
    EXPECT_EQ(problems[0], QStringLiteral("Electricity, room 101, 01-10-2026 to 31-10-2026: "
                                          "billed to the same stay 2 times (KORA/2627/0001, "
                                          "KORA/2627/0002)"));
}

TEST_F(CtlCheckTest, FindsAReadingInsideABilledIntervalBilledAgain)
{
    // A reading of 15 October entered after November's invoice billed 30 Sep → 31 Oct,
    // then billed on December's: the units from 30 September to 15 October are on both.
    plant(QStringLiteral(
        "INSERT INTO meter_reading (id, meter_id, reading_date, value_hundredths, "
        "created_at, updated_at, hlc, origin_device) SELECT 'late-reading', meter_id, "
        "'2026-10-15', 15000, '9999-01-01T00:00:00.000Z', updated_at, hlc, origin_device "
        "FROM meter_reading WHERE reading_date = '2026-10-31'"));
    plant(utilityLineOnDecember(QStringLiteral("'late-reading'"),
                                QStringLiteral("'9999-01-02T00:00:00.000Z'")));
    const QStringList problems = checkProblems();
    ASSERT_EQ(problems.size(), 1) << problems.join(QLatin1Char('\n')).toStdString();
    // The planted line has no stored period, so its days come from the October
    // line's text it copies (1 to 31 October), already billed on 0001.
    EXPECT_EQ(problems[0].toStdString(),
              "Electricity, room 101: 01-10-2026 to 31-10-2026 (KORA/2627/0001) and "
              "01-10-2026 to 31-10-2026 (KORA/2627/0002) bill the same days' units twice");
}

TEST_F(CtlCheckTest, FindsADepositUsedBeyondWhatWasPaid)
{
    // ₹10,000 received, ₹6,000 set against dues and ₹9,000 refunded: 15,000 used of 10,000.
    const QString entry = QStringLiteral(
        "INSERT INTO deposit_entry (id, agreement_id, kind, amount_paise, entry_date, "
        "created_at, updated_at, hlc, origin_device) VALUES ('%1', '%2', '%3', %4, "
        "'2026-11-30', 'x', 'x', 'x', 'x')");
    plant(entry.arg(QStringLiteral("d1"), agreement, QStringLiteral("received")).arg(10'000'00));
    plant(entry.arg(QStringLiteral("d2"), agreement, QStringLiteral("adjusted")).arg(6'000'00));
    EXPECT_EQ(checkProblems(), QStringList()); // 6,000 of 10,000: fine
    plant(entry.arg(QStringLiteral("d3"), agreement, QStringLiteral("refund")).arg(9'000'00));
    EXPECT_EQ(checkProblems(),
              QStringList{QStringLiteral("the deposit of stay %1 (Lakshmi Narayanan) is used for "
                                         "15000.00 but only 10000.00 was paid for it")
                              .arg(agreement)});
}

TEST_F(CtlCheckTest, FindsDocumentsWhoseDatesGoAgainstTheirNumbers)
{
    // Number 0002 backdated to 15 October, before 0001 of 1 November.
    plant(QStringLiteral("UPDATE invoice SET issue_date = '2026-10-15' WHERE number = "
                         "'KORA/2627/0002'"));
    EXPECT_EQ(checkProblems(),
              QStringList{QStringLiteral("invoice KORA/2627/0002 is dated 2026-10-15, before "
                                         "KORA/2627/0001 dated 2026-11-01: numbers and dates go "
                                         "opposite ways")});
}

TEST_F(CtlCheckTest, FindsAStayTaxedTwoWaysForOneMonth)
{
    // December's rent taxed at 12%: another month, another value, not a problem by itself.
    plant(QStringLiteral("UPDATE invoice_line SET exempt = 0, rate_bp = 1200 WHERE kind = 'rent' "
                         "AND invoice_id = '%1'")
              .arg(december));
    EXPECT_EQ(checkProblems(), QStringList());
    // The same invoice said to bill November: November's rent is then exempt on 0001 and
    // taxed on 0002.
    plant(QStringLiteral("UPDATE invoice SET billing_month = '2026-11' WHERE id = '%1'")
              .arg(december));
    EXPECT_EQ(checkProblems(),
              QStringList{QStringLiteral("stay %1 is taxed two ways for 2026-11: exempt on "
                                         "KORA/2627/0001, taxed on KORA/2627/0002")
                              .arg(agreement)});
}

TEST_F(CtlCheckTest, ACheckWhoseQueryFailsIsAProblemNotAPass)
{
    // The deposits' table gone (a damaged or foreign file): the books check cannot run
    // that query and says so, rather than finding "nothing wrong".
    plant(QStringLiteral("ALTER TABLE deposit_entry RENAME TO deposit_entry_gone"));
    const QStringList problems = BooksCheck::problems(pg.store());
    ASSERT_EQ(problems.size(), 1) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems[0].startsWith(QStringLiteral("cannot check deposits: ")))
        << problems[0].toStdString();
}
