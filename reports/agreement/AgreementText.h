#pragma once

#include "AgreementValues.h"

#include <store/StoreError.h>
#include <templates/AgreementFacts.h>
#include <templates/TemplateText.h>

namespace rentflow::store {
class Store;
}

namespace rentflow::reports {

// One agreement's text: the template in use (the workspace's copy, else the shipped
// one) in the chosen language, filled with its values.
struct FilledAgreement
{
    AgreementFacts facts;
    bool hindi = false;
    QList<TemplateBlock> blocks; // no placeholder left; Signatures blocks mark the signatures
};

// Reads the agreement `agreementId` (refused by `field` when unknown) and fills the
// template. A placeholder the template uses with no value for this agreement is an
// InvalidInput error naming it and what to set (field "agreement"), before anything
// is written.
store::StoreResult<FilledAgreement> fillAgreement(store::Store& store, const QString& field,
                                                  const QString& agreementId, bool hindi,
                                                  const AmountInWords& inWords);

} // namespace rentflow::reports
