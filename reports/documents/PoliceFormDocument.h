#pragma once

#include "Issuer.h"

#include <render/DocumentFonts.h>
#include <render/LaidOutDocument.h>
#include <render/PageSetup.h>
#include <text/Lang.h>

#include <stays/TenantVerification.h>

#include <QPaintDevice>

namespace rentflow::reports {

// The tenant / PG-resident verification form for the local police, filled from the
// profile: the owner or operator, the premises (property, room/bed, date of occupation),
// the resident (name, father's or guardian's name, date of birth and age, gender,
// phone, e-mail, permanent address, occupation, employer, ID documents with Aadhaar
// masked, emergency contact) beside the photo (or an empty box to affix one), the
// declarations, signature lines for owner and resident, date and place, and a box for
// the police station's use. A field not on file is a line to fill by hand.
class PoliceFormDocument
{
public:
    static QString title(Lang lang);
    static store::StoreResult<LaidOutDocument>
    layout(QPaintDevice& device, const DocumentFonts& fonts, const PageSetup& setup,
           const Issuer& issuer, const TenantVerification& form, QDate printedOn, Lang lang);
};

} // namespace rentflow::reports
