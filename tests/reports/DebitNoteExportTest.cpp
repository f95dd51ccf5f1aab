// Debit notes in `export gstr1`: a short stay checked out, its earlier exempt bills of
// supply taxed after all by debit notes (CGST s.34(3)), read from the workspace by
// SupplyRegister and written as the offline tool's table 9B (ntty D), table 12 and
// table 13. Every figure worked out by hand.
#include "ExportMonth.h"

#include <exports/SupplyRegister.h>
#include <exports/TallyXml.h>
#include <integration/CtlInProcess.h>
#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <stays/GiveNotice.h>
#include <support/SamplePg.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;
using test::runCtlInProcess;

namespace {

const QString kRecipient = QStringLiteral("29AAACR5055K1Z3");

OrganisationInput registered()
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7"); // Karnataka, like the property
    return org;
}

qint64 paise(const QJsonValue& value)
{
    EXPECT_TRUE(value.isDouble());
    return qRound64(value.toDouble() * 100);
}

// A registered resident (GSTIN 29AAACR5055K1Z3) in bed 101/A from 1 July 2026 at
// ₹12,000, an 11-month stay planned: July and August billed exempt (KORA/2627/0001,
// /0002, paid); notice to leave on 13 September; out on 13 September, day 31 + 31 + 13
// = 75 < 90, so the stay is taxed for its whole length: a debit note on each bill of
// supply, 5% of 12,000 = 600.00 (CGST 300.00 + SGST 300.00), KORAD/2627/0001 and /0002,
// and September's 13 days 12,000 × 13 / 30 = 5,200.00 taxed on the check-out invoice
// KORA/2627/0003: CGST 130.00 + SGST 130.00, total 5,460.00.
// Without a GSTIN (`withGstin` false) the same stay is to an unregistered resident.
struct ShortStay : test::SamplePg
{
    explicit ShortStay(bool withGstin = true) : test::SamplePg(registered())
    {
        EXPECT_TRUE(CheckIn(store())
                        .run({residentIds[0], bedIds[0], QStringLiteral("2026-07-01"),
                              QStringLiteral("12000"), QStringLiteral("24000")},
                             QDate(2026, 7, 1))
                        .ok());
        if (withGstin)
            test::setResidentGstin(store(), residentIds[0], kRecipient);
        EXPECT_TRUE(RecordPayment(store())
                        .run({residentIds[0], QStringLiteral("24000"), QStringLiteral("bank"),
                              QStringLiteral("UTR1"), QStringLiteral("2026-07-01"),
                              QStringLiteral("deposit")},
                             QDate(2026, 7, 1))
                        .ok());
        bill(u"2026-07");
        bill(u"2026-08");
        EXPECT_TRUE(RecordPayment(store())
                        .run({residentIds[0], QStringLiteral("24000"), QStringLiteral("upi"),
                              QStringLiteral("UTR2"), QStringLiteral("2026-08-01")},
                             QDate(2026, 8, 1))
                        .ok());
        EXPECT_TRUE(GiveNotice(store())
                        .run({residentIds[0], QStringLiteral("2026-07-01"),
                              QStringLiteral("2026-09-13"), QStringLiteral("Course over")},
                             QDate(2026, 7, 1))
                        .ok());
        auto out = CheckOut(store()).run({residentIds[0], QStringLiteral("2026-09-13"), {}, {}},
                                         QDate(2026, 9, 13));
        EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().message.toStdString());
    }

    test::CtlRun run(const char* kind, const char* month, const QString& file)
    {
        return runCtlInProcess(files.path(), {QStringLiteral("export"), QLatin1String(kind),
                                              QStringLiteral("--month"), QLatin1String(month),
                                              QStringLiteral("--out"), file});
    }
    QByteArray exported(const char* kind, const char* month, const char* name)
    {
        const QString file = files.scratch(QString::fromLatin1(name));
        const auto ran = run(kind, month, file);
        EXPECT_EQ(ran.exitCode, 0) << ran.err.toStdString();
        QFile in(file);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << file.toStdString();
        return in.readAll();
    }
};

} // namespace

