// Every document and export, from a fresh workspace made as the README's first steps make
// it: `init` with only a name and a state, then `demo`. A smoke test of the whole set on
// demo data: each command exits 0 and each PDF passes `qpdf --check` with its fonts
// embedded. What an unregistered PG cannot print (a debit note, GSTR-1) is walked on a
// second demo whose organisation has a GSTIN.
#include "PdfProbe.h"

#include <domain/BillingPeriod.h>
#include <support/TestWorkspace.h>

#include <integration/CtlInProcess.h>

#include <QDate>
#include <QDir>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace rentflow;
using test::PdfProbe;

namespace {

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

// One demo workspace and the rentflowctl commands run on it, in this process.
class DemoWalk
{
public:
    explicit DemoWalk(const QStringList& initOptions, int beds)
    {
        QDir().mkpath(files.scratch(QStringLiteral("out")));
        run(QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Demo PG"),
                        QStringLiteral("--state-code"), QStringLiteral("29")} +
            initOptions);
        run({QStringLiteral("demo"), QStringLiteral("--beds"), QString::number(beds)});
    }

    // Runs a command; the test fails (naming it and what it printed) unless it exits 0.
    QJsonObject run(const QStringList& args)
    {
        const auto result = test::runCtlInProcess(files.path(), args);
        EXPECT_EQ(result.exitCode, 0) << args.join(u' ').toStdString() << "\n"
                                      << result.err.toStdString();
        return result.json();
    }
    QJsonArray list(const char* command, const char* key)
    {
        return run({QString::fromLatin1(command), QStringLiteral("list")})
            .value(QString::fromLatin1(key))
            .toArray();
    }

    // `pdf KIND --id ID --out FILE [extra]`; the file must pass qpdf and embed its fonts.
    QString pdf(const QString& kind, const QString& id, const QStringList& extra = {})
    {
        EXPECT_FALSE(id.isEmpty()) << "no id for pdf " << kind.toStdString();
        const QString file = out(QStringLiteral("%1-%2.pdf").arg(kind).arg(++m_files));
        run(QStringList{QStringLiteral("pdf"), kind, QStringLiteral("--id"), id,
                        QStringLiteral("--out"), file} +
            extra);
        expectSound(file);
        return file;
    }
    static void expectSound(const QString& file)
    {
        EXPECT_EQ(PdfProbe::qpdfProblems(file), QString()) << file.toStdString();
        EXPECT_TRUE(PdfProbe::allFontsEmbedded(file)) << file.toStdString();
    }
    QString out(const QString& name) const { return files.scratch(QStringLiteral("out/") + name); }

    test::TestWorkspace files;

private:
    int m_files = 0;
};

// The demo bills the months before the one it runs in: today's month is left unbilled.
const QDate kToday = QDate::currentDate();
const BillingPeriod kLastBilled = BillingPeriod::containing(kToday).previous();

// The resident's invoices' months, earliest first.
QStringList monthsOf(const QJsonArray& invoices, const QString& residentId)
{
    QStringList months;
    for (const QJsonValue& v : invoices)
        if (v[QStringLiteral("residentId")].toString() == residentId)
            months << v[QStringLiteral("month")].toString();
    months.sort();
    return months;
}

} // namespace

