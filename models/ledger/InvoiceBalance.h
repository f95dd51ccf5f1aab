#pragma once

#include <QString>

namespace rentflow {

// SQL for what is still owed on an invoice (alias `i`): its total less live
// payment allocations and credit notes (SPEC §4.10). The one definition that
// lists, allocation and dues all use.
inline QString invoiceBalanceSql()
{
    return QStringLiteral("(i.total_paise"
                          " - coalesce((SELECT sum(a.amount_paise) FROM payment_allocation a"
                          "   WHERE a.invoice_id = i.id AND a.reversed = 0 AND a.deleted = 0), 0)"
                          " - coalesce((SELECT sum(c.total_paise) FROM credit_note c"
                          "   WHERE c.invoice_id = i.id AND c.deleted = 0), 0))");
}

} // namespace rentflow
