// pdf agreement: one leave-and-licence agreement, from the template in use.
#include "AgreementDocument.h"

#include <render/DocumentFonts.h>
#include <render/PrintPicture.h>

namespace rentflow::reports {

store::StoreResult<WrittenDocument> writeAgreementPdf(const DocumentRequest& request)
{
    auto facts = AgreementFacts::load(request.store, QStringLiteral("id"), request.id);
    if (!facts)
        return facts.error();
    auto issuer = loadIssuer(request.store);
    if (!issuer)
        return issuer.error();
    if (const auto photo = printpicture::decode(facts.value().photo, 400, QStringLiteral("photo"),
                                                QStringLiteral("the resident's photo"));
        !photo)
        return photo.error();
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    const Lang lang = documentLang(request, facts.value().residentLanguage);
    // Filled before the file is opened: a placeholder without a value writes nothing.
    auto agreement = fillAgreement(request.store, facts.take(), lang);
    if (!agreement)
        return agreement.error();
    return writePdf(
        request.out, QStringLiteral("out"), request.setup,
        QStringLiteral("Leave and licence agreement — ") + agreement.value().facts.licenseeName,
        [&](PdfOutput& output) {
            return AgreementDocument::layout(output.device(), fonts.value(), request.setup,
                                             issuer.value(), agreement.value());
        });
}

} // namespace rentflow::reports
