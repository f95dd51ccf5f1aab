#include "GstLine.h"

namespace rentflow {

GstLine GstLine::compute(Money taxable, Rate rate, bool exempt, bool interState)
{
    GstLine line;
    line.taxable = taxable;
    line.exempt = exempt;
    line.rate = exempt ? Rate() : rate;
    if (exempt || rate.isZero())
        return line;
    if (interState) {
        line.igst = taxable.percent(rate);
    } else {
        line.cgst = taxable.percent(rate.half());
        line.sgst = taxable.percent(rate.half());
    }
    return line;
}

GstTotals GstTotals::of(const QList<GstLine>& lines, bool roundToRupee)
{
    GstTotals totals;
    Money exact;
    for (const GstLine& line : lines) {
        (line.exempt ? totals.exempt : totals.taxable) += line.taxable;
        totals.cgst += line.cgst;
        totals.sgst += line.sgst;
        totals.igst += line.igst;
        exact += line.total();
    }
    totals.total = roundToRupee ? exact.roundedToRupee() : exact;
    totals.roundOff = totals.total - exact;
    return totals;
}

GstDocumentType chooseDocumentType(bool supplierRegistered, bool hasTaxableLines,
                                   bool hasExemptLines, bool recipientRegistered)
{
    // Rule 49: an unregistered supplier, or a supply that is wholly exempt, gets a bill of supply.
    if (!supplierRegistered || !hasTaxableLines)
        return GstDocumentType::BillOfSupply;
    // Rule 46A: taxable and exempt supplies together to an unregistered person.
    if (hasExemptLines && !recipientRegistered)
        return GstDocumentType::InvoiceCumBillOfSupply;
    return GstDocumentType::TaxInvoice;
}

} // namespace rentflow
