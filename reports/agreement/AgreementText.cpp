#include "AgreementText.h"

#include <templates/DocumentTemplates.h>

namespace rentflow::reports {

store::StoreResult<FilledAgreement> fillAgreement(store::Store& store, const QString& field,
                                                  const QString& agreementId, bool hindi,
                                                  const AmountInWords& inWords)
{
    auto facts = AgreementFacts::load(store, field, agreementId);
    if (!facts)
        return facts.error();
    const QString language = hindi ? QStringLiteral("hi") : QStringLiteral("en");
    auto used = DocumentTemplates(store).inUse(QStringLiteral("agreement"), language);
    if (!used)
        return used.error();
    auto blocks =
        fillTemplate(parseTemplate(used.value().body),
                     agreementValues(facts.value(), hindi, inWords), QStringLiteral("agreement"));
    if (!blocks)
        return blocks.error();
    return FilledAgreement{facts.take(), hindi, blocks.take()};
}

} // namespace rentflow::reports
