#pragma once

#include <render/DocumentLayout.h>

#include <QList>
#include <QString>

namespace rentflow::reports {

// One place to sign: what is printed above the space (e.g. "For Sunrise PG"), and
// below the line (who signs: "Authorised signatory", "Resident").
struct SignatureSlot
{
    QString above;
    QString below;
};

// Signature lines side by side, each with room to sign (about 14 mm) above a rule,
// kept together on one page.
void signatureLines(DocumentLayout& layout, const QList<SignatureSlot>& places);

} // namespace rentflow::reports
