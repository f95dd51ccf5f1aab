#include "Gstr1Summary.h"

#include <QMap>

#include <algorithm>
#include <tuple>

namespace rentflow {

namespace {

bool interState(const QString& supplierGstin, const QString& placeOfSupply)
{
    return supplierGstin.left(2) != placeOfSupply;
}

QString nilType(bool inter, bool registered)
{
    return QLatin1String(inter ? "INTR" : "INTRA") + QLatin1String(registered ? "B2B" : "B2C");
}

// Adds (sign +1) or takes off (−1) a part's value and tax into a per-rate row.
void addTax(Gstr1::Tax& row, const SupplyPart& part, int sign)
{
    row.taxable += part.value.times(sign);
    row.igst += part.igst.times(sign);
    row.cgst += part.cgst.times(sign);
    row.sgst += part.sgst.times(sign);
}

// Taxed parts by rate, lowest rate first.
QList<Gstr1::Tax> taxByRate(const QList<SupplyPart>& parts)
{
    QMap<int, Gstr1::Tax> rates;
    for (const SupplyPart& part : parts) {
        if (part.exempt)
            continue;
        Gstr1::Tax& row = rates[part.rateBp];
        row.rateBp = part.rateBp;
        addTax(row, part, 1);
    }
    return rates.values();
}

struct Sums
{
    QMap<std::tuple<bool, QString, int>, Gstr1::B2cSmall> b2cs;
    QMap<QString, Money> nil;
    QMap<std::pair<QString, int>, Gstr1::Hsn> hsn;

    void add(const QList<SupplyPart>& parts, const QString& supplierGstin,
             const QString& placeOfSupply, bool registered, int sign)
    {
        const bool inter = interState(supplierGstin, placeOfSupply);
        for (const SupplyPart& part : parts) {
            const int rate = part.exempt ? 0 : part.rateBp;
            Gstr1::Hsn& h = hsn[{part.sac, rate}];
            h.sac = part.sac;
            h.description = sacDescription(part.sac);
            h.rateBp = rate;
            h.taxable += part.value.times(sign);
            h.igst += part.igst.times(sign);
            h.cgst += part.cgst.times(sign);
            h.sgst += part.sgst.times(sign);
            if (part.exempt) {
                nil[nilType(inter, registered)] += part.value.times(sign);
            } else if (!registered) {
                Gstr1::B2cSmall& b = b2cs[{inter, placeOfSupply, part.rateBp}];
                b.interState = inter;
                b.placeOfSupply = placeOfSupply;
                b.rateBp = part.rateBp;
                b.taxable += part.value.times(sign);
                b.igst += part.igst.times(sign);
                b.cgst += part.cgst.times(sign);
                b.sgst += part.sgst.times(sign);
            }
        }
    }
};

// Document numbers in number order: "…/9999" before "…/10000" (a series grows past
// four digits), otherwise as text.
bool numberBefore(const QString& a, const QString& b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// Table 13 for one kind: each series' lowest and highest number, count and cancelled.
template <typename Doc, typename IsCancelled>
QList<Gstr1::DocumentRange> ranges(const QList<Doc>& docs, int nature, IsCancelled isCancelled)
{
    QMap<QString, QList<const Doc*>> bySeries;
    for (const Doc& doc : docs)
        bySeries[doc.seriesId].append(&doc);
    QList<Gstr1::DocumentRange> out;
    for (const auto& series : bySeries) {
        Gstr1::DocumentRange range;
        range.nature = nature;
        range.from = series.first()->number;
        range.to = series.first()->number;
        for (const Doc* doc : series) {
            if (numberBefore(doc->number, range.from))
                range.from = doc->number;
            if (numberBefore(range.to, doc->number))
                range.to = doc->number;
            ++range.total;
            if (isCancelled(*doc))
                ++range.cancelled;
        }
        out.append(range);
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return numberBefore(a.from, b.from); });
    return out;
}

} // namespace

QString sacDescription(const QString& sac)
{
    if (sac == u"996322")
        return QStringLiteral("Accommodation services by hostels and paying guests");
    if (sac.isEmpty())
        return QStringLiteral("Services without a SAC");
    return QStringLiteral("Services");
}

Gstr1 summariseGstr1(const SupplyRegister::Documents& issued, const QString& gstin,
                     const BillingPeriod& month)
{
    Gstr1 out;
    out.gstin = gstin;
    out.period =
        QStringLiteral("%1%2").arg(month.month(), 2, 10, QLatin1Char('0')).arg(month.year());
    Sums sums;
    QList<SupplyInvoice> invoices;
    for (const SupplyInvoice& invoice : issued.invoices) {
        if (invoice.supplierGstin != gstin || !month.contains(invoice.issueDate)) {
            ++out.leftOut;
            continue;
        }
        invoices.append(invoice);
        if (invoice.cancelled)
            continue;
        const bool registered = !invoice.recipientGstin.isEmpty();
        sums.add(invoice.parts, invoice.supplierGstin, invoice.placeOfSupply, registered, 1);
        const QList<Gstr1::Tax> items = taxByRate(invoice.parts);
        if (registered && !items.isEmpty())
            out.b2b.append({invoice.recipientGstin, invoice.number, invoice.issueDate,
                            invoice.total, invoice.placeOfSupply, invoice.reverseCharge, items});
    }
    QList<SupplyCreditNote> notes;
    for (const SupplyCreditNote& note : issued.creditNotes) {
        if (note.supplierGstin != gstin || !month.contains(note.issueDate)) {
            ++out.leftOut;
            continue;
        }
        notes.append(note);
        const bool registered = !note.recipientGstin.isEmpty();
        sums.add(note.parts, note.supplierGstin, note.placeOfSupply, registered, -1);
        const QList<Gstr1::Tax> items = taxByRate(note.parts);
        if (registered && !items.isEmpty())
            out.cdnr.append({false, note.recipientGstin, note.number, note.issueDate,
                             note.invoiceNumber, note.invoiceDate, note.total, note.placeOfSupply,
                             false, items});
    }
    QList<SupplyDebitNote> debitNotes;
    for (const SupplyDebitNote& note : issued.debitNotes) {
        if (note.supplierGstin != gstin || !month.contains(note.issueDate)) {
            ++out.leftOut;
            continue;
        }
        debitNotes.append(note);
        const bool registered = !note.recipientGstin.isEmpty();
        sums.add(note.parts, note.supplierGstin, note.placeOfSupply, registered, 1);
        if (registered)
            out.cdnr.append({true, note.recipientGstin, note.number, note.issueDate,
                             note.invoiceNumber, note.invoiceDate, note.total, note.placeOfSupply,
                             false, taxByRate(note.parts)});
    }
    out.b2cs = sums.b2cs.values();
    for (auto it = sums.nil.cbegin(); it != sums.nil.cend(); ++it)
        out.nil.append({it.key(), it.value()});
    out.hsn = sums.hsn.values();
    out.documents = ranges(invoices, 1, [](const SupplyInvoice& i) { return i.cancelled; });
    out.documents += ranges(debitNotes, 4, [](const SupplyDebitNote&) { return false; });
    out.documents += ranges(notes, 5, [](const SupplyCreditNote&) { return false; });
    return out;
}

} // namespace rentflow
