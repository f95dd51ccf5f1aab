#pragma once

#include "Issuer.h"

#include <render/DocumentFonts.h>
#include <render/LaidOutDocument.h>
#include <render/PageSetup.h>
#include <text/Lang.h>

#include <payments/IssuedReceipt.h>

#include <QPaintDevice>

namespace rentflow::reports {

// A payment's receipt (SPEC §5.2). For dues, a rent receipt an employee can hand
// in for an HRA claim: receipt number and date, tenant, landlord with address
// (and PAN when the stay's annual rent exceeds ₹1,00,000: the caller refuses one
// without a PAN on file), the premises, the period covered (the invoices paid,
// "advance" for money not yet used), amount in figures and words, mode and
// reference. For a deposit, a security-deposit receipt for the stay it is held
// for (not income, no GST). Either has a revenue-stamp box when it is for more
// than ₹5,000 in cash, and says REVERSED when the payment was reversed.
class ReceiptDocument
{
public:
    static QString title(const IssuedReceipt& receipt, Lang lang);
    static store::StoreResult<LaidOutDocument> layout(QPaintDevice& device,
                                                      const DocumentFonts& fonts,
                                                      const PageSetup& setup, const Issuer& issuer,
                                                      const IssuedReceipt& receipt, Lang lang);
};

} // namespace rentflow::reports
