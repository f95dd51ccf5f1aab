// pdf receipt, pdf deposit-receipt: one payment's receipt.
#include "DocumentRequest.h"
#include "Issuer.h"
#include "ReceiptDocument.h"

#include <render/DocumentFonts.h>
#include <text/DocumentText.h>

#include <payments/IssuedReceipt.h>

namespace rentflow::reports {

namespace {

// The receipt of `request.id` when its payment is of `purpose`; a payment of the
// other kind is bad input naming `id` and the command that prints it.
store::StoreResult<IssuedReceipt> receiptOf(const DocumentRequest& request, const QString& purpose)
{
    auto receipt = loadIssuedReceipt(request.store, request.id);
    if (!receipt)
        return receipt.error();
    if (receipt.value().purpose != purpose)
        return store::StoreError::invalid(
            {{QStringLiteral("id"),
              purpose == QLatin1String("deposit")
                  ? QStringLiteral("payment %1 (receipt %2) paid dues, not a security deposit: "
                                   "print it with `pdf receipt`")
                        .arg(request.id.trimmed(), receipt.value().number)
                  : QStringLiteral("payment %1 (receipt %2) is a security deposit: print it "
                                   "with `pdf deposit-receipt`")
                        .arg(request.id.trimmed(), receipt.value().number)}});
    return receipt;
}

store::StoreResult<WrittenDocument> writeReceipt(const DocumentRequest& request,
                                                 const QString& purpose)
{
    auto receipt = receiptOf(request, purpose);
    if (!receipt)
        return receipt.error();
    auto issuer = loadIssuer(request.store);
    if (!issuer)
        return issuer.error();
    // An HRA claim above ₹1,00,000 a year needs the landlord's PAN: a receipt without
    // it would be refused by the employer, so none is written.
    if (receipt.value().panRequired() && issuer.value().letterhead.pan.isEmpty())
        return store::StoreError{
            store::StoreError::Code::InvalidInput,
            QStringLiteral("the stay's annual rent is %1 (%2 × 12), over ₹1,00,000, so an HRA "
                           "receipt must show the landlord's PAN, and the organisation has none: "
                           "set it with `rentflowctl org set --pan PAN`; nothing was written")
                .arg(text::rupees(receipt.value().annualRent()),
                     text::rupees(receipt.value().monthlyRent))};
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    const Lang lang = documentLang(request, receipt.value().residentLanguage);
    return writePdf(request.out, QStringLiteral("out"), request.setup,
                    ReceiptDocument::title(receipt.value(), Lang::English) + QLatin1Char(' ') +
                        receipt.value().number,
                    [&](PdfOutput& output) {
                        return ReceiptDocument::layout(output.device(), fonts.value(),
                                                       request.setup, issuer.value(),
                                                       receipt.value(), lang);
                    });
}

} // namespace

store::StoreResult<WrittenDocument> writeReceiptPdf(const DocumentRequest& request)
{
    return writeReceipt(request, QStringLiteral("dues"));
}

store::StoreResult<WrittenDocument> writeDepositReceiptPdf(const DocumentRequest& request)
{
    return writeReceipt(request, QStringLiteral("deposit"));
}

} // namespace rentflow::reports