TEST(DemoDocuments, EveryDocumentAndExportOfAnUnregisteredPg)
{
    DemoWalk walk({}, 40); // init with only --org and --state-code, then demo --beds 40
    const QJsonArray invoices = walk.list("invoice", "invoices");
    const QJsonArray payments = walk.list("payment", "payments");
    const QJsonArray residents = walk.list("resident", "residents");
    const QJsonArray beds = walk.list("bed", "beds");
    ASSERT_FALSE(invoices.isEmpty());
    ASSERT_FALSE(payments.isEmpty());
    ASSERT_FALSE(residents.isEmpty());

    // An invoice (a bill of supply: no GSTIN), in the resident's language and in Hindi.
    const QString invoiceId = invoices.first()[QStringLiteral("id")].toString();
    walk.pdf(QStringLiteral("invoice"), invoiceId);
    walk.pdf(QStringLiteral("invoice"), invoiceId,
             {QStringLiteral("--lang"), QStringLiteral("hi"), QStringLiteral("--a5")});
    // A rent receipt for every way the demo's residents pay (cash and UPI): the PAN rule
    // needs the organisation's PAN, which the demo fills in.
    QStringList methods;
    for (const QJsonValue& p : payments) {
        const QString method = p[QStringLiteral("method")].toString();
        if (methods.contains(method))
            continue;
        methods << method;
        walk.pdf(QStringLiteral("receipt"), p[QStringLiteral("id")].toString());
    }
    EXPECT_EQ(methods.size(), 2);

    // The agreement: organisation's address and PAN, the property's address, PIN code
    // and house rules, the resident's Aadhaar, all from the demo; no placeholder left.
    const QString residentId = residents.first()[QStringLiteral("id")].toString();
    for (const char* lang : {"en", "hi"}) {
        const QString agreement = walk.pdf(QStringLiteral("agreement"), residentId,
                                           {QStringLiteral("--lang"), QString::fromLatin1(lang)});
        EXPECT_FALSE(PdfProbe::text(agreement).contains(QStringLiteral("{{"))) << lang;
    }

    // A credit note on the first invoice.
    const QString creditNote =
        walk.run({QStringLiteral("credit-note"), QStringLiteral("add"), QStringLiteral("--invoice"),
                  invoiceId, QStringLiteral("--amount"), QStringLiteral("100"),
                  QStringLiteral("--reason"), QStringLiteral("Wi-Fi down for three days")})
            .value(QStringLiteral("id"))
            .toString();
    walk.pdf(QStringLiteral("credit-note"), creditNote);

    // The leaver: a resident billed every month the demo billed, with nothing due, pays the
    // deposit agreed at check-in (two months' rent), gives 40 days' notice and leaves
    // today with a deduction: the deposit receipt and the refund voucher.
    QString leaver;
    for (const QJsonValue& r : residents)
        if (r[QStringLiteral("balance")].toString() == QStringLiteral("0.00") &&
            monthsOf(invoices, r[QStringLiteral("id")].toString()).size() == 3) {
            leaver = r[QStringLiteral("id")].toString();
            break;
        }
    ASSERT_FALSE(leaver.isEmpty());
    QString rent;
    for (const QJsonValue& b : beds)
        if (b[QStringLiteral("residentId")].toString() == leaver)
            rent = b[QStringLiteral("rent")].toString();
    ASSERT_FALSE(rent.isEmpty());
    const QString deposit =
        walk.run({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--resident"),
                  leaver, QStringLiteral("--amount"), QString::number(2 * rent.toDouble(), 'f', 2),
                  QStringLiteral("--method"), QStringLiteral("upi"), QStringLiteral("--reference"),
                  QStringLiteral("UTR-DEPOSIT"), QStringLiteral("--for"), QStringLiteral("deposit"),
                  QStringLiteral("--date"), iso(kToday.addDays(-40))})
            .value(QStringLiteral("id"))
            .toString();
    walk.pdf(QStringLiteral("deposit-receipt"), deposit);
    walk.run({QStringLiteral("notice"), QStringLiteral("--resident"), leaver,
              QStringLiteral("--move-out"), iso(kToday), QStringLiteral("--date"),
              iso(kToday.addDays(-40))});
    const QJsonObject checkout = walk.run(
        {QStringLiteral("checkout"), QStringLiteral("--resident"), leaver, QStringLiteral("--date"),
         iso(kToday), QStringLiteral("--deduction"), QStringLiteral("Broken chair=500")});
    const QString settlement = checkout.value(QStringLiteral("settlementId")).toString();
    walk.pdf(QStringLiteral("deposit-refund"), settlement);
    walk.pdf(QStringLiteral("settlement"), settlement);
    walk.pdf(QStringLiteral("settlement"), settlement,
             {QStringLiteral("--lang"), QStringLiteral("hi")});
    walk.pdf(QStringLiteral("police-form"), leaver);
    const QString statement = walk.out(QStringLiteral("statement.pdf"));
    walk.run({QStringLiteral("pdf"), QStringLiteral("statement"), QStringLiteral("--resident"),
              leaver, QStringLiteral("--from"), iso(kToday.addMonths(-4)), QStringLiteral("--to"),
              iso(kToday), QStringLiteral("--out"), statement});
    DemoWalk::expectSound(statement);

    // The last billed month's invoices: one file each, and one file to print.
    const QString month = kLastBilled.toString();
    const QString folder = walk.out(QStringLiteral("batch"));
    walk.run({QStringLiteral("pdf"), QStringLiteral("invoices"), QStringLiteral("--month"), month,
              QStringLiteral("--out"), folder});
    const QStringList written = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    qsizetype billed = 0; // the month's invoices, as `invoice list` gave them
    for (const QJsonValue& v : invoices)
        billed += v[QStringLiteral("month")].toString() == month;
    EXPECT_EQ(written.size(), billed);
    for (const QString& name : written)
        EXPECT_EQ(PdfProbe::qpdfProblems(QDir(folder).filePath(name)), QString())
            << name.toStdString();
    const QString single = walk.out(QStringLiteral("month.pdf"));
    walk.run({QStringLiteral("pdf"), QStringLiteral("invoices"), QStringLiteral("--month"), month,
              QStringLiteral("--single"), QStringLiteral("--out"), single});
    DemoWalk::expectSound(single);

    // The accountant's exports of that month.
    for (const char* what : {"invoices", "payments", "residents", "readings"})
        walk.run({QStringLiteral("export"), QString::fromLatin1(what), QStringLiteral("--month"),
                  month, QStringLiteral("--out"),
                  walk.out(QString::fromLatin1(what) + QStringLiteral(".csv"))});
    walk.run({QStringLiteral("export"), QStringLiteral("tally"), QStringLiteral("--month"), month,
              QStringLiteral("--out"), walk.out(QStringLiteral("tally.xml"))});
    // GSTR-1 needs a GSTIN: refused, naming the command that sets it.
    const auto gstr1 = test::runCtlInProcess(
        walk.files.path(),
        {QStringLiteral("export"), QStringLiteral("gstr1"), QStringLiteral("--month"), month,
         QStringLiteral("--out"), walk.out(QStringLiteral("gstr1.json"))});
    EXPECT_EQ(gstr1.exitCode, 2);
    EXPECT_TRUE(gstr1.err.contains(QStringLiteral("org set --gstin"))) << gstr1.err.toStdString();
}

