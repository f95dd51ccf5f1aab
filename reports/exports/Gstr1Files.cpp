#include "Gstr1Files.h"

#include <domain/Rate.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rentflow::reports {

namespace {

// QJsonDocument writes numbers through double and drops trailing zeros; the return
// wants rupees with two decimals. A number goes in as a marked string and comes out
// as the bare number text; the marker (U+0001) is escaped by the writer as \u0001,
// which nothing else in the return can contain (numbers, GSTINs, codes, dates).
QJsonValue number(const QString& text)
{
    return QJsonValue(QStringLiteral("\x01N") + text);
}

QJsonValue rupees(Money amount)
{
    return number(amount.toDecimalString());
}

QString portalDate(QDate day)
{
    return day.toString(QStringLiteral("dd-MM-yyyy"));
}

QJsonObject itemDetail(int rateBp, Money taxable, Money igst, Money cgst, Money sgst)
{
    return {{QStringLiteral("txval"), rupees(taxable)},
            {QStringLiteral("rt"), number(ratePercent(rateBp))},
            {QStringLiteral("iamt"), rupees(igst)},
            {QStringLiteral("camt"), rupees(cgst)},
            {QStringLiteral("samt"), rupees(sgst)},
            {QStringLiteral("csamt"), rupees(Money())}};
}

QJsonArray items(const QList<Gstr1::Tax>& taxes)
{
    QJsonArray out;
    for (const Gstr1::Tax& t : taxes)
        out.append(QJsonObject{
            {QStringLiteral("num"), number(QString::number(t.rateBp + 1))},
            {QStringLiteral("itm_det"), itemDetail(t.rateBp, t.taxable, t.igst, t.cgst, t.sgst)}});
    return out;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Y") : QStringLiteral("N");
}

QString documentNature(int nature)
{
    if (nature == 4)
        return QStringLiteral("Debit Note");
    return nature == 5 ? QStringLiteral("Credit Note")
                       : QStringLiteral("Invoices for outward supply");
}

} // namespace

QString ratePercent(int rateBp)
{
    // "18%" without its sign: the return's rate column is a bare number.
    return Rate::fromBasisPoints(rateBp).toString().chopped(1);
}

