#pragma once

#include "AgreementText.h"

#include <documents/DocumentRequest.h>
#include <documents/Issuer.h>
#include <render/DocumentFonts.h>
#include <render/LaidOutDocument.h>
#include <render/PageSetup.h>

#include <QPaintDevice>

namespace rentflow::reports {

// The leave-and-licence agreement on paper: the organisation's letterhead on every
// page with the title, date, room and bed; the filled template's headings,
// paragraphs and items; the signature blocks (Licensor, Licensee with a photo box,
// two witnesses), and a line for both parties' initials at the foot of every page.
class AgreementDocument
{
public:
    static store::StoreResult<LaidOutDocument> layout(QPaintDevice& device,
                                                      const DocumentFonts& fonts,
                                                      const PageSetup& setup, const Issuer& issuer,
                                                      const FilledAgreement& agreement);
};

// `pdf agreement --id AGREEMENT_ID`: an unknown id is bad input naming `id`, and a
// placeholder without a value is named before any file is written.
store::StoreResult<WrittenDocument> writeAgreementPdf(const DocumentRequest& request);

} // namespace rentflow::reports
