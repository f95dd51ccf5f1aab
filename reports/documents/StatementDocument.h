#pragma once

#include "Issuer.h"

#include <render/DocumentFonts.h>
#include <render/LaidOutDocument.h>
#include <render/PageSetup.h>
#include <text/Lang.h>

#include <payments/ResidentStatement.h>

#include <QPaintDevice>

namespace rentflow::reports {

// A resident's statement of account for a period (SPEC §4.10, §5.4): the resident and
// premises, a summary (brought forward, billed, paid and credited, closing), and the
// ledger with its running balance: each invoice (its days), payment (receipt number,
// mode, reference), credit note (the invoice it corrects), reversal, and the deposit
// set against dues or credit returned at a settlement; the totals and the closing
// balance. A long ledger runs onto more pages with the table heading repeated.
class StatementDocument
{
public:
    static QString title(Lang lang);
    static store::StoreResult<LaidOutDocument>
    layout(QPaintDevice& device, const DocumentFonts& fonts, const PageSetup& setup,
           const Issuer& issuer, const ResidentStatement& statement, QDate printedOn, Lang lang);
};

} // namespace rentflow::reports
