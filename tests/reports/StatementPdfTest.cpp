// The resident's statement of account read back from its PDF: the ledger of a period with
// its running balance, agreeing with `dues --resident` to the paisa; a bounced cheque shown
// as a note; a long ledger over several pages with the heading repeated; bad input refused.
#include "LeavingPg.h"

#include <integration/CtlInProcess.h>
#include <payments/ResidentStatement.h>
#include <payments/ReversePayment.h>
#include <support/Probe.h>

#include <QFileInfo>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace rentflow;
using test::LeavingPg;
using test::PdfProbe;
using test::plain;

namespace {

// LeavingPg (October and November billed on their first days, KORA/2627/0001 and /0002,
// ₹12,000 each; the ₹24,000 deposit, receipt KORAR/2627/0001, is held apart) with a ₹12,000
// cheque received on 3 October (KORAR/2627/0002) that bounced on 8 October, ₹30,000 by UPI
// on 5 October (KORAR/2627/0003), and a check-out on 20 November with notice given on 1
// November: the credit note for 21–30 November (KORAC/2627/0001, ₹4,000), the final
// invoice (KORA/2627/0003, ₹333) and the settlement (KORAS/2627/0001) returning the
// ₹9,667 credit left.
struct LedgerPg : LeavingPg
{
    LedgerPg()
    {
        const QString cheque = pay("12000", "cheque", "2026-10-03");
        pay("30000", "upi", "2026-10-05");
        EXPECT_TRUE(ReversePayment(store())
                        .run(cheque, QStringLiteral("Cheque bounced"), QStringLiteral("2026-10-08"),
                             QDate(2026, 10, 8))
                        .ok());
        notice();
        checkOut({QStringLiteral("Broken chair=1500")});
    }
    QString statement(const char* from, const char* to, reports::Lang lang, const QString& name,
                      reports::Paper paper = reports::Paper::A4)
    {
        const QString path = files.scratch(name);
        reports::PageSetup setup;
        setup.paper = paper;
        auto written =
            reports::writeStatementPdf({store(), residentIds[0], QString::fromLatin1(from),
                                        QString::fromLatin1(to), lang, setup, path});
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().message.toStdString());
        QFile::remove(QStringLiteral("/tmp/st/") + name);
        return path;
    }
};

bool has(const QString& text, const char* line)
{
    return text.contains(QString::fromUtf8(line));
}

} // namespace

TEST(StatementPdf, APeriodShowsTheLedgerWithItsRunningBalance)
{
    LedgerPg pg;
    const QString file =
        pg.statement("2026-10-04", "2026-11-19", reports::Lang::English, QStringLiteral("s.pdf"));
    const QString text = plain(file);
    // Brought forward on 4 October: the October invoice, 12,000. Then the UPI payment
    // (−30,000 → −18,000), the bounced cheque as a note (balance unchanged), November's
    // invoice (+12,000 → −6,000). Closing: 12,000 + 12,000 − 30,000 = −6,000 (advance).
    EXPECT_TRUE(has(text, "STATEMENT OF ACCOUNT")) << text.toStdString();
    EXPECT_TRUE(has(text, "Period: 04-10-2026 to 19-11-2026"));
    EXPECT_TRUE(has(text, "Premises: Koramangala, 101/A"));
    EXPECT_TRUE(has(text, "04-10-2026 Balance brought forward 12,000.00"));
    EXPECT_TRUE(has(text, "05-10-2026 Payment received KORAR/2627/0003 30,000.00 -18,000.00\n"
                          "UPI, ref. REF\n"));
    EXPECT_TRUE(has(text, "08-10-2026 Payment reversed KORAR/2627/0002 -18,000.00\n"));
    // (the note's second line wraps in its column)
    EXPECT_TRUE(has(text.simplified(), "Cheque bounced: ₹12,000.00 received on 03-10-2026 "
                                       "(cheque, ref. REF), not counted"));
    EXPECT_TRUE(has(text, "01-11-2026 Invoice KORA/2627/0002 12,000.00 -6,000.00\n"
                          "01-11-2026 to 30-11-2026\n"));
    EXPECT_TRUE(has(text, "Total for the period 12,000.00 30,000.00"));
    EXPECT_TRUE(has(text, "19-11-2026 Closing balance -6,000.00"));
    EXPECT_TRUE(has(text, "Closing balance: -₹6,000.00"));
    // Nothing from before or after the period.
    EXPECT_FALSE(has(text, "KORA/2627/0001"));
    EXPECT_FALSE(has(text, "KORA/2627/0003"));
    EXPECT_EQ(PdfProbe::qpdfProblems(file), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(file));
}

