#include "TallyXml.h"

#include <QMap>
#include <QXmlStreamWriter>

namespace rentflow::reports {

namespace {

const QString& ledgerFor(const TallyLedgers& ledgers, const QString& part)
{
    if (part == u"rent")
        return ledgers.rent;
    if (part == u"utility")
        return ledgers.utility;
    return ledgers.other;
}

// The value and tax ledgers of a document, each with the sign given (+1 credit, −1 debit).
void addSupplyEntries(TallyVoucher& voucher, const QList<SupplyPart>& parts, Money cgst, Money sgst,
                      Money igst, int sign, const TallyLedgers& ledgers)
{
    QList<QString> order;
    QMap<QString, Money> byLedger;
    for (const SupplyPart& part : parts) {
        const QString& ledger = ledgerFor(ledgers, part.ledger);
        if (!byLedger.contains(ledger))
            order.append(ledger);
        byLedger[ledger] += part.value;
    }
    for (const QString& ledger : order)
        if (byLedger[ledger] != Money())
            voucher.entries.append({ledger, byLedger[ledger].times(sign)});
    for (const auto& [ledger, amount] :
         {std::pair{ledgers.cgst, cgst}, std::pair{ledgers.sgst, sgst},
          std::pair{ledgers.igst, igst}})
        if (amount != Money())
            voucher.entries.append({ledger, amount.times(sign)});
}

store::StoreError unbalanced(const TallyVoucher& voucher)
{
    return store::StoreError{
        store::StoreError::Code::Database,
        QStringLiteral("%1 %2 does not balance: its lines come to ₹%3 "
                       "more or less than its total")
            .arg(voucher.type, voucher.number, voucher.balance().toIndianString())};
}

QString tallyDate(QDate day)
{
    return day.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

store::StoreResult<QList<TallyVoucher>> tallyVouchers(const SupplyRegister::Documents& issued,
                                                      const QList<PaymentList::Row>& payments,
                                                      const TallyLedgers& ledgers)
{
    QList<TallyVoucher> vouchers;
    for (const SupplyInvoice& invoice : issued.invoices) {
        if (invoice.cancelled)
            continue;
        TallyVoucher v{
            QStringLiteral("Sales"),
            invoice.number,
            invoice.issueDate,
            invoice.recipientName,
            QString(),
            QStringLiteral("Invoice %1 for %2").arg(invoice.number, invoice.billingMonth),
            {{invoice.recipientName, Money() - invoice.total}}};
        addSupplyEntries(v, invoice.parts, invoice.cgst, invoice.sgst, invoice.igst, 1, ledgers);
        if (invoice.roundOff != Money())
            v.entries.append({ledgers.roundOff, invoice.roundOff});
        if (v.balance() != Money())
            return unbalanced(v);
        vouchers.append(v);
    }
    for (const SupplyCreditNote& note : issued.creditNotes) {
        TallyVoucher v{QStringLiteral("Credit Note"),
                       note.number,
                       note.issueDate,
                       note.recipientName,
                       note.invoiceNumber,
                       QStringLiteral("Credit note %1 against invoice %2 of %3: %4")
                           .arg(note.number, note.invoiceNumber,
                                note.invoiceDate.toString(QStringLiteral("dd-MM-yyyy")),
                                note.reason),
                       {{note.recipientName, note.total}}};
        addSupplyEntries(v, note.parts, note.cgst, note.sgst, note.igst, -1, ledgers);
        if (v.balance() != Money())
            return unbalanced(v);
        vouchers.append(v);
    }
    for (const SupplyDebitNote& note : issued.debitNotes) {
        // Only the tax: the value was billed (exempt) and booked by the invoice's sales
        // voucher; the note debits the party the tax and credits the output tax ledgers.
        TallyVoucher v{QStringLiteral("Debit Note"),
                       note.number,
                       note.issueDate,
                       note.recipientName,
                       note.invoiceNumber,
                       QStringLiteral("Debit note %1 against invoice %2 of %3: %4")
                           .arg(note.number, note.invoiceNumber,
                                note.invoiceDate.toString(QStringLiteral("dd-MM-yyyy")),
                                note.reason),
                       {{note.recipientName, Money() - note.total}}};
        for (const auto& [ledger, amount] :
             {std::pair{ledgers.cgst, note.cgst}, std::pair{ledgers.sgst, note.sgst},
              std::pair{ledgers.igst, note.igst}})
            if (amount != Money())
                v.entries.append({ledger, amount});
        if (v.balance() != Money())
            return unbalanced(v);
        vouchers.append(v);
    }
    for (const PaymentList::Row& p : payments) {
        if (p.status == u"reversed")
            continue;
        const bool deposit = p.purpose == u"deposit";
        TallyVoucher v{
            QStringLiteral("Receipt"),
            p.receiptNumber,
            p.date,
            deposit ? ledgers.deposits : p.residentName,
            QString(),
            QStringLiteral("Receipt %1: %2 by %3%4")
                .arg(p.receiptNumber,
                     deposit ? QStringLiteral("deposit from ") + p.residentName
                             : QStringLiteral("dues"),
                     p.method,
                     p.reference.isEmpty() ? QString() : QStringLiteral(", ref ") + p.reference),
            {{p.method == u"cash" ? ledgers.cash : ledgers.bank, Money() - p.amount},
             {deposit ? ledgers.deposits : p.residentName, p.amount}}};
        vouchers.append(v);
    }
    return vouchers;
}

QByteArray tallyXml(const QList<TallyVoucher>& vouchers, const QString& company)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ENVELOPE"));
    xml.writeStartElement(QStringLiteral("HEADER"));
    xml.writeTextElement(QStringLiteral("TALLYREQUEST"), QStringLiteral("Import Data"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("BODY"));
    xml.writeStartElement(QStringLiteral("IMPORTDATA"));
    xml.writeStartElement(QStringLiteral("REQUESTDESC"));
    xml.writeTextElement(QStringLiteral("REPORTNAME"), QStringLiteral("Vouchers"));
    if (!company.isEmpty()) {
        xml.writeStartElement(QStringLiteral("STATICVARIABLES"));
        xml.writeTextElement(QStringLiteral("SVCURRENTCOMPANY"), company);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // REQUESTDESC
    xml.writeStartElement(QStringLiteral("REQUESTDATA"));
    for (const TallyVoucher& v : vouchers) {
        xml.writeStartElement(QStringLiteral("TALLYMESSAGE"));
        xml.writeNamespace(QStringLiteral("TallyUDF"), QStringLiteral("UDF"));
        xml.writeStartElement(QStringLiteral("VOUCHER"));
        xml.writeAttribute(QStringLiteral("VCHTYPE"), v.type);
        xml.writeAttribute(QStringLiteral("ACTION"), QStringLiteral("Create"));
        xml.writeAttribute(QStringLiteral("OBJVIEW"), QStringLiteral("Accounting Voucher View"));
        xml.writeTextElement(QStringLiteral("DATE"), tallyDate(v.date));
        xml.writeTextElement(QStringLiteral("EFFECTIVEDATE"), tallyDate(v.date));
        xml.writeTextElement(QStringLiteral("VOUCHERTYPENAME"), v.type);
        xml.writeTextElement(QStringLiteral("VOUCHERNUMBER"), v.number);
        if (!v.reference.isEmpty())
            xml.writeTextElement(QStringLiteral("REFERENCE"), v.reference);
        xml.writeTextElement(QStringLiteral("PARTYLEDGERNAME"), v.party);
        xml.writeTextElement(QStringLiteral("PERSISTEDVIEW"),
                             QStringLiteral("Accounting Voucher View"));
        xml.writeTextElement(QStringLiteral("NARRATION"), v.narration);
        for (const TallyVoucher::Entry& e : v.entries) {
            xml.writeStartElement(QStringLiteral("ALLLEDGERENTRIES.LIST"));
            xml.writeTextElement(QStringLiteral("LEDGERNAME"), e.ledger);
            xml.writeTextElement(QStringLiteral("ISDEEMEDPOSITIVE"),
                                 e.amount < Money() ? QStringLiteral("Yes") : QStringLiteral("No"));
            xml.writeTextElement(QStringLiteral("AMOUNT"), e.amount.toDecimalString());
            xml.writeEndElement();
        }
        xml.writeEndElement(); // VOUCHER
        xml.writeEndElement(); // TALLYMESSAGE
    }
    xml.writeEndDocument();
    return bytes;
}

} // namespace rentflow::reports
