#pragma once

#include <text/Lang.h>

#include <templates/AgreementFacts.h>
#include <templates/TemplateText.h>

namespace rentflow::reports {

// The agreement's placeholders (templates/TemplatePlaceholders.h) written for one
// agreement in English or Hindi: dates dd-MM-yyyy, money with Indian grouping (the
// template writes the ₹), amounts in words (text::inWords), the late fee, lock-in and
// electricity as sentences, the house rules as a list (the property's, else a
// default list). A value that is not on file is `missing`, with what to set.
TemplateValues agreementValues(const AgreementFacts& facts, Lang lang);

} // namespace rentflow::reports
