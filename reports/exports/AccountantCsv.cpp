#include "AccountantCsv.h"

#include <domain/Quantity.h>

namespace rentflow::reports {

namespace {

Money partsValue(const QList<SupplyPart>& parts, bool exempt)
{
    Money sum;
    for (const SupplyPart& part : parts)
        if (part.exempt == exempt)
            sum += part.value;
    return sum;
}

} // namespace

QString documentTypeName(const QString& documentType)
{
    if (documentType == u"tax_invoice")
        return QStringLiteral("tax invoice");
    if (documentType == u"bill_of_supply")
        return QStringLiteral("bill of supply");
    if (documentType == u"invoice_cum_bill_of_supply")
        return QStringLiteral("invoice-cum-bill of supply");
    return documentType;
}

CsvTable invoicesCsv(const InvoiceRegister& invoices)
{
    CsvTable csv({QStringLiteral("document"),
                  QStringLiteral("number"),
                  QStringLiteral("date"),
                  QStringLiteral("type"),
                  QStringLiteral("billing_month"),
                  QStringLiteral("resident_id"),
                  QStringLiteral("resident"),
                  QStringLiteral("recipient_gstin"),
                  QStringLiteral("place_of_supply"),
                  QStringLiteral("taxable"),
                  QStringLiteral("exempt"),
                  QStringLiteral("cgst"),
                  QStringLiteral("sgst"),
                  QStringLiteral("igst"),
                  QStringLiteral("round_off"),
                  QStringLiteral("total"),
                  QStringLiteral("balance"),
                  QStringLiteral("status"),
                  QStringLiteral("against_invoice"),
                  QStringLiteral("reason")});
    for (const SupplyInvoice& invoice : invoices.documents.invoices) {
        const InvoiceSummary& summary = invoices.summaries.value(invoice.id);
        csv.addRow()
            .plain(QStringLiteral("invoice"))
            .plain(invoice.number)
            .date(invoice.issueDate)
            .plain(documentTypeName(invoice.documentType))
            .plain(invoice.billingMonth)
            .plain(invoice.residentId)
            .text(invoice.recipientName)
            .plain(invoice.recipientGstin)
            .plain(invoice.placeOfSupply)
            .money(invoice.taxable)
            .money(invoice.exempt)
            .money(invoice.cgst)
            .money(invoice.sgst)
            .money(invoice.igst)
            .money(invoice.roundOff)
            .money(invoice.total)
            .money(summary.balance)
            .plain(summary.status)
            .plain(QString())
            .text(invoice.cancelReason);
    }
    for (const SupplyCreditNote& note : invoices.documents.creditNotes)
        csv.addRow()
            .plain(QStringLiteral("credit_note"))
            .plain(note.number)
            .date(note.issueDate)
            .plain(QStringLiteral("credit note"))
            .plain(QString())
            .plain(note.residentId)
            .text(note.recipientName)
            .plain(note.recipientGstin)
            .plain(note.placeOfSupply)
            .money(Money() - partsValue(note.parts, false))
            .money(Money() - partsValue(note.parts, true))
            .money(Money() - note.cgst)
            .money(Money() - note.sgst)
            .money(Money() - note.igst)
            .money(Money())
            .money(Money() - note.total)
            .plain(QString())
            .plain(QStringLiteral("issued"))
            .plain(note.invoiceNumber)
            .text(note.reason);
    return csv;
}

CsvTable paymentsCsv(const QList<PaymentList::Row>& payments)
{
    CsvTable csv({QStringLiteral("receipt_number"), QStringLiteral("date"),
                  QStringLiteral("resident_id"), QStringLiteral("resident"),
                  QStringLiteral("method"), QStringLiteral("reference"), QStringLiteral("purpose"),
                  QStringLiteral("amount"), QStringLiteral("allocated"), QStringLiteral("status")});
    for (const PaymentList::Row& p : payments)
        csv.addRow()
            .plain(p.receiptNumber)
            .date(p.date)
            .plain(p.residentId)
            .text(p.residentName)
            .plain(p.method)
            .text(p.reference)
            .plain(p.purpose)
            .money(p.amount)
            .money(p.allocated)
            .plain(p.status);
    return csv;
}

CsvTable residentsCsv(const QList<ResidentList::Row>& residents)
{
    CsvTable csv({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"),
                  QStringLiteral("property"), QStringLiteral("bed"), QStringLiteral("stay"),
                  QStringLiteral("balance")});
    for (const ResidentList::Row& r : residents)
        csv.addRow()
            .plain(r.id)
            .text(r.name)
            .text(r.phone)
            .text(r.property)
            .text(r.bed)
            .plain(r.stay)
            .money(r.balance);
    return csv;
}

CsvTable readingsCsv(const QList<ReadingRegister::Row>& readings)
{
    CsvTable csv({QStringLiteral("property"), QStringLiteral("room"), QStringLiteral("meter_id"),
                  QStringLiteral("meter_kind"), QStringLiteral("serial"), QStringLiteral("date"),
                  QStringLiteral("value"), QStringLiteral("kind"), QStringLiteral("consumption")});
    for (const ReadingRegister::Row& r : readings)
        csv.addRow()
            .text(r.property)
            .text(r.room)
            .plain(r.meterId)
            .plain(r.meterKind)
            .text(r.serial)
            .date(r.date)
            .plain(Quantity::fromHundredths(r.valueHundredths).toString())
            .plain(r.kind)
            .plain(r.consumptionHundredths
                       ? Quantity::fromHundredths(*r.consumptionHundredths).toString()
                       : QString());
    return csv;
}

} // namespace rentflow::reports
