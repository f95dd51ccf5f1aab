#pragma once

#include "domain/Money.h"
#include "domain/Rate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rentflow {

// What a tax rule needs to know about one supply to decide whether it applies.
struct SupplyFacts
{
    QDate date;                // the day the supply is for (tax point)
    Money monthlyValuePerHead; // accommodation plus amenities bundled with it, per person per month
    int continuousStayDays = 0; // the stay's length, counted from check-in to the (planned) end
};

// One row of the GST rule table (SPEC §4.5): tax rules are data, dated and editable.
// A rule applies to its category on dates within [effectiveFrom, effectiveTo]
// when its condition holds; the first applicable rule in table order wins.
struct TaxRule
{
    QString category;    // "accommodation", "service", …
    QString sac;         // services accounting code printed on the invoice
    QString description; // shown on the line and in settings; cites the notification
    Rate rate;           // 0 with `exempt` for exempt supplies
    bool exempt = false;
    // Empty: always. Otherwise "max_monthly_value=RUPEES;min_stay_days=N" (either part optional).
    QString condition;
    QDate effectiveFrom;
    QDate effectiveTo; // invalid: open-ended

    bool appliesTo(const QString& supplyCategory, const SupplyFacts& facts) const;
};

// The table shipped with RentFlow; operators can edit their copy.
QList<TaxRule> defaultTaxRules();
// The rule for a supply, or nullopt when no rule covers it (the caller refuses to bill).
std::optional<TaxRule> findTaxRule(const QList<TaxRule>& rules, const QString& category,
                                   const SupplyFacts& facts);

} // namespace rentflow
