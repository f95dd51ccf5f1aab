#pragma once

#include <QString>

namespace rentflow {

// SQL for what a payment (alias `p`) can still pay: its amount less its live
// allocations and less what a check-out returned or set against the stay's
// charges (credit_settled, schema v5). The one definition the allocator, the
// advance credit and the monthly run's payment date use.
inline QString paymentFreeSql()
{
    return QStringLiteral("(p.amount_paise"
                          " - coalesce((SELECT sum(a.amount_paise) FROM payment_allocation a"
                          "   WHERE a.payment_id = p.id AND a.reversed = 0 AND a.deleted = 0), 0)"
                          " - coalesce((SELECT sum(s.amount_paise) FROM credit_settled s"
                          "   WHERE s.payment_id = p.id AND s.deleted = 0), 0))");
}

} // namespace rentflow
