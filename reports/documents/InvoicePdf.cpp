// pdf invoice: one issued invoice.
#include "DocumentRequest.h"
#include "InvoiceDocument.h"
#include "Issuer.h"

#include <render/DocumentFonts.h>

#include <billing/IssuedInvoice.h>

namespace rentflow::reports {

store::StoreResult<WrittenDocument> writeInvoicePdf(const DocumentRequest& request)
{
    auto invoice = loadIssuedInvoice(request.store, request.id);
    if (!invoice)
        return invoice.error();
    auto issuer = loadIssuer(request.store);
    if (!issuer)
        return issuer.error();
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    const Lang lang = documentLang(request, invoice.value().residentLanguage);
    return writePdf(request.out, QStringLiteral("out"), request.setup,
                    InvoiceDocument::title(invoice.value(), Lang::English) + QLatin1Char(' ') +
                        invoice.value().number,
                    [&](PdfOutput& output) {
                        return InvoiceDocument::layout(output.device(), fonts.value(),
                                                       request.setup, issuer.value(),
                                                       invoice.value(), lang);
                    });
}

} // namespace rentflow::reports
