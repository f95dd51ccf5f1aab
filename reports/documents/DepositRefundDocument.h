#pragma once

#include "Issuer.h"

#include <render/DocumentFonts.h>
#include <render/LaidOutDocument.h>
#include <render/PageSetup.h>
#include <text/Lang.h>

#include <stays/IssuedDepositRefund.h>

#include <QPaintDevice>

namespace rentflow::reports {

// The voucher for a deposit refund at check-out, which the resident signs as
// received: the settlement's number and date, the stay, the deposit held, the
// credit returned with it and what was set against it (unpaid dues, each
// deduction with its reason, notice shortfall, tax put right by debit notes), the
// refund in figures and words, a line for how it was paid, and both signatures.
// The full settlement statement is its own document (`pdf settlement`).
class DepositRefundDocument
{
public:
    static QString title(Lang lang);
    static store::StoreResult<LaidOutDocument> layout(QPaintDevice& device,
                                                      const DocumentFonts& fonts,
                                                      const PageSetup& setup, const Issuer& issuer,
                                                      const IssuedDepositRefund& refund, Lang lang);
};

} // namespace rentflow::reports
