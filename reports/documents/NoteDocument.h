#pragma once

#include "Issuer.h"

#include <render/DocumentFonts.h>
#include <render/LaidOutDocument.h>
#include <render/PageSetup.h>
#include <text/Lang.h>

#include <billing/IssuedNote.h>

#include <QPaintDevice>

namespace rentflow::reports {

// A credit note (CGST Rule 53(1)) or debit note (Rule 53(1A)): the supplier with
// GSTIN, "CREDIT NOTE" / "DEBIT NOTE" with its own number and date, the original
// invoice's number and date, the recipient (name, address, GSTIN), state and
// place of supply, the reason (a debit note's basis), SAC, the value, each tax
// head with its rate as on the original, the total in figures and words, and the
// signature.
class NoteDocument
{
public:
    static QString title(const IssuedNote& note, Lang lang);
    static store::StoreResult<LaidOutDocument> layout(QPaintDevice& device,
                                                      const DocumentFonts& fonts,
                                                      const PageSetup& setup, const Issuer& issuer,
                                                      const IssuedNote& note, Lang lang);
};

} // namespace rentflow::reports