TEST(DebitNoteExport, Gstr1HasTheShortStaysDebitNotesInCdnrHsnAndDocumentsIssued)
{
    ShortStay pg;
    const QByteArray bytes = pg.exported("gstr1", "2026-09", "gstr1.json");
    EXPECT_TRUE(bytes.contains("\"ntty\": \"D\"")) << bytes.constData();
    QJsonParseError error;
    const QJsonObject gstr1 = QJsonDocument::fromJson(bytes, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();

    // Table 9B: the two debit notes to the registered recipient (the offline tool's
    // note carries no invoice number since notes stopped being linked; the CSV has it):
    // value (the tax debited) 600.00; 12,000 at 5%, CGST 300.00, SGST 300.00.
    const QJsonArray cdnr = gstr1.value(QStringLiteral("cdnr")).toArray();
    ASSERT_EQ(cdnr.size(), 1);
    EXPECT_EQ(cdnr[0].toObject().value(QStringLiteral("ctin")).toString(), kRecipient);
    const QJsonArray notes = cdnr[0].toObject().value(QStringLiteral("nt")).toArray();
    ASSERT_EQ(notes.size(), 2);
    const char* numbers[] = {"KORAD/2627/0001", "KORAD/2627/0002"};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject note = notes[i].toObject();
        EXPECT_EQ(note.value(QStringLiteral("ntty")).toString(), QStringLiteral("D"));
        EXPECT_EQ(note.value(QStringLiteral("nt_num")).toString(), QLatin1String(numbers[i]));
        EXPECT_EQ(note.value(QStringLiteral("nt_dt")).toString(), QStringLiteral("13-09-2026"));
        EXPECT_EQ(paise(note.value(QStringLiteral("val"))), 60000);
        EXPECT_EQ(note.value(QStringLiteral("pos")).toString(), QStringLiteral("29"));
        EXPECT_EQ(note.value(QStringLiteral("rchrg")).toString(), QStringLiteral("N"));
        const QJsonArray items = note.value(QStringLiteral("itms")).toArray();
        ASSERT_EQ(items.size(), 1);
        const QJsonObject detail = items[0].toObject().value(QStringLiteral("itm_det")).toObject();
        EXPECT_EQ(paise(detail.value(QStringLiteral("txval"))), 1200000);
        EXPECT_EQ(paise(detail.value(QStringLiteral("camt"))), 30000);
        EXPECT_EQ(paise(detail.value(QStringLiteral("samt"))), 30000);
        EXPECT_EQ(paise(detail.value(QStringLiteral("iamt"))), 0);
        EXPECT_EQ(detail.value(QStringLiteral("rt")).toDouble(), 5.0);
    }
    // Nothing to unregistered recipients; the exempt July and August are not amended in
    // September's table 8.
    EXPECT_TRUE(gstr1.value(QStringLiteral("b2cs")).toArray().isEmpty());
    EXPECT_TRUE(gstr1.value(QStringLiteral("nil"))
                    .toObject()
                    .value(QStringLiteral("inv"))
                    .toArray()
                    .isEmpty());
    // Table 12, SAC 996322 at 5%: 5,200 + 12,000 + 12,000 = 29,200.00; CGST 130 + 300 +
    // 300 = 730.00, SGST 730.00; value 29,200 + 1,460 = 30,660.00.
    const QJsonArray hsn =
        gstr1.value(QStringLiteral("hsn")).toObject().value(QStringLiteral("data")).toArray();
    ASSERT_EQ(hsn.size(), 1);
    const QJsonObject sac = hsn[0].toObject();
    EXPECT_EQ(sac.value(QStringLiteral("hsn_sc")).toString(), QStringLiteral("996322"));
    EXPECT_EQ(paise(sac.value(QStringLiteral("txval"))), 2920000);
    EXPECT_EQ(paise(sac.value(QStringLiteral("camt"))), 73000);
    EXPECT_EQ(paise(sac.value(QStringLiteral("samt"))), 73000);
    EXPECT_EQ(paise(sac.value(QStringLiteral("val"))), 3066000);
    // Table 13: the invoice KORA/2627/0003 (nature 1) and the debit notes /0001 to /0002,
    // 2 issued, none cancelled (nature 4).
    const QJsonArray docs = gstr1.value(QStringLiteral("doc_issue"))
                                .toObject()
                                .value(QStringLiteral("doc_det"))
                                .toArray();
    ASSERT_EQ(docs.size(), 2);
    EXPECT_EQ(docs[0].toObject().value(QStringLiteral("doc_num")).toInt(), 1);
    const QJsonObject debit = docs[1].toObject();
    EXPECT_EQ(debit.value(QStringLiteral("doc_num")).toInt(), 4);
    EXPECT_EQ(debit.value(QStringLiteral("doc_typ")).toString(), QStringLiteral("Debit Note"));
    const QJsonObject range = debit.value(QStringLiteral("docs")).toArray()[0].toObject();
    EXPECT_EQ(range.value(QStringLiteral("from")).toString(), QStringLiteral("KORAD/2627/0001"));
    EXPECT_EQ(range.value(QStringLiteral("to")).toString(), QStringLiteral("KORAD/2627/0002"));
    EXPECT_EQ(range.value(QStringLiteral("totnum")).toInt(), 2);
    EXPECT_EQ(range.value(QStringLiteral("cancel")).toInt(), 0);
    EXPECT_EQ(range.value(QStringLiteral("net_issue")).toInt(), 2);
}

