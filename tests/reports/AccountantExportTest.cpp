// `export invoices|payments|residents|readings` on the worked October of ExportMonth.h:
// every figure by hand, and the CSVs reconciled to the paisa with `invoice list`,
// `payment list`, `resident list` and `dues` of the same workspace.
#include "ExportMonth.h"

#include <integration/CtlInProcess.h>

#include <QFileInfo>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace rentflow;
using test::csvRow;
using test::paiseOf;
using test::readCsv;
using test::runCtlInProcess;

namespace {

// Columns of the invoices CSV.
enum InvoiceColumn
{
    Document,
    Number,
    Date,
    Type,
    BillingMonth,
    ResidentId,
    Resident,
    RecipientGstin,
    PlaceOfSupply,
    Taxable,
    Exempt,
    Cgst,
    Sgst,
    Igst,
    RoundOff,
    Total,
    Balance,
    Status,
    AgainstInvoice,
    Reason
};

qint64 sumColumn(const QList<QStringList>& csv, int column, int onlyWhere = -1,
                 const QString& equals = {})
{
    qint64 sum = 0;
    for (qsizetype i = 1; i < csv.size(); ++i)
        if (onlyWhere < 0 || csv[i].value(onlyWhere) == equals)
            sum += paiseOf(csv[i].value(column));
    return sum;
}

qint64 sumJson(const QJsonArray& rows, const char* key)
{
    qint64 sum = 0;
    for (const QJsonValue& row : rows)
        sum += paiseOf(row.toObject().value(QLatin1String(key)).toString());
    return sum;
}

class AccountantExport : public ::testing::Test
{
protected:
    test::CtlRun run(const QStringList& args) { return runCtlInProcess(month.workspace(), args); }

    test::ExportMonth month;
};

} // namespace

