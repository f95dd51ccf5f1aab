// pdf settlement: one deposit settlement statement.
#include "DocumentRequest.h"
#include "Issuer.h"
#include "SettlementDocument.h"

#include <render/DocumentFonts.h>

#include <stays/IssuedSettlement.h>

namespace rentflow::reports {

store::StoreResult<WrittenDocument> writeSettlementPdf(const DocumentRequest& request)
{
    auto settlement = loadIssuedSettlement(request.store, request.id);
    if (!settlement)
        return settlement.error();
    auto issuer = loadIssuer(request.store);
    if (!issuer)
        return issuer.error();
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    const Lang lang = documentLang(request, settlement.value().residentLanguage);
    return writePdf(
        request.out, QStringLiteral("out"), request.setup,
        SettlementDocument::title(Lang::English) + QLatin1Char(' ') + settlement.value().number,
        [&](PdfOutput& output) {
            return SettlementDocument::layout(output.device(), fonts.value(), request.setup,
                                              issuer.value(), settlement.value(), lang);
        });
}

} // namespace rentflow::reports