TEST(DemoDocuments, TheDebitNoteAndGstr1OfARegisteredPg)
{
    // A registered PG (GSTIN 29AAACR5055K1Z3) bills its residents exempt; a stay that ends
    // before 90 days is taxed for its whole length by debit notes (Rule 53(1A)).
    DemoWalk walk({QStringLiteral("--gstin"), QStringLiteral("29AAACR5055K1Z3")}, 20);
    const QJsonArray invoices = walk.list("invoice", "invoices");
    ASSERT_FALSE(invoices.isEmpty());
    walk.pdf(QStringLiteral("invoice"), invoices.first()[QStringLiteral("id")].toString());

    // A resident first billed in the last billed month moved in at most a month before it:
    // leaving today, the stay is shorter than 90 days.
    QString shortStay;
    for (const QJsonValue& v : invoices) {
        const QString resident = v[QStringLiteral("residentId")].toString();
        if (monthsOf(invoices, resident) == QStringList{kLastBilled.toString()}) {
            shortStay = resident;
            break;
        }
    }
    ASSERT_FALSE(shortStay.isEmpty());
    const QJsonArray debitNotes =
        walk.run({QStringLiteral("checkout"), QStringLiteral("--resident"), shortStay,
                  QStringLiteral("--date"), iso(kToday)})
            .value(QStringLiteral("debitNotes"))
            .toArray();
    ASSERT_FALSE(debitNotes.isEmpty());
    walk.pdf(QStringLiteral("debit-note"), debitNotes.first()[QStringLiteral("id")].toString());

    const QString month = kLastBilled.toString();
    for (const char* file : {"gstr1.json", "gstr1.csv"})
        walk.run({QStringLiteral("export"), QStringLiteral("gstr1"), QStringLiteral("--month"),
                  month, QStringLiteral("--out"), walk.out(QString::fromLatin1(file))});
    const QString single = walk.out(QStringLiteral("month.pdf"));
    walk.run({QStringLiteral("pdf"), QStringLiteral("invoices"), QStringLiteral("--month"), month,
              QStringLiteral("--single"), QStringLiteral("--out"), single});
    DemoWalk::expectSound(single);
}
