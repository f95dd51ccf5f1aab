#pragma once

#include "InvoiceDraft.h"
#include "store/StoreError.h"

#include <functional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// The month's billing (SPEC §4.2): one invoice per stay that overlaps the
// month and has none yet, so running it twice issues nothing new. A preview
// computes without writing. All invoices of a run are issued in one
// transaction: a cancelled or failed run leaves nothing half done.
class MonthlyRun
{
public:
    struct Options
    {
        BillingPeriod period;
        QDate issueDate;
        bool preview = false;
        // Called as invoices are composed; returning false cancels the run.
        std::function<bool(int done, int total)> progress;
        // The day the run is made, for checkBillingRunDates (MonthlyRunGuard.h);
        // left empty: the clock's date.
        QDate today = {};
    };
    struct Result
    {
        QList<InvoiceDraft> drafts; // what was (or, in a preview, would be) issued
        QStringList numbers;        // the issued numbers, in order
        Money total;
        bool cancelled = false;
    };

    explicit MonthlyRun(store::Store& store) : m_store(store) {}
    store::StoreResult<Result> run(const Options& options);

private:
    store::Store& m_store;
};

} // namespace rentflow
