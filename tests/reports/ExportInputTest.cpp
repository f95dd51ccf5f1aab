// Bad input to `export …` exits 2 naming the option and writes no file; a query that
// fails fails the export (exit 1) and writes no file either, never an empty one.
#include "ExportMonth.h"

#include <integration/CtlInProcess.h>
#include <store/sqlcipher/SqlCipherDriver.h>

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace rentflow;
using test::runCtlInProcess;

namespace {

struct BadCase
{
    const char* name;
    QStringList args; // after "export"; OUT stands for the file
    const char* option;
};

} // namespace

TEST(ExportInput, BadInputExitsTwoNamingTheOptionAndWritesNothing)
{
    test::ExportMonth month;
    const QString out = month.out(QStringLiteral("out.csv"));
    const QString folder = month.out(QStringLiteral("a-folder.csv"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const auto s = [](const char* text) {
        return QString::fromLatin1(text);
    };
    const QList<BadCase> cases{
        {"neither --month nor --from/--to", {s("invoices"), s("--out"), s("OUT")}, "month"},
        {"both --month and --from/--to",
         {s("invoices"), s("--month"), s("2026-10"), s("--from"), s("2026-10-01"), s("--to"),
          s("2026-10-31"), s("--out"), s("OUT")},
         "month"},
        {"a month that does not exist",
         {s("payments"), s("--month"), s("2026-13"), s("--out"), s("OUT")},
         "month"},
        {"a day that does not exist",
         {s("payments"), s("--from"), s("2026-02-30"), s("--to"), s("2026-03-31"), s("--out"),
          s("OUT")},
         "from"},
        {"--from after --to",
         {s("readings"), s("--from"), s("2026-10-31"), s("--to"), s("2026-10-01"), s("--out"),
          s("OUT")},
         "to"},
        {"--from without --to",
         {s("residents"), s("--from"), s("2026-10-01"), s("--out"), s("OUT")},
         "to"},
        {"no --out", {s("invoices"), s("--month"), s("2026-10")}, "out"},
        {"a folder that does not exist",
         {s("invoices"), s("--month"), s("2026-10"), s("--out"),
          month.out(QStringLiteral("no/such/folder/out.csv"))},
         "out"},
        {"a folder where the file should be",
         {s("invoices"), s("--month"), s("2026-10"), s("--out"), folder},
         "out"},
        {"GSTR-1 as .txt",
         {s("gstr1"), s("--month"), s("2026-10"), s("--out"), s("OUT.txt")},
         "out"},
        {"GSTR-1 for a range of days",
         {s("gstr1"), s("--from"), s("2026-10-01"), s("--to"), s("2026-10-31"), s("--out"),
          s("OUT.json")},
         "month"},
        {"Tally as .csv", {s("tally"), s("--month"), s("2026-10"), s("--out"), s("OUT")}, "out"},
    };
    for (const BadCase& c : cases) {
        QStringList args{QStringLiteral("export")};
        for (const QString& a : c.args)
            args << (a.startsWith(u"OUT") ? out + a.mid(3) : a);
        const auto run = runCtlInProcess(month.workspace(), args);
        EXPECT_EQ(run.exitCode, 2) << c.name;
        EXPECT_TRUE(run.err.contains(QStringLiteral("--%1:").arg(QLatin1String(c.option))))
            << c.name << ": " << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << c.name;
        EXPECT_FALSE(QFile::exists(out + QStringLiteral(".txt"))) << c.name;
        EXPECT_FALSE(QFile::exists(out + QStringLiteral(".json"))) << c.name;
    }
    EXPECT_EQ(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
}

TEST(ExportInput, AWorkspaceWithoutAGstinHasNoGstr1)
{
    test::SamplePg pg; // Sunrise PG, no GSTIN
    const QString out = pg.files.scratch(QStringLiteral("gstr1.json"));
    const auto run =
        runCtlInProcess(pg.files.path(), {QStringLiteral("export"), QStringLiteral("gstr1"),
                                          QStringLiteral("--month"), QStringLiteral("2026-10"),
                                          QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--month: there is no GSTR-1 to file")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

// Statement 1, 2, 3 … (and, counting rows, each row fetched) fails in turn, as a failing
// disk would: every export stops with exit 1 and leaves no file, until it needs fewer
// statements than the failure waits for and writes the whole file.
TEST(ExportInput, AFailedReadFailsTheExportAndLeavesNoFile)
{
    using store::SqlCipherDriver;
    test::ExportMonth month;
    for (const char* kind : {"invoices", "tally", "gstr1", "readings", "residents"}) {
        for (const auto counting : {SqlCipherDriver::Counting::Statements,
                                    SqlCipherDriver::Counting::StatementsAndRows}) {
            const QString out = month.out(QStringLiteral("failing-%1.%2")
                                              .arg(QLatin1String(kind))
                                              .arg(QLatin1String(kind) == u"tally"   ? "xml"
                                                   : QLatin1String(kind) == u"gstr1" ? "json"
                                                                                     : "csv"));
            int failures = 0;
            for (int n = 1; n < 500; ++n) {
                SqlCipherDriver::failNthStatement(n, counting);
                const auto run = runCtlInProcess(
                    month.workspace(),
                    {QStringLiteral("export"), QLatin1String(kind), QStringLiteral("--month"),
                     QStringLiteral("2026-10"), QStringLiteral("--out"), out});
                const bool failed = !SqlCipherDriver::failurePending();
                SqlCipherDriver::failNthStatement(0);
                if (!failed) {
                    EXPECT_EQ(run.exitCode, 0) << kind << ": " << run.err.toStdString();
                    EXPECT_TRUE(QFile::exists(out)) << kind;
                    break;
                }
                ++failures;
                EXPECT_NE(run.exitCode, 0) << kind << " with statement " << n << " failing";
                EXPECT_NE(run.exitCode, 2) << kind << " with statement " << n << " failing";
                ASSERT_FALSE(QFile::exists(out)) << kind << " with statement " << n << " failing";
            }
            EXPECT_GT(failures, 3) << kind;
            QFile::remove(out);
        }
    }
}
