#include "Issuer.h"

#include <text/DocumentText.h>

#include <billing/IssuedInvoice.h>
#include <organisation/OrganisationRepository.h>
#include <render/PrintPicture.h>

namespace rentflow::reports {

store::StoreResult<Issuer> loadIssuer(store::Store& store)
{
    auto current = OrganisationRepository(store).current();
    if (!current)
        return current.error();
    if (!current.value())
        return store::StoreError{store::StoreError::Code::InvalidInput,
                                 QStringLiteral("the workspace has no organisation yet: run "
                                                "`rentflowctl init` first")};
    const Organisation& org = *current.value();
    Issuer issuer;
    issuer.letterhead.name = org.name;
    issuer.letterhead.legalName = org.legalName;
    issuer.letterhead.address = org.address;
    issuer.letterhead.gstin = org.gstin;
    issuer.letterhead.pan = org.pan;
    issuer.letterhead.phone = text::phone(org.phone);
    issuer.letterhead.email = org.email;
    if (org.logoBytes > 0) {
        auto logo = OrganisationRepository(store).logo();
        if (!logo)
            return logo.error();
        // Checked here, once for a whole batch: a logo that does not decode, or that
        // declares a huge size, is an error, never a document without its logo.
        const auto decoded =
            printpicture::decode(logo.value(), 200, QStringLiteral("logo"),
                                 QStringLiteral("the organisation's logo (org set --logo)"));
        if (!decoded)
            return decoded.error();
        issuer.letterhead.logo = logo.value();
    }
    issuer.stateCode = org.stateCode;
    issuer.upiVpa = org.upiVpa;
    issuer.bankName = org.bankName;
    issuer.bankAccount = org.bankAccount;
    issuer.bankIfsc = org.bankIfsc;
    issuer.terms = org.invoiceTerms;
    issuer.signatory = org.signatoryName;
    return issuer;
}

Issuer issuerAsIssued(const Issuer& now, const IssuedInvoice& invoice)
{
    Issuer issued = now;
    issued.letterhead.gstin = invoice.supplierGstin;
    if (!invoice.supplierName.isEmpty()) {
        issued.letterhead.name = invoice.supplierName;
        issued.letterhead.legalName = invoice.supplierLegalName;
        issued.letterhead.address = invoice.supplierAddress;
    }
    return issued;
}

} // namespace rentflow::reports