TEST_F(AccountantExport, InvoicesCsvHasEveryHeadAndReconcilesWithInvoiceListAndDues)
{
    const QString file = month.out(QStringLiteral("invoices.csv"));
    const auto exported =
        run({QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("--month"),
             QStringLiteral("2026-10"), QStringLiteral("--out"), file});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    // Four invoices and the credit note.
    EXPECT_EQ(exported.json().value(QStringLiteral("rows")).toInt(), 5);
    EXPECT_EQ(exported.json().value(QStringLiteral("file")).toString(),
              QFileInfo(file).absoluteFilePath());
    const auto csv = readCsv(file);
    ASSERT_EQ(csv.size(), 6);
    EXPECT_EQ(csv[0].join(u','),
              QStringLiteral("document,number,date,type,billing_month,resident_id,resident,"
                             "recipient_gstin,place_of_supply,taxable,exempt,cgst,sgst,igst,"
                             "round_off,total,balance,status,against_invoice,reason"));

    const QStringList lakshmi = csvRow(csv, Number, month.lakshmiInvoice);
    EXPECT_EQ(
        lakshmi.mid(Document, 9),
        (QStringList{QStringLiteral("invoice"), month.lakshmiInvoice, QStringLiteral("2026-10-01"),
                     QStringLiteral("bill of supply"), QStringLiteral("2026-10"), month.lakshmi,
                     QStringLiteral("Lakshmi Narayanan"), QString(), QStringLiteral("29")}));
    // Exempt ₹12,000, no tax, paid in full.
    EXPECT_EQ(
        lakshmi.mid(Taxable, 9),
        (QStringList{QStringLiteral("0.00"), QStringLiteral("12000.00"), QStringLiteral("0.00"),
                     QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("0.00"),
                     QStringLiteral("12000.00"), QStringLiteral("0.00"), QStringLiteral("paid")}));
    // 25,010 + 625.25 + 625.25 + 0.50 = 26,261.00; 26,261 − 20,000 paid = 6,261.00.
    const QStringList arjun = csvRow(csv, Number, month.arjunInvoice);
    EXPECT_EQ(arjun[Type], QStringLiteral("tax invoice"));
    EXPECT_EQ(
        arjun.mid(Taxable, 9),
        (QStringList{QStringLiteral("25010.00"), QStringLiteral("0.00"), QStringLiteral("625.25"),
                     QStringLiteral("625.25"), QStringLiteral("0.00"), QStringLiteral("0.50"),
                     QStringLiteral("26261.00"), QStringLiteral("6261.00"),
                     QStringLiteral("partly_paid")}));
    // B2B: 30,000 + 750 + 750 = 31,500; less the ₹5,250 credit note: 26,250.00 open.
    // Nothing paid, but the balance is below the total: `invoice list` says partly_paid.
    const QStringList kavya = csvRow(csv, Number, month.kavyaInvoice);
    EXPECT_EQ(kavya[RecipientGstin], QStringLiteral("29AAACR5055K1Z3"));
    EXPECT_EQ(
        kavya.mid(Taxable, 9),
        (QStringList{QStringLiteral("30000.00"), QStringLiteral("0.00"), QStringLiteral("750.00"),
                     QStringLiteral("750.00"), QStringLiteral("0.00"), QStringLiteral("0.00"),
                     QStringLiteral("31500.00"), QStringLiteral("26250.00"),
                     QStringLiteral("partly_paid")}));
    const QStringList rohan = csvRow(csv, Number, month.rohanInvoice);
    EXPECT_EQ(rohan[Status], QStringLiteral("cancelled"));
    EXPECT_EQ(rohan[Reason], QStringLiteral("Booked in error"));
    EXPECT_EQ(rohan[Total], QStringLiteral("15000.00"));
    EXPECT_EQ(rohan[Balance], QStringLiteral("0.00"));
    // The credit note: value 5,000, CGST 125, SGST 125, as negative amounts.
    const QStringList note = csvRow(csv, Number, month.creditNote);
    EXPECT_EQ(note.mid(Document, 4),
              (QStringList{QStringLiteral("credit_note"), month.creditNote,
                           QStringLiteral("2026-10-10"), QStringLiteral("credit note")}));
    EXPECT_EQ(
        note.mid(Taxable, 7),
        (QStringList{QStringLiteral("-5000.00"), QStringLiteral("0.00"), QStringLiteral("-125.00"),
                     QStringLiteral("-125.00"), QStringLiteral("0.00"), QStringLiteral("0.00"),
                     QStringLiteral("-5250.00")}));
    EXPECT_EQ(note[AgainstInvoice], month.kavyaInvoice);
    EXPECT_EQ(note[Reason], QStringLiteral("Room under repair, 5 days"));

    // To the paisa with `invoice list --month`: 12,000 + 26,261 + 31,500 + 15,000 =
    // 84,761.00 billed; balances 0 + 6,261 + 26,250 + 0 = 32,511.00.
    const auto listed = run({QStringLiteral("invoice"), QStringLiteral("list"),
                             QStringLiteral("--month"), QStringLiteral("2026-10")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray invoices = listed.json().value(QStringLiteral("invoices")).toArray();
    EXPECT_EQ(sumColumn(csv, Total, Document, QStringLiteral("invoice")), 8476100);
    EXPECT_EQ(sumJson(invoices, "total"), 8476100);
    EXPECT_EQ(sumColumn(csv, Balance), 3251100);
    EXPECT_EQ(sumJson(invoices, "balance"), 3251100);
    // And with `dues`: every October invoice is past due by 26 November.
    const auto dues =
        run({QStringLiteral("dues"), QStringLiteral("--date"), QStringLiteral("2026-11-26")});
    ASSERT_EQ(dues.exitCode, 0) << dues.err.toStdString();
    EXPECT_EQ(paiseOf(dues.json()
                          .value(QStringLiteral("ageing"))
                          .toObject()
                          .value(QStringLiteral("total"))
                          .toString()),
              3251100);
    // The file on its own: billed less cancelled (84,761 − 15,000 = 69,761), less the
    // note (5,250), less what was paid (12,000 + 20,000) is what is open: 32,511.
    EXPECT_EQ(sumColumn(csv, Total) - paiseOf(rohan[Total]) - 3200000, 3251100);
}

TEST_F(AccountantExport, PaymentsCsvGuardsTypedTextAndReconcilesWithPaymentList)
{
    const QString file = month.out(QStringLiteral("payments.csv"));
    const auto exported =
        run({QStringLiteral("export"), QStringLiteral("payments"), QStringLiteral("--from"),
             QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
             QStringLiteral("--out"), file});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json().value(QStringLiteral("rows")).toInt(), 2);
    const auto csv = readCsv(file);
    ASSERT_EQ(csv.size(), 3);
    EXPECT_EQ(csv[0].join(u','), QStringLiteral("receipt_number,date,resident_id,resident,method,"
                                                "reference,purpose,amount,allocated,status"));
    EXPECT_EQ(csv[1].mid(1),
              (QStringList{QStringLiteral("2026-10-03"), month.lakshmi,
                           QStringLiteral("Lakshmi Narayanan"), QStringLiteral("cash"), QString(),
                           QStringLiteral("dues"), QStringLiteral("12000.00"),
                           QStringLiteral("12000.00"), QStringLiteral("received")}));
    // The UTR typed as "=HYPERLINK(1)" is text to a spreadsheet, not a formula.
    EXPECT_EQ(csv[2].mid(1),
              (QStringList{QStringLiteral("2026-10-05"), month.arjun, QStringLiteral("Arjun Mehta"),
                           QStringLiteral("upi"), QStringLiteral("'=HYPERLINK(1)"),
                           QStringLiteral("dues"), QStringLiteral("20000.00"),
                           QStringLiteral("20000.00"), QStringLiteral("received")}));
    const auto listed =
        run({QStringLiteral("payment"), QStringLiteral("list"), QStringLiteral("--from"),
             QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray payments = listed.json().value(QStringLiteral("payments")).toArray();
    // 12,000 + 20,000 = 32,000.00, all of it allocated.
    EXPECT_EQ(sumColumn(csv, 7), 3200000);
    EXPECT_EQ(sumJson(payments, "amount"), 3200000);
    EXPECT_EQ(sumColumn(csv, 8), sumJson(payments, "allocated"));
    for (const QJsonValue& p : payments)
        csvRow(csv, 0, p.toObject().value(QStringLiteral("receiptNumber")).toString());
}

TEST_F(AccountantExport, ResidentsCsvShowsWhoStayedWithResidentListsBalances)
{
    const QString file = month.out(QStringLiteral("residents.csv"));
    const auto exported =
        run({QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--month"),
             QStringLiteral("2026-10"), QStringLiteral("--out"), file});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json().value(QStringLiteral("rows")).toInt(), 4);
    const auto csv = readCsv(file);
    ASSERT_EQ(csv.size(), 5);
    EXPECT_EQ(csv[0].join(u','), QStringLiteral("id,name,phone,property,bed,stay,balance"));
    // A phone starts with + : guarded, so a spreadsheet keeps it as text.
    EXPECT_EQ(
        csvRow(csv, 0, month.arjun),
        (QStringList{month.arjun, QStringLiteral("Arjun Mehta"), QStringLiteral("'+919845012346"),
                     QStringLiteral("Koramangala"), QStringLiteral("101-B"),
                     QStringLiteral("active"), QStringLiteral("6261.00")}));
    EXPECT_EQ(csvRow(csv, 0, month.kavya).value(6), QStringLiteral("26250.00"));
    EXPECT_EQ(csvRow(csv, 0, month.rohan).value(6), QStringLiteral("0.00"));
    const auto listed = run({QStringLiteral("resident"), QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    for (const QJsonValue& r : listed.json().value(QStringLiteral("residents")).toArray())
        EXPECT_EQ(csvRow(csv, 0, r.toObject().value(QStringLiteral("id")).toString()).value(6),
                  r.toObject().value(QStringLiteral("balance")).toString());
    EXPECT_EQ(sumColumn(csv, 6), 3251100); // = dues
    // September: nobody had come yet.
    const QString september = month.out(QStringLiteral("september.csv"));
    const auto empty =
        run({QStringLiteral("export"), QStringLiteral("residents"), QStringLiteral("--month"),
             QStringLiteral("2026-09"), QStringLiteral("--out"), september});
    ASSERT_EQ(empty.exitCode, 0) << empty.err.toStdString();
    EXPECT_EQ(empty.json().value(QStringLiteral("rows")).toInt(), 0);
    EXPECT_EQ(readCsv(september).size(), 1); // the header
}

TEST_F(AccountantExport, ReadingsCsvGivesTheUnitsSinceTheMetersPreviousReading)
{
    const QString october = month.out(QStringLiteral("october-readings.csv"));
    const auto exported =
        run({QStringLiteral("export"), QStringLiteral("readings"), QStringLiteral("--month"),
             QStringLiteral("2026-10"), QStringLiteral("--out"), october});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const auto csv = readCsv(october);
    ASSERT_EQ(csv.size(), 3);
    EXPECT_EQ(
        csv[0].join(u','),
        QStringLiteral("property,room,meter_id,meter_kind,serial,date,value,kind,consumption"));
    // The meter's first reading has nothing before it; then 1300 − 1000 = 300.00 units.
    EXPECT_EQ(csv[1],
              (QStringList{QStringLiteral("Koramangala"), QStringLiteral("101"), month.pg.meterId,
                           QStringLiteral("electricity"), QString(), QStringLiteral("2026-10-01"),
                           QStringLiteral("1000.00"), QStringLiteral("regular"), QString()}));
    EXPECT_EQ(csv[2].mid(5), (QStringList{QStringLiteral("2026-10-31"), QStringLiteral("1300.00"),
                                          QStringLiteral("regular"), QStringLiteral("300.00")}));
    // From 2 October to 30 November: 31 October (300.00) and 5 November (1350 − 1300 = 50.00).
    const QString range = month.out(QStringLiteral("range-readings.csv"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("readings"), QStringLiteral("--from"),
                   QStringLiteral("2026-10-02"), QStringLiteral("--to"),
                   QStringLiteral("2026-11-30"), QStringLiteral("--out"), range})
                  .exitCode,
              0);
    const auto ranged = readCsv(range);
    ASSERT_EQ(ranged.size(), 3);
    EXPECT_EQ(ranged[1].value(8), QStringLiteral("300.00"));
    EXPECT_EQ(ranged[2].mid(5),
              (QStringList{QStringLiteral("2026-11-05"), QStringLiteral("1350.00"),
                           QStringLiteral("regular"), QStringLiteral("50.00")}));
}
