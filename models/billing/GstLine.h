#pragma once

#include "domain/Money.h"
#include "domain/Rate.h"

#include <QList>

namespace rentflow {

// The tax on one invoice line (SPEC §4.5): each head computed on the line's
// taxable value and rounded to the paisa on its own. Supplier state = place of
// supply → CGST + SGST at half the rate each; otherwise IGST at the full rate.
struct GstLine
{
    Money taxable;
    Rate rate;
    bool exempt = false;
    Money cgst;
    Money sgst;
    Money igst;

    static GstLine compute(Money taxable, Rate rate, bool exempt, bool interState);
    Money tax() const { return cgst + sgst + igst; }
    Money total() const { return taxable + tax(); }
};

// An invoice's sums, with the total rounded to the rupee by an explicit round-off.
struct GstTotals
{
    Money taxable; // lines with tax
    Money exempt;  // exempt lines' value
    Money cgst;
    Money sgst;
    Money igst;
    Money roundOff;
    Money total;

    static GstTotals of(const QList<GstLine>& lines, bool roundToRupee = true);
};

// Which document an invoice is (CGST Rules 46, 46A, 49).
enum class GstDocumentType
{
    TaxInvoice,
    BillOfSupply,
    InvoiceCumBillOfSupply
};
GstDocumentType chooseDocumentType(bool supplierRegistered, bool hasTaxableLines,
                                   bool hasExemptLines, bool recipientRegistered);

} // namespace rentflow
