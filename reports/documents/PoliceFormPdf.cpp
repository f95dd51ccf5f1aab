// pdf police-form: the tenant-verification form of a resident.
#include "DocumentRequest.h"
#include "Issuer.h"
#include "PoliceFormDocument.h"

#include <render/DocumentFonts.h>
#include <render/PrintPicture.h>

#include <stays/TenantVerification.h>

namespace rentflow::reports {

store::StoreResult<WrittenDocument> writePoliceFormPdf(const DocumentRequest& request)
{
    auto form = TenantVerification::of(request.store, request.id);
    if (!form)
        return form.error();
    auto issuer = loadIssuer(request.store);
    if (!issuer)
        return issuer.error();
    if (const auto photo = printpicture::decode(form.value().photo, 600, QStringLiteral("photo"),
                                                QStringLiteral("the resident's photo"));
        !photo)
        return photo.error();
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    const Lang lang = documentLang(request, form.value().language);
    const QDate today = QDate::currentDate();
    return writePdf(
        request.out, QStringLiteral("out"), request.setup,
        PoliceFormDocument::title(Lang::English) + QLatin1Char(' ') + form.value().fullName,
        [&](PdfOutput& output) {
            return PoliceFormDocument::layout(output.device(), fonts.value(), request.setup,
                                              issuer.value(), form.value(), today, lang);
        });
}

} // namespace rentflow::reports