TEST(DebitNoteExport, TallyHasADebitNoteVoucherPerNoteBalancedInTallysSigns)
{
    ShortStay pg;
    auto issued = SupplyRegister(pg.store())
                      .issuedIn(ExportPeriod::between(QDate(2026, 9, 1), QDate(2026, 9, 30)));
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    ASSERT_EQ(issued.value().debitNotes.size(), 2);
    auto vouchers = reports::tallyVouchers(issued.value(), {});
    ASSERT_TRUE(vouchers.ok()) << vouchers.error().message.toStdString();
    // Each note: Dr the party 600.00 (the tax debited); Cr Output CGST 300.00, Output
    // SGST 300.00; −600 + 300 + 300 = 0. The invoice put right is the reference.
    const char* numbers[] = {"KORAD/2627/0001", "KORAD/2627/0002"};
    const char* invoices[] = {"KORA/2627/0001", "KORA/2627/0002"};
    int debitNotes = 0;
    for (const reports::TallyVoucher& v : vouchers.value()) {
        if (v.type != u"Debit Note")
            continue;
        ASSERT_LT(debitNotes, 2);
        EXPECT_EQ(v.number, QLatin1String(numbers[debitNotes]));
        EXPECT_EQ(v.reference, QLatin1String(invoices[debitNotes]));
        EXPECT_EQ(v.date, QDate(2026, 9, 13));
        const QString party = v.party;
        EXPECT_FALSE(party.isEmpty());
        ASSERT_EQ(v.entries.size(), 3);
        EXPECT_EQ(v.entries[0].ledger, party);
        EXPECT_EQ(v.entries[0].amount, Money::fromPaise(-60000));
        EXPECT_EQ(v.entries[1].ledger, QStringLiteral("Output CGST"));
        EXPECT_EQ(v.entries[1].amount, Money::fromPaise(30000));
        EXPECT_EQ(v.entries[2].ledger, QStringLiteral("Output SGST"));
        EXPECT_EQ(v.entries[2].amount, Money::fromPaise(30000));
        EXPECT_EQ(v.balance(), Money());
        ++debitNotes;
    }
    EXPECT_EQ(debitNotes, 2);

    // The file: well-formed (xmllint), the vouchers in Tally's signs: a debit negative
    // and deemed positive.
    const QByteArray xml = pg.exported("tally", "2026-09", "tally.xml");
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
                  {QStringLiteral("--noout"), pg.files.scratch(QStringLiteral("tally.xml"))});
    ASSERT_TRUE(xmllint.waitForFinished(30000));
    EXPECT_EQ(xmllint.exitCode(), 0) << xmllint.readAllStandardError().toStdString();
    EXPECT_EQ(xml.count("<VOUCHERTYPENAME>Debit Note</VOUCHERTYPENAME>"), 2) << xml.constData();
    EXPECT_TRUE(xml.contains("<VOUCHERNUMBER>KORAD/2627/0002</VOUCHERNUMBER>"));
    EXPECT_TRUE(xml.contains("<REFERENCE>KORA/2627/0002</REFERENCE>"));
    // The party's −600.00 a debit, Output CGST/SGST 300.00 credits, in both notes.
    const QString text = QString::fromUtf8(xml);
    static const QRegularExpression debit(
        QStringLiteral("<ISDEEMEDPOSITIVE>Yes</ISDEEMEDPOSITIVE>\\s*<AMOUNT>-600.00</AMOUNT>"));
    static const QRegularExpression credit(QStringLiteral(
        "<LEDGERNAME>Output CGST</LEDGERNAME>\\s*<ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE>\\s*"
        "<AMOUNT>300.00</AMOUNT>"));
    EXPECT_EQ(text.count(debit), 2) << xml.constData();
    EXPECT_EQ(text.count(credit), 2);
}

