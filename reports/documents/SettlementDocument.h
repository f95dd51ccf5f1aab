#pragma once

#include "Issuer.h"

#include <render/DocumentFonts.h>
#include <render/LaidOutDocument.h>
#include <render/PageSetup.h>
#include <text/Lang.h>

#include <stays/IssuedSettlement.h>

#include <QPaintDevice>

namespace rentflow::reports {

// The deposit settlement statement (SPEC §3.5) a leaving resident is handed: the
// settlement's number and date, the resident and the stay (bed, from–to, notice given
// on, last day), and the check-out's arithmetic as recorded, line by line: deposit
// held, credit returned (advance, credit notes), unpaid dues the deposit paid (which
// invoices), each deduction with its reason, the notice shortfall with its basis, tax
// due on debit notes (by number), and the result: the refund in figures and words or
// what the resident still owes; then the deposit's own entries and signatures.
class SettlementDocument
{
public:
    static QString title(Lang lang);
    static store::StoreResult<LaidOutDocument>
    layout(QPaintDevice& device, const DocumentFonts& fonts, const PageSetup& setup,
           const Issuer& issuer, const IssuedSettlement& settlement, Lang lang);
};

} // namespace rentflow::reports
