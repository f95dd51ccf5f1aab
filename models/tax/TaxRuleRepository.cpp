#include "TaxRuleRepository.h"

#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreStatus TaxRuleRepository::seedDefaults()
{
    store::RecordWriter writer(m_store);
    int priority = 0;
    for (const TaxRule& rule : defaultTaxRules()) {
        QVariantMap row{{QStringLiteral("category"), rule.category},
                        {QStringLiteral("sac"), rule.sac},
                        {QStringLiteral("description"), rule.description},
                        {QStringLiteral("rate_bp"), rule.rate.basisPoints()},
                        {QStringLiteral("exempt"), rule.exempt ? 1 : 0},
                        {QStringLiteral("condition"), rule.condition},
                        {QStringLiteral("priority"), priority += 10},
                        {QStringLiteral("effective_from"), rule.effectiveFrom}};
        if (rule.effectiveTo.isValid())
            row.insert(QStringLiteral("effective_to"), rule.effectiveTo);
        if (auto written = writer.insert(QStringLiteral("tax_rule"), row); !written)
            return written.error();
    }
    return store::Done{};
}

store::StoreResult<QList<TaxRule>> TaxRuleRepository::all() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT category, sac, description, rate_bp, exempt, condition, effective_from, "
            "effective_to FROM tax_rule WHERE deleted = 0 ORDER BY priority, effective_from")))
        return m_store.error(QStringLiteral("Reading the tax rules"), q);
    QList<TaxRule> rules;
    while (q.next())
        rules.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      Rate::fromBasisPoints(q.value(3).toInt()), q.value(4).toBool(),
                      q.value(5).toString(), QDate::fromString(q.value(6).toString(), Qt::ISODate),
                      QDate::fromString(q.value(7).toString(), Qt::ISODate)});
    return rules;
}

} // namespace rentflow