QByteArray gstr1Json(const Gstr1& g)
{
    QJsonObject root{{QStringLiteral("gstin"), g.gstin}, {QStringLiteral("fp"), g.period}};

    QJsonArray b2b;
    QMap<QString, QJsonArray> byRecipient;
    for (const Gstr1::B2bInvoice& inv : g.b2b)
        byRecipient[inv.recipientGstin].append(
            QJsonObject{{QStringLiteral("inum"), inv.number},
                        {QStringLiteral("idt"), portalDate(inv.date)},
                        {QStringLiteral("val"), rupees(inv.value)},
                        {QStringLiteral("pos"), inv.placeOfSupply},
                        {QStringLiteral("rchrg"), yesNo(inv.reverseCharge)},
                        {QStringLiteral("inv_typ"), QStringLiteral("R")},
                        {QStringLiteral("itms"), items(inv.items)}});
    for (auto it = byRecipient.cbegin(); it != byRecipient.cend(); ++it)
        b2b.append(
            QJsonObject{{QStringLiteral("ctin"), it.key()}, {QStringLiteral("inv"), it.value()}});
    root.insert(QStringLiteral("b2b"), b2b);

    QJsonArray b2cs;
    for (const Gstr1::B2cSmall& b : g.b2cs) {
        QJsonObject row = itemDetail(b.rateBp, b.taxable, b.igst, b.cgst, b.sgst);
        row.insert(QStringLiteral("sply_ty"),
                   b.interState ? QStringLiteral("INTER") : QStringLiteral("INTRA"));
        row.insert(QStringLiteral("pos"), b.placeOfSupply);
        row.insert(QStringLiteral("typ"), QStringLiteral("OE"));
        b2cs.append(row);
    }
    root.insert(QStringLiteral("b2cs"), b2cs);

    QJsonArray nil;
    for (const Gstr1::NilRated& n : g.nil)
        nil.append(QJsonObject{{QStringLiteral("sply_ty"), n.supplyType},
                               {QStringLiteral("expt_amt"), rupees(n.exempt)},
                               {QStringLiteral("nil_amt"), rupees(Money())},
                               {QStringLiteral("ngsup_amt"), rupees(Money())}});
    root.insert(QStringLiteral("nil"), QJsonObject{{QStringLiteral("inv"), nil}});

    QMap<QString, QJsonArray> notesByRecipient;
    for (const Gstr1::CreditNote& n : g.cdnr)
        notesByRecipient[n.recipientGstin].append(QJsonObject{
            {QStringLiteral("ntty"), n.debit ? QStringLiteral("D") : QStringLiteral("C")},
            {QStringLiteral("nt_num"), n.number},
            {QStringLiteral("nt_dt"), portalDate(n.date)},
            {QStringLiteral("val"), rupees(n.value)},
            {QStringLiteral("pos"), n.placeOfSupply},
            {QStringLiteral("rchrg"), yesNo(n.reverseCharge)},
            {QStringLiteral("inv_typ"), QStringLiteral("R")},
            {QStringLiteral("itms"), items(n.items)}});
    QJsonArray cdnr;
    for (auto it = notesByRecipient.cbegin(); it != notesByRecipient.cend(); ++it)
        cdnr.append(
            QJsonObject{{QStringLiteral("ctin"), it.key()}, {QStringLiteral("nt"), it.value()}});
    root.insert(QStringLiteral("cdnr"), cdnr);

    QJsonArray hsn;
    int serial = 0;
    for (const Gstr1::Hsn& h : g.hsn) {
        QJsonObject row = itemDetail(h.rateBp, h.taxable, h.igst, h.cgst, h.sgst);
        row.insert(QStringLiteral("num"), number(QString::number(++serial)));
        row.insert(QStringLiteral("hsn_sc"), h.sac);
        row.insert(QStringLiteral("desc"), h.description);
        row.insert(QStringLiteral("uqc"), QStringLiteral("NA"));
        row.insert(QStringLiteral("qty"), number(QStringLiteral("0")));
        row.insert(QStringLiteral("val"), rupees(h.value()));
        hsn.append(row);
    }
    root.insert(QStringLiteral("hsn"), QJsonObject{{QStringLiteral("data"), hsn}});

    QMap<int, QJsonArray> docsByNature;
    for (const Gstr1::DocumentRange& d : g.documents) {
        QJsonArray& docs = docsByNature[d.nature];
        docs.append(
            QJsonObject{{QStringLiteral("num"), number(QString::number(docs.size() + 1))},
                        {QStringLiteral("from"), d.from},
                        {QStringLiteral("to"), d.to},
                        {QStringLiteral("totnum"), number(QString::number(d.total))},
                        {QStringLiteral("cancel"), number(QString::number(d.cancelled))},
                        {QStringLiteral("net_issue"), number(QString::number(d.netIssued()))}});
    }
    QJsonArray details;
    for (auto it = docsByNature.cbegin(); it != docsByNature.cend(); ++it)
        details.append(QJsonObject{{QStringLiteral("doc_num"), number(QString::number(it.key()))},
                                   {QStringLiteral("doc_typ"), documentNature(it.key())},
                                   {QStringLiteral("docs"), it.value()}});
    root.insert(QStringLiteral("doc_issue"), QJsonObject{{QStringLiteral("doc_det"), details}});

    QString text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    static const QRegularExpression marked(QStringLiteral("\"\\\\u0001N([-0-9.]+)\""));
    text.replace(marked, QStringLiteral("\\1"));
    return text.toUtf8();
}

