// `export gstr1` and `export tally` on the worked October of ExportMonth.h: the return's
// sections and the vouchers against numbers worked out by hand; the XML well-formed.
#include "ExportMonth.h"

#include <integration/CtlInProcess.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace rentflow;
using test::paiseOf;
using test::runCtlInProcess;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// An amount in the return: a JSON number, compared in paise (every amount below is
// exact in binary, and the file's text is checked for two decimals separately).
qint64 paise(const QJsonValue& value)
{
    EXPECT_TRUE(value.isDouble());
    return qRound64(value.toDouble() * 100);
}

QJsonObject itemDetail(const QJsonValue& items, int at = 0)
{
    return items.toArray().at(at).toObject().value(QStringLiteral("itm_det")).toObject();
}

// {txval, camt, samt, iamt, csamt} in paise, and rt.
void expectTax(const QJsonObject& detail, qint64 txval, qint64 camt, qint64 samt, double rt)
{
    EXPECT_EQ(paise(detail.value(QStringLiteral("txval"))), txval);
    EXPECT_EQ(paise(detail.value(QStringLiteral("camt"))), camt);
    EXPECT_EQ(paise(detail.value(QStringLiteral("samt"))), samt);
    EXPECT_EQ(paise(detail.value(QStringLiteral("iamt"))), 0);
    EXPECT_EQ(paise(detail.value(QStringLiteral("csamt"))), 0);
    EXPECT_EQ(detail.value(QStringLiteral("rt")).toDouble(), rt);
}

class GstTallyExport : public ::testing::Test
{
protected:
    test::CtlRun exportTo(const char* kind, const QString& file)
    {
        return runCtlInProcess(month.workspace(),
                               {QStringLiteral("export"), QLatin1String(kind),
                                QStringLiteral("--month"), QStringLiteral("2026-10"),
                                QStringLiteral("--out"), file});
    }

    test::ExportMonth month;
};

} // namespace

