#pragma once

#include <text/Lang.h>

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
    Lang lang = Lang::English;
    QList<TemplateBlock> blocks; // no placeholder left; Signatures blocks mark the signatures
};

// Fills the template for the agreement `facts` were read for. A placeholder the
// template uses with no value for this agreement is an InvalidInput error naming it
// and what to set (field "agreement"), before anything is written.
store::StoreResult<FilledAgreement> fillAgreement(store::Store& store, AgreementFacts facts,
                                                  Lang lang);

} // namespace rentflow::reports