TEST(DebitNoteExport, ToAnUnregisteredResidentTheTaxIsAddedToB2cSmall)
{
    ShortStay pg(false);
    const QJsonObject gstr1 =
        QJsonDocument::fromJson(pg.exported("gstr1", "2026-09", "gstr1.json")).object();
    EXPECT_TRUE(gstr1.value(QStringLiteral("cdnr")).toArray().isEmpty());
    EXPECT_TRUE(gstr1.value(QStringLiteral("b2b")).toArray().isEmpty());
    // B2C small, intra-state 29 at 5%: September's 5,200 + the two notes' 12,000 each =
    // 29,200.00; CGST 130 + 300 + 300 = 730.00, SGST 730.00.
    const QJsonArray b2cs = gstr1.value(QStringLiteral("b2cs")).toArray();
    ASSERT_EQ(b2cs.size(), 1);
    const QJsonObject row = b2cs[0].toObject();
    EXPECT_EQ(row.value(QStringLiteral("sply_ty")).toString(), QStringLiteral("INTRA"));
    EXPECT_EQ(row.value(QStringLiteral("pos")).toString(), QStringLiteral("29"));
    EXPECT_EQ(row.value(QStringLiteral("rt")).toDouble(), 5.0);
    EXPECT_EQ(paise(row.value(QStringLiteral("txval"))), 2920000);
    EXPECT_EQ(paise(row.value(QStringLiteral("camt"))), 73000);
    EXPECT_EQ(paise(row.value(QStringLiteral("samt"))), 73000);
    EXPECT_EQ(paise(row.value(QStringLiteral("iamt"))), 0);
}

TEST(DebitNoteExport, Gstr1CsvNamesTheInvoiceEachDebitNotePutsRight)
{
    ShortStay pg;
    pg.exported("gstr1", "2026-09", "gstr1.csv");
    const auto csv = test::readCsv(pg.files.scratch(QStringLiteral("gstr1.csv")));
    ASSERT_FALSE(csv.isEmpty());
    const auto column = [&](const char* name) {
        return int(csv[0].indexOf(QLatin1String(name)));
    };
    // KORAD/2627/0002 on August's bill of supply: 12,000 at 5%, CGST 300, value 600.
    const QStringList note = test::csvRow(csv, column("number"), QStringLiteral("KORAD/2627/0002"));
    EXPECT_EQ(note.value(column("section")), QStringLiteral("cdnr"));
    EXPECT_EQ(note.value(column("original_number")), QStringLiteral("KORA/2627/0002"));
    EXPECT_EQ(note.value(column("original_date")), QStringLiteral("2026-08-01"));
    EXPECT_EQ(note.value(column("document_type")), QStringLiteral("Debit Note"));
    EXPECT_EQ(test::paiseOf(note.value(column("taxable_value"))), 1200000);
    EXPECT_EQ(test::paiseOf(note.value(column("cgst"))), 30000);
    EXPECT_EQ(test::paiseOf(note.value(column("value"))), 60000);
}

TEST(DebitNoteExport, ADebitNoteWhoseInvoiceCannotBeReadEndsTheExportWithoutAFile)
{
    ShortStay pg;
    // Another program marks July's invoice deleted: its debit note can no longer name it.
    QSqlQuery q(pg.store().database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE invoice SET deleted = 1 WHERE number = "
                                      "'KORA/2627/0001'")));
    for (const char* kind : {"gstr1", "tally"}) {
        const QString out = pg.files.scratch(QString::fromLatin1(kind) == u"tally"
                                                 ? QStringLiteral("refused.xml")
                                                 : QStringLiteral("refused.json"));
        const auto ran = pg.run(kind, "2026-09", out);
        EXPECT_EQ(ran.exitCode, 1) << kind;
        EXPECT_TRUE(ran.err.contains(QStringLiteral("KORAD/2627/0001"))) << ran.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << kind;
    }
}
