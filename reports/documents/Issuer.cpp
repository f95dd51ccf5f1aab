#include "Issuer.h"

#include <organisation/OrganisationRepository.h>

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
    issuer.letterhead.address = org.address;
    issuer.letterhead.gstin = org.gstin;
    issuer.letterhead.pan = org.pan;
    issuer.stateCode = org.stateCode;
    issuer.upiVpa = org.upiVpa;
    return issuer;
}

} // namespace rentflow::reports
