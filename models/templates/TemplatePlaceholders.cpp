#include "TemplatePlaceholders.h"

#include <algorithm>

namespace rentflow {

const QList<Placeholder>& agreementPlaceholders()
{
    static const QList<Placeholder> names = {
        {"licensor_name", "the organisation's legal name (else its name)"},
        {"licensor_address", "the organisation's address"},
        {"licensor_pan", "the organisation's PAN"},
        {"licensor_signatory", "who signs for the organisation"},
        {"licensee_name", "the resident's name"},
        {"licensee_father_name", "the resident's father's name"},
        {"licensee_address", "the resident's permanent address"},
        {"licensee_phone", "the resident's phone"},
        {"licensee_id", "the resident's identity: masked Aadhaar, else PAN"},
        {"property_name", "the property's name"},
        {"property_address", "the property's address (with its PIN code)"},
        {"property_city", "the property's city"},
        {"property_state", "the property's state"},
        {"room_number", "the room the stay began in"},
        {"bed_label", "the bed the stay began on"},
        {"start_date", "the licence's first day, dd-MM-yyyy"},
        {"end_date", "the licence's last day, dd-MM-yyyy"},
        {"term_months", "the term in months (11 by default)"},
        {"licence_fee", "the monthly licence fee in figures, 12,000.00"},
        {"licence_fee_words", "the monthly licence fee in words"},
        {"other_charges", "a sentence: the monthly charges agreed besides the licence fee "
                          "(food, Wi-Fi…), or that there are none"},
        {"deposit", "the security deposit in figures"},
        {"deposit_words", "the security deposit in words"},
        {"due_day", "the day of the month the fee is due (5th)"},
        {"late_fee", "a sentence: the late fee and its grace days, or that there is none"},
        {"lock_in_months", "the lock-in in months (0: none)"},
        {"lock_in", "a sentence: the lock-in period, or that there is none"},
        {"notice_days", "the notice period in days"},
        {"utilities", "a sentence: how electricity is metered, charged and shared"},
        {"house_rules", "the property's house rules (else a default list), one item a line"},
        {"agreement_date", "the day the agreement is made, dd-MM-yyyy"},
        {"agreement_place", "where it is made: the property's city"},
        {"signatures", "alone on a line: signature blocks for both parties and two witnesses"},
    };
    return names;
}

bool isAgreementPlaceholder(QStringView name)
{
    const auto& names = agreementPlaceholders();
    return std::any_of(names.begin(), names.end(),
                       [name](const Placeholder& p) { return name == QLatin1String(p.name); });
}

} // namespace rentflow
