#pragma once

#include <text/Lang.h>

#include <templates/AgreementFacts.h>

#include <QString>
#include <QStringList>

namespace rentflow::reports::agreement {

// The agreement's terms said as sentences in English or Hindi, for its placeholders.

// The late fee and its grace days, or that there is none.
QString lateFee(const AgreementFacts& facts, Lang lang);
// The lock-in period, or that there is none.
QString lockIn(const AgreementFacts& facts, Lang lang);
// The monthly charges agreed besides the licence fee, or that there are none.
QString otherCharges(const AgreementFacts& facts, Lang lang);

// How electricity is metered, charged and shared (SPEC §4.4, property.utility_split);
// when it cannot be said (a meter without a tariff), `text` is empty and `whyMissing`
// says what to set.
struct Electricity
{
    QString text;
    QString whyMissing;
};
Electricity electricity(const AgreementFacts& facts, Lang lang);

// The property's house rules, one a line (a leading "-", "*" or "•" dropped), or a
// default list in the language when it has none.
QStringList houseRules(const AgreementFacts& facts, Lang lang);

} // namespace rentflow::reports::agreement
