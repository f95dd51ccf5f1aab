#include "TaxRule.h"

#include <QStringList>

namespace rentflow {

bool TaxRule::appliesTo(const QString& supplyCategory, const SupplyFacts& facts) const
{
    if (supplyCategory != category || facts.date < effectiveFrom ||
        (effectiveTo.isValid() && facts.date > effectiveTo))
        return false;
    const QStringList parts = condition.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const qint64 value = part.section(QLatin1Char('='), 1).trimmed().toLongLong();
        if (key == QLatin1String("max_monthly_value") &&
            facts.monthlyValuePerHead > Money::fromRupees(value))
            return false;
        if (key == QLatin1String("min_stay_days") && facts.continuousStayDays < value)
            return false;
    }
    return true;
}

QList<TaxRule> defaultTaxRules()
{
    const QDate exemptionStart(2024, 7, 15);
    const QDate rateCutDay(2025, 9, 22);
    return {
        // Notification 12/2017-CT(Rate) Sl. No. 12A, inserted by 04/2024-CT(Rate) w.e.f.
        // 15-07-2024:
        // residential accommodation up to ₹20,000 per person per month for at least 90 continuous
        // days.
        {QStringLiteral("accommodation"), QStringLiteral("996322"),
         QStringLiteral("Accommodation (exempt: N. 12/2017-CT(R) Sl. 12A)"), Rate(), true,
         QStringLiteral("max_monthly_value=20000;min_stay_days=90"), exemptionStart, QDate()},
        // Accommodation services otherwise: 12% until 21-09-2025, 5% without ITC from 22-09-2025
        // (value up to ₹7,500 per unit per day, which a PG bed never reaches).
        {QStringLiteral("accommodation"), QStringLiteral("996311"),
         QStringLiteral("Accommodation services"), Rate::fromPercent(12), false, QString(),
         QDate(2017, 7, 1), rateCutDay.addDays(-1)},
        {QStringLiteral("accommodation"), QStringLiteral("996311"),
         QStringLiteral("Accommodation services"), Rate::fromPercent(5), false, QString(),
         rateCutDay, QDate()},
        // Extra services billed on their own (laundry on demand, parking…): configurable, 18% by
        // default.
        {QStringLiteral("service"), QStringLiteral("999799"), QStringLiteral("Other services"),
         Rate::fromPercent(18), false, QString(), QDate(2017, 7, 1), QDate()},
    };
}

std::optional<TaxRule> findTaxRule(const QList<TaxRule>& rules, const QString& category,
                                   const SupplyFacts& facts)
{
    for (const TaxRule& rule : rules)
        if (rule.appliesTo(category, facts))
            return rule;
    return std::nullopt;
}

} // namespace rentflow
