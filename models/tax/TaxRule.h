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
    QDate date;                // the day whose rule applies (see rateDate())
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
    // The continuous stay its condition asks for (min_stay_days), 0 when none.
    int minStayDays() const;
};

// The day whose rule sets the rate of a supply (CGST Act s.14, change in rate of
// tax): of the date of supply, the invoice date and the payment date, two on the
// same side of a change decide it. For dates that is the middle one of the three
// (s.14(a)(i) and (b)(ii) name the earlier of invoice and payment; either gives the
// same rate). A payment not received when the invoice is issued counts as
// received on the invoice date, so an unpaid invoice takes its issue date's rate.
QDate rateDate(QDate supplyDay, QDate invoiceDate, QDate paymentDate);
// Days in [from, to] on which the category's rules start or stop (rate changes).
QList<QDate> ruleChangesWithin(const QList<TaxRule>& rules, const QString& category, QDate from,
                               QDate to);

// The table shipped with RentFlow; operators can edit their copy.
QList<TaxRule> defaultTaxRules();
// The rule for a supply, or nullopt when no rule covers it (the caller refuses to bill).
std::optional<TaxRule> findTaxRule(const QList<TaxRule>& rules, const QString& category,
                                   const SupplyFacts& facts);

} // namespace rentflow