TEST_F(GstTallyExport, Gstr1JsonHasTheMonthsSectionsInTheOfflineToolsFields)
{
    const QString file = month.out(QStringLiteral("gstr1.json"));
    const auto run = exportTo("gstr1", file);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = fileBytes(file);
    // Amounts are numbers with two decimals, never strings or "26261".
    EXPECT_TRUE(bytes.contains("\"val\": 31500.00")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("\"camt\": 625.25"));
    QJsonParseError error;
    const QJsonObject gstr1 = QJsonDocument::fromJson(bytes, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(gstr1.value(QStringLiteral("gstin")).toString(), QStringLiteral("29ABCPE1234F1Z7"));
    EXPECT_EQ(gstr1.value(QStringLiteral("fp")).toString(), QStringLiteral("102026"));

    // B2B: Kavya Rao's tax invoice, 30,000 at 5%: CGST 750, SGST 750, value 31,500.
    const QJsonArray b2b = gstr1.value(QStringLiteral("b2b")).toArray();
    ASSERT_EQ(b2b.size(), 1);
    EXPECT_EQ(b2b[0].toObject().value(QStringLiteral("ctin")).toString(),
              QStringLiteral("29AAACR5055K1Z3"));
    const QJsonArray inv = b2b[0].toObject().value(QStringLiteral("inv")).toArray();
    ASSERT_EQ(inv.size(), 1);
    const QJsonObject kavya = inv[0].toObject();
    EXPECT_EQ(kavya.value(QStringLiteral("inum")).toString(), month.kavyaInvoice);
    EXPECT_EQ(kavya.value(QStringLiteral("idt")).toString(), QStringLiteral("01-10-2026"));
    EXPECT_EQ(paise(kavya.value(QStringLiteral("val"))), 3150000);
    EXPECT_EQ(kavya.value(QStringLiteral("pos")).toString(), QStringLiteral("29"));
    EXPECT_EQ(kavya.value(QStringLiteral("rchrg")).toString(), QStringLiteral("N"));
    EXPECT_EQ(kavya.value(QStringLiteral("inv_typ")).toString(), QStringLiteral("R"));
    ASSERT_EQ(kavya.value(QStringLiteral("itms")).toArray().size(), 1);
    EXPECT_EQ(kavya.value(QStringLiteral("itms"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("num"))
                  .toInt(),
              501);
    expectTax(itemDetail(kavya.value(QStringLiteral("itms"))), 3000000, 75000, 75000, 5);

    // B2C small: only Arjun's 25,010 at 5% (CGST 625.25, SGST 625.25), intra-state.
    const QJsonArray b2cs = gstr1.value(QStringLiteral("b2cs")).toArray();
    ASSERT_EQ(b2cs.size(), 1);
    const QJsonObject small = b2cs[0].toObject();
    EXPECT_EQ(small.value(QStringLiteral("sply_ty")).toString(), QStringLiteral("INTRA"));
    EXPECT_EQ(small.value(QStringLiteral("pos")).toString(), QStringLiteral("29"));
    EXPECT_EQ(small.value(QStringLiteral("typ")).toString(), QStringLiteral("OE"));
    expectTax(small, 2501000, 62525, 62525, 5);

    // Table 8: Lakshmi's exempt 12,000 to an unregistered person within the state; the
    // cancelled 15,000 is not a supply.
    const QJsonArray nil =
        gstr1.value(QStringLiteral("nil")).toObject().value(QStringLiteral("inv")).toArray();
    ASSERT_EQ(nil.size(), 1);
    EXPECT_EQ(nil[0].toObject().value(QStringLiteral("sply_ty")).toString(),
              QStringLiteral("INTRAB2C"));
    EXPECT_EQ(paise(nil[0].toObject().value(QStringLiteral("expt_amt"))), 1200000);
    EXPECT_EQ(paise(nil[0].toObject().value(QStringLiteral("nil_amt"))), 0);
    EXPECT_EQ(paise(nil[0].toObject().value(QStringLiteral("ngsup_amt"))), 0);

    // CDNR: the ₹5,250 note to Kavya Rao: value 5,000 at 5%, CGST 125, SGST 125.
    const QJsonArray cdnr = gstr1.value(QStringLiteral("cdnr")).toArray();
    ASSERT_EQ(cdnr.size(), 1);
    EXPECT_EQ(cdnr[0].toObject().value(QStringLiteral("ctin")).toString(),
              QStringLiteral("29AAACR5055K1Z3"));
    const QJsonObject note = cdnr[0].toObject().value(QStringLiteral("nt")).toArray()[0].toObject();
    EXPECT_EQ(note.value(QStringLiteral("ntty")).toString(), QStringLiteral("C"));
    EXPECT_EQ(note.value(QStringLiteral("nt_num")).toString(), month.creditNote);
    EXPECT_EQ(note.value(QStringLiteral("nt_dt")).toString(), QStringLiteral("10-10-2026"));
    EXPECT_EQ(paise(note.value(QStringLiteral("val"))), 525000);
    expectTax(itemDetail(note.value(QStringLiteral("itms"))), 500000, 12500, 12500, 5);

    // SAC 996322, net of the note: exempt 12,000 at 0%; at 5%, 25,010 + 30,000 − 5,000 =
    // 50,010.00, CGST 625.25 + 750 − 125 = 1,250.25, SGST the same, value 52,510.50.
    const QJsonArray hsn =
        gstr1.value(QStringLiteral("hsn")).toObject().value(QStringLiteral("data")).toArray();
    ASSERT_EQ(hsn.size(), 2);
    const QJsonObject exempt = hsn[0].toObject();
    EXPECT_EQ(exempt.value(QStringLiteral("hsn_sc")).toString(), QStringLiteral("996322"));
    EXPECT_EQ(exempt.value(QStringLiteral("uqc")).toString(), QStringLiteral("NA"));
    expectTax(exempt, 1200000, 0, 0, 0);
    EXPECT_EQ(paise(exempt.value(QStringLiteral("val"))), 1200000);
    const QJsonObject taxed = hsn[1].toObject();
    EXPECT_EQ(taxed.value(QStringLiteral("hsn_sc")).toString(), QStringLiteral("996322"));
    expectTax(taxed, 5001000, 125025, 125025, 5);
    EXPECT_EQ(paise(taxed.value(QStringLiteral("val"))), 5251050);

    // Documents issued: four invoices, one cancelled, three net; one credit note.
    const QJsonArray docs = gstr1.value(QStringLiteral("doc_issue"))
                                .toObject()
                                .value(QStringLiteral("doc_det"))
                                .toArray();
    ASSERT_EQ(docs.size(), 2);
    EXPECT_EQ(docs[0].toObject().value(QStringLiteral("doc_num")).toInt(), 1);
    const QJsonObject invoices =
        docs[0].toObject().value(QStringLiteral("docs")).toArray()[0].toObject();
    const QStringList numbers{month.lakshmiInvoice, month.arjunInvoice, month.kavyaInvoice,
                              month.rohanInvoice};
    EXPECT_EQ(invoices.value(QStringLiteral("from")).toString(),
              *std::min_element(numbers.begin(), numbers.end()));
    EXPECT_EQ(invoices.value(QStringLiteral("to")).toString(),
              *std::max_element(numbers.begin(), numbers.end()));
    EXPECT_EQ(invoices.value(QStringLiteral("totnum")).toInt(), 4);
    EXPECT_EQ(invoices.value(QStringLiteral("cancel")).toInt(), 1);
    EXPECT_EQ(invoices.value(QStringLiteral("net_issue")).toInt(), 3);
    EXPECT_EQ(docs[1].toObject().value(QStringLiteral("doc_num")).toInt(), 5);
    const QJsonObject notes =
        docs[1].toObject().value(QStringLiteral("docs")).toArray()[0].toObject();
    EXPECT_EQ(notes.value(QStringLiteral("from")).toString(), month.creditNote);
    EXPECT_EQ(notes.value(QStringLiteral("to")).toString(), month.creditNote);
    EXPECT_EQ(notes.value(QStringLiteral("totnum")).toInt(), 1);
    EXPECT_EQ(notes.value(QStringLiteral("net_issue")).toInt(), 1);
}

TEST_F(GstTallyExport, Gstr1CsvCarriesTheSameSections)
{
    const QString file = month.out(QStringLiteral("gstr1.csv"));
    ASSERT_EQ(exportTo("gstr1", file).exitCode, 0);
    const auto csv = test::readCsv(file);
    QStringList sections;
    for (qsizetype i = 1; i < csv.size(); ++i)
        sections << csv[i].value(0);
    EXPECT_EQ(sections,
              (QStringList{QStringLiteral("b2b"), QStringLiteral("b2cs"), QStringLiteral("nil"),
                           QStringLiteral("cdnr"), QStringLiteral("hsn"), QStringLiteral("hsn"),
                           QStringLiteral("doc_issue"), QStringLiteral("doc_issue")}));
    const int taxable = int(csv[0].indexOf(QStringLiteral("taxable_value")));
    const int exempt = int(csv[0].indexOf(QStringLiteral("exempt")));
    const int cancelled = int(csv[0].indexOf(QStringLiteral("cancelled")));
    EXPECT_EQ(paiseOf(csv[1].value(taxable)), 3000000); // b2b
    EXPECT_EQ(paiseOf(csv[2].value(taxable)), 2501000); // b2cs
    EXPECT_EQ(paiseOf(csv[3].value(exempt)), 1200000);  // nil
    EXPECT_EQ(paiseOf(csv[4].value(taxable)), 500000);  // cdnr
    EXPECT_EQ(paiseOf(csv[6].value(taxable)), 5001000); // hsn at 5%
    EXPECT_EQ(csv[7].value(cancelled), QStringLiteral("1"));
}

namespace {

struct Voucher
{
    QString type;
    QString number;
    QString date;
    QString party;
    QList<std::pair<QString, qint64>> entries; // ledger, amount in paise (Tally's sign)
    QStringList deemedPositive;
};

QList<Voucher> readVouchers(const QByteArray& xml)
{
    QList<Voucher> vouchers;
    QXmlStreamReader reader(xml);
    QString ledger;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QString name = reader.name().toString();
        if (name == u"VOUCHER") {
            Voucher v;
            v.type = reader.attributes().value(QStringLiteral("VCHTYPE")).toString();
            vouchers.append(v);
        } else if (name == u"VOUCHERNUMBER") {
            vouchers.last().number = reader.readElementText();
        } else if (name == u"DATE") {
            vouchers.last().date = reader.readElementText();
        } else if (name == u"PARTYLEDGERNAME") {
            vouchers.last().party = reader.readElementText();
        } else if (name == u"LEDGERNAME") {
            ledger = reader.readElementText();
        } else if (name == u"ISDEEMEDPOSITIVE") {
            vouchers.last().deemedPositive << reader.readElementText();
        } else if (name == u"AMOUNT") {
            vouchers.last().entries.append({ledger, paiseOf(reader.readElementText())});
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return vouchers;
}

const Voucher& voucher(const QList<Voucher>& vouchers, const QString& number)
{
    for (const Voucher& v : vouchers)
        if (v.number == number)
            return v;
    ADD_FAILURE() << "no voucher " << number.toStdString();
    static const Voucher none;
    return none;
}

using Entries = QList<std::pair<QString, qint64>>;

} // namespace

TEST_F(GstTallyExport, TallyVouchersBalanceInTallysSignsAndTheXmlIsWellFormed)
{
    const QString file = month.out(QStringLiteral("tally.xml"));
    const auto run = exportTo("tally", file);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Three sales (Rohan's cancelled invoice is not a sale), one credit note, two receipts.
    EXPECT_EQ(run.json().value(QStringLiteral("vouchers")).toInt(), 6);
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), file});
    ASSERT_TRUE(xmllint.waitForFinished(30000));
    EXPECT_EQ(xmllint.exitCode(), 0) << xmllint.readAllStandardError().toStdString();

    const QByteArray xml = fileBytes(file);
    EXPECT_TRUE(xml.contains("<TALLYREQUEST>Import Data</TALLYREQUEST>"));
    EXPECT_TRUE(xml.contains("<REPORTNAME>Vouchers</REPORTNAME>"));
    EXPECT_TRUE(xml.contains("<SVCURRENTCOMPANY>Sunrise PG</SVCURRENTCOMPANY>"));
    const QList<Voucher> vouchers = readVouchers(xml);
    ASSERT_EQ(vouchers.size(), 6);
    for (const Voucher& v : vouchers) {
        qint64 sum = 0;
        for (qsizetype i = 0; i < v.entries.size(); ++i) {
            sum += v.entries[i].second;
            // A debit is negative and deemed positive; a credit positive and not.
            EXPECT_EQ(v.deemedPositive.value(i),
                      v.entries[i].second < 0 ? QStringLiteral("Yes") : QStringLiteral("No"))
                << v.number.toStdString();
        }
        EXPECT_EQ(sum, 0) << v.type.toStdString() << " " << v.number.toStdString();
    }
    // Arjun: Dr party 26,261.00; Cr rent 25,010.00, CGST 625.25, SGST 625.25, round-off 0.50.
    const Voucher& arjun = voucher(vouchers, month.arjunInvoice);
    EXPECT_EQ(arjun.type, QStringLiteral("Sales"));
    EXPECT_EQ(arjun.date, QStringLiteral("20261001"));
    EXPECT_EQ(arjun.party, QStringLiteral("Arjun Mehta"));
    EXPECT_EQ(arjun.entries, (Entries{{QStringLiteral("Arjun Mehta"), -2626100},
                                      {QStringLiteral("Accommodation Rent"), 2501000},
                                      {QStringLiteral("Output CGST"), 62525},
                                      {QStringLiteral("Output SGST"), 62525},
                                      {QStringLiteral("Round Off"), 50}}));
    EXPECT_EQ(voucher(vouchers, month.lakshmiInvoice).entries,
              (Entries{{QStringLiteral("Lakshmi Narayanan"), -1200000},
                       {QStringLiteral("Accommodation Rent"), 1200000}}));
    EXPECT_EQ(voucher(vouchers, month.kavyaInvoice).entries,
              (Entries{{QStringLiteral("Kavya Rao"), -3150000},
                       {QStringLiteral("Accommodation Rent"), 3000000},
                       {QStringLiteral("Output CGST"), 75000},
                       {QStringLiteral("Output SGST"), 75000}}));
    // The credit note the other way round: Cr party 5,250; Dr rent 5,000, CGST 125, SGST 125.
    const Voucher& note = voucher(vouchers, month.creditNote);
    EXPECT_EQ(note.type, QStringLiteral("Credit Note"));
    EXPECT_EQ(note.date, QStringLiteral("20261010"));
    EXPECT_EQ(note.entries, (Entries{{QStringLiteral("Kavya Rao"), 525000},
                                     {QStringLiteral("Accommodation Rent"), -500000},
                                     {QStringLiteral("Output CGST"), -12500},
                                     {QStringLiteral("Output SGST"), -12500}}));
    // Receipts: cash to the cash ledger, UPI to the bank.
    int receipts = 0;
    for (const Voucher& v : vouchers) {
        if (v.type != u"Receipt")
            continue;
        ++receipts;
        if (v.date == u"20261003")
            EXPECT_EQ(v.entries, (Entries{{QStringLiteral("Cash"), -1200000},
                                          {QStringLiteral("Lakshmi Narayanan"), 1200000}}));
        else
            EXPECT_EQ(v.entries, (Entries{{QStringLiteral("Bank Account"), -2000000},
                                          {QStringLiteral("Arjun Mehta"), 2000000}}));
    }
    EXPECT_EQ(receipts, 2);
    for (const Voucher& v : vouchers)
        EXPECT_NE(v.number, month.rohanInvoice);
}
