// `pdf invoices --month M`: one whole PDF per invoice with a safe name, or one PDF
// to print; a month without invoices is bad input; Ctrl+C leaves only whole files.
#include "InvoiceSample.h"
#include "InvoiceText.h"

#include <documents/InvoiceBatch.h>

#include <support/Probe.h>
#include <support/ProcessRunner.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <unistd.h>

using namespace rentflow;
using test::InvoicePg;
using test::PdfProbe;

namespace {

QStringList everything(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

// Two residents named as no file may be: "../Ravi/ Kumar" and "प्रिया शर्मा".
// Ravi checks in first, so the run numbers his invoice first.
struct TwoNamesPg : InvoicePg
{
    TwoNamesPg()
    {
        setResident(0, {{QStringLiteral("first_name"), QStringLiteral("../Ravi/")},
                        {QStringLiteral("last_name"), QStringLiteral("Kumar")}});
        setResident(1, {{QStringLiteral("first_name"), QStringLiteral("प्रिया")},
                        {QStringLiteral("last_name"), QStringLiteral("शर्मा")}});
        checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("30000"));
        checkIn(1, 1, QDate(2026, 11, 1), QStringLiteral("12000"));
        bill(u"2026-11");
    }
    test::CtlRun batch(const QStringList& extra)
    {
        return test::runCtlInProcess(
            files.path(), QStringList{QStringLiteral("pdf"), QStringLiteral("invoices")} + extra);
    }
    QString numberOf(int resident)
    {
        return test::text(store(), QStringLiteral("SELECT number FROM invoice WHERE resident_id "
                                                  "= '%1'")
                                       .arg(residentIds.at(resident)));
    }
};

} // namespace