TEST(StatementPdf, TheWholeStayAgreesWithDuesToThePaisa)
{
    LedgerPg pg;
    const QString file =
        pg.statement("2026-10-01", "2026-11-30", reports::Lang::English, QStringLiteral("s.pdf"));
    const QString text = plain(file);
    // 20 November: the final invoice +333 (−5,667), the credit note −4,000 (−9,667), the
    // credit returned at the settlement +9,667 (0). Billed 12,000 + 12,000 + 333 + 9,667 =
    // 34,000; paid and credited 30,000 + 4,000 = 34,000; closing 0.
    EXPECT_TRUE(has(text, "20-11-2026 Invoice KORA/2627/0003 333.00 -5,667.00"))
        << text.toStdString();
    EXPECT_TRUE(has(text, "20-11-2026 Credit note KORAC/2627/0001 4,000.00 -9,667.00\n"
                          "on invoice KORA/2627/0002\n"));
    EXPECT_TRUE(has(text, "20-11-2026 Credit returned at the deposit KORAS/2627/0001 9,667.00 "
                          "0.00\nsettlement\n"));
    EXPECT_TRUE(has(text, "Total for the period 34,000.00 34,000.00"));
    EXPECT_TRUE(has(text, "30-11-2026 Closing balance 0.00"));

    // `dues --resident --json`, entry by entry: the statement's entries (the note aside)
    // are the ledger's, with the same amounts and balances.
    auto statement =
        ResidentStatement::of(pg.store(), {pg.residentIds[0], QStringLiteral("2026-10-01"),
                                           QStringLiteral("2026-11-30")});
    ASSERT_TRUE(statement.ok());
    const QString resident = pg.residentIds[0];
    pg.workspace.reset();
    const test::CtlRun dues = test::runCtlInProcess(
        pg.files.path(), {QStringLiteral("dues"), QStringLiteral("--resident"), resident});
    ASSERT_EQ(dues.exitCode, 0) << dues.err.toStdString();
    const QJsonArray ledger = dues.json().value(QStringLiteral("ledger")).toArray();
    QStringList fromDues;
    for (const auto& value : ledger) {
        const QJsonObject e = value.toObject();
        fromDues << QStringList{e.value(QStringLiteral("date")).toString(),
                                e.value(QStringLiteral("document")).toString(),
                                e.value(QStringLiteral("debit")).toString(),
                                e.value(QStringLiteral("credit")).toString(),
                                e.value(QStringLiteral("balance")).toString()}
                        .join(u' ');
    }
    QStringList fromStatement;
    for (const ResidentStatement::Entry& e : statement.value().entries)
        if (e.kind != QLatin1String("reversal"))
            fromStatement << QStringList{e.date.toString(Qt::ISODate), e.document,
                                         e.debit.toDecimalString(), e.credit.toDecimalString(),
                                         e.balance.toDecimalString()}
                                 .join(u' ');
    EXPECT_EQ(fromStatement, fromDues);
    ASSERT_EQ(fromDues.size(), 6);
    EXPECT_EQ(fromDues.last(), QStringLiteral("2026-11-20 KORAS/2627/0001 9667.00 0.00 0.00"));
}

