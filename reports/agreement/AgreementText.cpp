#include "AgreementText.h"

#include "AgreementValues.h"

#include <templates/DocumentTemplates.h>

namespace rentflow::reports {

store::StoreResult<FilledAgreement> fillAgreement(store::Store& store, AgreementFacts facts,
                                                  Lang lang)
{
    auto used = DocumentTemplates(store).inUse(QStringLiteral("agreement"), langCode(lang));
    if (!used)
        return used.error();
    auto blocks = fillTemplate(parseTemplate(used.value().body), agreementValues(facts, lang),
                               QStringLiteral("agreement"));
    if (!blocks)
        return blocks.error();
    return FilledAgreement{std::move(facts), lang, blocks.take()};
}

} // namespace rentflow::reports