TEST(InvoiceBatch, OneWholePdfPerInvoiceWithASafeName)
{
    TwoNamesPg pg;
    const QString folder = pg.out(QStringLiteral("november"));
    const auto run = pg.batch(
        {QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // '/' in numbers and names becomes '-', the leading "../" goes, Devanagari letters
    // and their vowel signs stay: nothing can leave the folder.
    const QString ravi =
        QStringLiteral("KORA-2627-000%1_Ravi-Kumar.pdf").arg(pg.numberOf(0).right(1));
    const QString priya =
        QStringLiteral("KORA-2627-000%1_प्रिया-शर्मा.pdf").arg(pg.numberOf(1).right(1));
    EXPECT_EQ(pg.numberOf(0).left(13), QStringLiteral("KORA/2627/000"));
    QStringList expected{ravi, priya};
    expected.sort();
    EXPECT_EQ(everything(folder), expected);
    EXPECT_EQ(run.json().value(QStringLiteral("files")).toArray().size(), 2);
    for (const QString& name : expected) {
        const QString pdf = folder + QLatin1Char('/') + name;
        EXPECT_EQ(PdfProbe::qpdfProblems(pdf), QString()) << name.toStdString();
        EXPECT_TRUE(PdfProbe::allFontsEmbedded(pdf)) << name.toStdString();
        EXPECT_EQ(PdfProbe::pageCount(pdf), 1);
    }
    // Each file holds its own invoice: Ravi's taxed ₹31,500.00, Priya's exempt ₹12,000.00.
    const QString raviText = test::readText(folder + QLatin1Char('/') + ravi);
    EXPECT_TRUE(raviText.contains(pg.numberOf(0)));
    EXPECT_TRUE(raviText.contains(u"Total (₹) 31,500.00"));
    const QString priyaText = test::readText(folder + QLatin1Char('/') + priya);
    EXPECT_TRUE(priyaText.contains(pg.numberOf(1)));
    EXPECT_TRUE(priyaText.contains(u"Total (₹) 12,000.00"));
}

TEST(InvoiceBatch, FileNamesKeepLettersOfAnyScriptAndNothingElse)
{
    using reports::invoiceFileName;
    EXPECT_EQ(invoiceFileName(QStringLiteral("KORA/2627/0001"), QStringLiteral("Priya Sharma")),
              QStringLiteral("KORA-2627-0001_Priya-Sharma.pdf"));
    // Characters Windows or a shell would trip on, a line break, runs of them: one '-'.
    EXPECT_EQ(
        invoiceFileName(QStringLiteral("KORA/2627/0002"), QStringLiteral("A:B*C?\"<>|\nD  E")),
        QStringLiteral("KORA-2627-0002_A-B-C-D-E.pdf"));
    // Nothing left of the name: the number alone, never "_.pdf" or a hidden file.
    EXPECT_EQ(invoiceFileName(QStringLiteral("KORA/2627/0003"), QStringLiteral("..")),
              QStringLiteral("KORA-2627-0003.pdf"));
    EXPECT_EQ(invoiceFileName(QStringLiteral("KORA/2627/0004"), QStringLiteral("/../.x")),
              QStringLiteral("KORA-2627-0004_x.pdf"));
    // Devanagari keeps its vowel signs and virama (marks).
    EXPECT_EQ(invoiceFileName(QStringLiteral("KORA/2627/0005"), QStringLiteral("प्रिया शर्मा")),
              QStringLiteral("KORA-2627-0005_प्रिया-शर्मा.pdf"));
}

TEST(InvoiceBatch, OneSinglePdfToPrintWithEachInvoicesOwnPages)
{
    TwoNamesPg pg;
    const QString file = pg.out(QStringLiteral("november.pdf"));
    const auto run = pg.batch({QStringLiteral("--month"), QStringLiteral("2026-11"),
                               QStringLiteral("--out"), file, QStringLiteral("--single")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // 1 page + 1 page.
    EXPECT_EQ(run.json().value(QStringLiteral("pages")).toInt(), 2);
    EXPECT_EQ(PdfProbe::pageCount(file), 2);
    EXPECT_EQ(PdfProbe::qpdfProblems(file), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(file));
    const QStringList pages = test::readPages(file);
    ASSERT_EQ(pages.size(), 2);
    for (const QString& page : pages)
        EXPECT_TRUE(page.contains(u"Page 1 of 1")) << page.toStdString();
    EXPECT_TRUE(pages.join(QLatin1Char(' ')).contains(u"31,500.00"));
    EXPECT_TRUE(pages.join(QLatin1Char(' ')).contains(u"12,000.00"));
}

TEST(InvoiceBatch, AMonthWithoutInvoicesOrABadOutIsNamedAndWritesNothing)
{
    TwoNamesPg pg;
    const QString folder = pg.out(QStringLiteral("december"));
    auto run = pg.batch(
        {QStringLiteral("--month"), QStringLiteral("2026-12"), QStringLiteral("--out"), folder});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--month:")) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
    run = pg.batch(
        {QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--out"), folder});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--month:")) << run.err.toStdString();
    // A folder inside one that does not exist.
    run = pg.batch({QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"),
                    folder + QStringLiteral("/inner")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--out:")) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
    // /proc takes no new folder, even from root.
    run = pg.batch({QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"),
                    QStringLiteral("/proc/rentflow-invoices")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--out:")) << run.err.toStdString();
}

TEST(InvoiceBatch, AnInvoiceTheFontsCannotPrintRefusesTheBatchBeforeAnyFile)
{
    InvoicePg pg;
    // Lakshmi prints; Arjun's name is in Tamil, which the fonts lack.
    pg.setResident(1, {{QStringLiteral("first_name"), QStringLiteral("முருகன்")},
                       {QStringLiteral("last_name"), QString()}});
    pg.checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("30000"));
    pg.checkIn(1, 1, QDate(2026, 11, 1), QStringLiteral("30000"));
    pg.bill(u"2026-11");
    const QString folder = pg.out(QStringLiteral("november"));
    const QString file = pg.out(QStringLiteral("november.pdf"));
    for (const QStringList& out :
         {QStringList{QStringLiteral("--out"), folder},
          QStringList{QStringLiteral("--out"), file, QStringLiteral("--single")}}) {
        const auto run = test::runCtlInProcess(
            pg.files.path(), QStringList{QStringLiteral("pdf"), QStringLiteral("invoices"),
                                         QStringLiteral("--month"), QStringLiteral("2026-11")} +
                                 out);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.err.contains(u"--month:")) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(u"the resident's name")) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(u"Tamil")) << run.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(folder));
    EXPECT_FALSE(QFileInfo::exists(file));
}

namespace {

// The real program on a demo PG's busiest month, stopped with SIGINT as soon as
// `started` says the batch is writing.
struct Interrupted
{
    int exitCode = -1;
    QString err;
};

QStringList ctlArgs(const QString& workspace, QStringList args)
{
    return args << QStringLiteral("--workspace") << workspace << QStringLiteral("--passphrase-env")
                << QStringLiteral("RENTFLOW_TEST_PASSPHRASE");
}

// A demo PG of 200 beds: October 2026 has one invoice per resident (about 180).
QString demoWorkspace(const test::TestWorkspace& files)
{
    const QString ws = files.path();
    const auto init = test::runCtl(
        ctlArgs(ws, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Demo PG"),
                     QStringLiteral("--state-code"), QStringLiteral("29")}));
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    const auto demo = test::runCtl(
        ctlArgs(ws, {QStringLiteral("demo"), QStringLiteral("--beds"), QStringLiteral("200")}));
    EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    return ws;
}

// Whether the process has a file open under `folder` (a temporary file being
// written, named or not): /proc/PID/fd's links name it.
bool writingUnder(qint64 pid, const QString& folder)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString& fd :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t length =
            ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target);
        if (length > 0 && QString::fromLocal8Bit(target, length).startsWith(folder + u'/'))
            return true;
    }
    return false;
}

Interrupted interrupt(const QString& workspace, const QStringList& args,
                      const std::function<bool(qint64 pid)>& started)
{
    QProcess process;
    process.setProcessEnvironment(test::ctlEnvironment());
    process.start(test::ctlPath(), ctlArgs(workspace, args));
    Interrupted result;
    if (!process.waitForStarted(10000))
        return result;
    QElapsedTimer clock;
    clock.start();
    while (!started(process.processId()) && process.state() == QProcess::Running &&
           clock.elapsed() < 60000)
        QThread::msleep(2);
    ::kill(pid_t(process.processId()), SIGINT);
    process.waitForFinished(60000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

TEST(InvoiceBatch, CtrlCStopsAfterTheFileBeingWrittenAndLeavesOnlyWholeFiles)
{
    test::TestWorkspace files;
    const QString ws = demoWorkspace(files);
    const QString folder = files.scratch(QStringLiteral("october"));
    const auto stopped = interrupt(
        ws,
        {QStringLiteral("pdf"), QStringLiteral("invoices"), QStringLiteral("--month"),
         QStringLiteral("2026-10"), QStringLiteral("--out"), folder},
        [&](qint64) { return !QDir(folder).entryList({QStringLiteral("*.pdf")}).isEmpty(); });
    EXPECT_EQ(stopped.exitCode, 1) << stopped.err.toStdString();
    EXPECT_TRUE(stopped.err.contains(u"stopped after")) << stopped.err.toStdString();
    const QStringList left = everything(folder);
    ASSERT_FALSE(left.isEmpty());
    EXPECT_LT(left.size(), 150); // stopped well before the month's ~180 invoices
    for (const QString& name : left) {
        EXPECT_TRUE(name.startsWith(u"KORA-2627-") && name.endsWith(u".pdf"))
            << "a leftover: " << name.toStdString();
        EXPECT_EQ(PdfProbe::qpdfProblems(folder + QLatin1Char('/') + name), QString())
            << name.toStdString();
    }
}

TEST(InvoiceBatch, CtrlCDuringASinglePdfLeavesNoFile)
{
    test::TestWorkspace files;
    const QString ws = demoWorkspace(files);
    const QString folder = files.scratch(QStringLiteral("print"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const auto stopped =
        interrupt(ws,
                  {QStringLiteral("pdf"), QStringLiteral("invoices"), QStringLiteral("--month"),
                   QStringLiteral("2026-10"), QStringLiteral("--out"),
                   folder + QStringLiteral("/all.pdf"), QStringLiteral("--single")},
                  [&](qint64 pid) { return writingUnder(pid, folder); });
    EXPECT_EQ(stopped.exitCode, 1) << stopped.err.toStdString();
    EXPECT_TRUE(stopped.err.contains(u"the single PDF was not written"))
        << stopped.err.toStdString();
    EXPECT_EQ(everything(folder), QStringList());
}
