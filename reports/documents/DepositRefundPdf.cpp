// pdf deposit-refund: the refund voucher of a check-out's settlement.
#include "DepositRefundDocument.h"
#include "DocumentRequest.h"
#include "Issuer.h"

#include <render/DocumentFonts.h>
#include <text/DocumentText.h>

#include <stays/IssuedDepositRefund.h>

namespace rentflow::reports {

store::StoreResult<WrittenDocument> writeDepositRefundPdf(const DocumentRequest& request)
{
    auto refund = loadIssuedDepositRefund(request.store, request.id);
    if (!refund)
        return refund.error();
    // A voucher is for money paid back; a settlement that paid nothing back is
    // shown by its statement (what was set off, what is still owed).
    if (refund.value().refund.isZero())
        return store::StoreError::invalid(
            {{QStringLiteral("id"),
              QStringLiteral("settlement %1 refunded nothing%2: there is no refund voucher; "
                             "print the settlement statement with `pdf settlement`")
                  .arg(refund.value().number, refund.value().owed > Money()
                                                  ? QStringLiteral(" (%1 is still owed)")
                                                        .arg(text::rupees(refund.value().owed))
                                                  : QString())}});
    auto issuer = loadIssuer(request.store);
    if (!issuer)
        return issuer.error();
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    const Lang lang = documentLang(request, refund.value().residentLanguage);
    return writePdf(
        request.out, QStringLiteral("out"), request.setup,
        DepositRefundDocument::title(Lang::English) + QLatin1Char(' ') + refund.value().number,
        [&](PdfOutput& output) {
            return DepositRefundDocument::layout(output.device(), fonts.value(), request.setup,
                                                 issuer.value(), refund.value(), lang);
        });
}

} // namespace rentflow::reports
