#pragma once

#include "domain/BillingPeriod.h"
#include "store/StoreError.h"

#include <QDate>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// What a billing run refuses before it issues anything, each naming the field:
// - `month`: more than one month ahead of today (next month's advance bill is fine);
// - `date` (the issue date): in the future, before the period's first day, or before
//   the newest invoice already issued in this PC's invoice series for that financial
//   year: numbers are consecutive, so their dates must not go backwards (Rule 46(b)).
// Reads only; MonthlyRun calls it inside its transaction, so no other program can
// issue an invoice between the check and the run.
store::StoreStatus checkBillingRunDates(store::Store& store, const BillingPeriod& period,
                                        QDate issueDate, QDate today);

} // namespace rentflow
