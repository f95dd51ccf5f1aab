#pragma once

#include <domain/Money.h>
#include <templates/AgreementFacts.h>
#include <templates/TemplateText.h>

#include <QString>

#include <functional>

namespace rentflow::reports {

// An amount in words in the agreement's language.
using AmountInWords = std::function<QString(Money)>;

// The agreement's placeholders (templates/TemplatePlaceholders.h) written for one
// agreement in English or Hindi (`hindi`): dates dd-MM-yyyy, money with Indian
// grouping (the template writes the ₹), amounts in words, the late fee, lock-in and
// electricity as sentences, the house rules as a list (the property's, else a
// default list). A value that is not on file is `missing`, with what to set.
TemplateValues agreementValues(const AgreementFacts& facts, bool hindi,
                               const AmountInWords& inWords);

} // namespace rentflow::reports