CsvTable gstr1Csv(const Gstr1& g)
{
    CsvTable csv({QStringLiteral("section"),
                  QStringLiteral("gstin"),
                  QStringLiteral("period"),
                  QStringLiteral("recipient_gstin"),
                  QStringLiteral("number"),
                  QStringLiteral("date"),
                  QStringLiteral("original_number"),
                  QStringLiteral("original_date"),
                  QStringLiteral("place_of_supply"),
                  QStringLiteral("supply_type"),
                  QStringLiteral("sac"),
                  QStringLiteral("description"),
                  QStringLiteral("rate"),
                  QStringLiteral("taxable_value"),
                  QStringLiteral("igst"),
                  QStringLiteral("cgst"),
                  QStringLiteral("sgst"),
                  QStringLiteral("cess"),
                  QStringLiteral("value"),
                  QStringLiteral("exempt"),
                  QStringLiteral("document_type"),
                  QStringLiteral("from"),
                  QStringLiteral("to"),
                  QStringLiteral("total"),
                  QStringLiteral("cancelled"),
                  QStringLiteral("net_issued")});
    // One row: the section, then the named cells; the rest empty.
    const auto row = [&](const QString& section, const QStringList& cells) {
        CsvTable::Row& r = csv.addRow();
        r.plain(section).plain(g.gstin).plain(g.period);
        for (const QString& cell : cells)
            r.plain(cell);
    };
    const auto tax = [](int rateBp, Money taxable, Money igst, Money cgst, Money sgst) {
        return QStringList{ratePercent(rateBp),    taxable.toDecimalString(),
                           igst.toDecimalString(), cgst.toDecimalString(),
                           sgst.toDecimalString(), Money().toDecimalString()};
    };
    const QString none;
    const auto supplyType = [&g](const QString& placeOfSupply) {
        return g.gstin.left(2) == placeOfSupply ? QStringLiteral("INTRA") : QStringLiteral("INTER");
    };
    for (const auto& inv : g.b2b)
        for (const auto& t : inv.items)
            row(QStringLiteral("b2b"),
                QStringList{inv.recipientGstin, inv.number, inv.date.toString(Qt::ISODate), none,
                            none, inv.placeOfSupply, supplyType(inv.placeOfSupply), none, none} +
                    tax(t.rateBp, t.taxable, t.igst, t.cgst, t.sgst) +
                    QStringList{inv.value.toDecimalString()});
    for (const auto& b : g.b2cs)
        row(QStringLiteral("b2cs"),
            QStringList{none, none, none, none, none, b.placeOfSupply,
                        b.interState ? QStringLiteral("INTER") : QStringLiteral("INTRA"), none,
                        none} +
                tax(b.rateBp, b.taxable, b.igst, b.cgst, b.sgst) +
                QStringList{(b.taxable + b.igst + b.cgst + b.sgst).toDecimalString()});
    for (const auto& n : g.nil)
        row(QStringLiteral("nil"),
            QStringList{none, none, none, none, none, none, n.supplyType, none, none, none, none,
                        none, none, none, none, none, n.exempt.toDecimalString()});
    for (const auto& n : g.cdnr)
        for (const auto& t : n.items)
            row(QStringLiteral("cdnr"),
                QStringList{n.recipientGstin, n.number, n.date.toString(Qt::ISODate),
                            n.invoiceNumber, n.invoiceDate.toString(Qt::ISODate), n.placeOfSupply,
                            supplyType(n.placeOfSupply), none, none} +
                    tax(t.rateBp, t.taxable, t.igst, t.cgst, t.sgst) +
                    QStringList{n.value.toDecimalString(), none, documentNature(n.debit ? 4 : 5)});
    for (const auto& h : g.hsn)
        row(QStringLiteral("hsn"),
            QStringList{none, none, none, none, none, none, none, h.sac, h.description} +
                tax(h.rateBp, h.taxable, h.igst, h.cgst, h.sgst) +
                QStringList{h.value().toDecimalString()});
    for (const auto& d : g.documents)
        row(QStringLiteral("doc_issue"), QStringList{none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     none,
                                                     documentNature(d.nature),
                                                     d.from,
                                                     d.to,
                                                     QString::number(d.total),
                                                     QString::number(d.cancelled),
                                                     QString::number(d.netIssued())});
    return csv;
}

} // namespace rentflow::reports