TEST(StatementPdf, ALongLedgerRunsOntoMorePagesWithItsHeading)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 9, 1));
    pg.bill(u"2026-09");
    // 80 payments of ₹150 in cash, one a day from 1 September: 80 ledger lines.
    for (int day = 0; day < 80; ++day) {
        const QDate on = QDate(2026, 9, 1).addDays(day);
        ASSERT_TRUE(RecordPayment(pg.store())
                        .run({pg.residentIds[0], QStringLiteral("150"), QStringLiteral("cash"),
                              QString(), on.toString(Qt::ISODate)},
                             on)
                        .ok());
    }
    const QString file = pg.files.scratch(QStringLiteral("long.pdf"));
    auto written = reports::writeStatementPdf({pg.store(),
                                               pg.residentIds[0],
                                               QStringLiteral("2026-09-01"),
                                               QStringLiteral("2026-11-30"),
                                               reports::Lang::Hindi,
                                               {},
                                               file});
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    QFile::remove(QStringLiteral("/tmp/st/long.pdf"));
    const QStringList pages = PdfProbe::pageTexts(file);
    ASSERT_GE(pages.size(), 2);
    EXPECT_EQ(written.value().pages, pages.size());
    // Every page has the table's heading ("जमा (₹)", credit, extracts whole); the last the
    // closing balance: 12,000 − 80 × 150 = 12,000 − 12,000 = 0.
    for (const QString& page : pages)
        EXPECT_TRUE(page.contains(QStringLiteral("जमा (₹)"))) << page.toStdString();
    EXPECT_TRUE(plain(file).contains(QStringLiteral("30-11-2026 अं")));
    EXPECT_TRUE(pages.last().simplified().contains(QStringLiteral("12,000.00 12,000.00")));
    EXPECT_EQ(PdfProbe::qpdfProblems(file), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(file));
}

TEST(StatementPdf, BadDatesOrAnUnknownResidentExitTwoAndWriteNothing)
{
    LeavingPg pg;
    const QString resident = pg.residentIds[0];
    pg.workspace.reset();
    const QString out = pg.files.scratch(QStringLiteral("s.pdf"));
    const auto run = [&](const QString& who, const char* from, const char* to) {
        return test::runCtlInProcess(pg.files.path(),
                                     {QStringLiteral("pdf"), QStringLiteral("statement"),
                                      QStringLiteral("--resident"), who, QStringLiteral("--from"),
                                      QString::fromLatin1(from), QStringLiteral("--to"),
                                      QString::fromLatin1(to), QStringLiteral("--out"), out});
    };
    const struct
    {
        QString who;
        const char* from;
        const char* to;
        const char* field;
    } cases[] = {{resident, "2026-13-01", "2026-11-30", "from"},
                 {resident, "2026-10-01", "30-11-2026", "to"},
                 {resident, "2026-12-01", "2026-11-30", "from"},
                 {QStringLiteral("nobody"), "2026-10-01", "2026-11-30", "resident"}};
    for (const auto& c : cases) {
        const test::CtlRun refused = run(c.who, c.from, c.to);
        EXPECT_EQ(refused.exitCode, 2) << c.field << refused.out.toStdString();
        const QJsonObject fields = refused.json()
                                       .value(QStringLiteral("error"))
                                       .toObject()
                                       .value(QStringLiteral("fields"))
                                       .toObject();
        EXPECT_TRUE(fields.contains(QString::fromLatin1(c.field)))
            << c.field << refused.out.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out));
    }
    const test::CtlRun written = run(resident, "2026-10-01", "2026-11-30");
    ASSERT_EQ(written.exitCode, 0) << written.out.toStdString() << written.err.toStdString();
    EXPECT_EQ(written.json().value(QStringLiteral("file")).toString(),
              QFileInfo(out).absoluteFilePath());
    EXPECT_EQ(written.json().value(QStringLiteral("pages")).toInt(), 1);
}
