#pragma once

#include "domain/BillingPeriod.h"
#include "store/StoreError.h"

#include <functional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// `demo`: a realistic, deterministic PG business for trying the app and for
// benchmarks. Everything is made through the same code users run: rooms and
// beds, residents, check-ins, monthly runs and payments, so the books balance.
class DemoData
{
public:
    struct Options
    {
        int beds = 200;
        int months = 3;
        quint32 seed = 1;
        BillingPeriod current =
            BillingPeriod::containing(QDate::currentDate()); // billed up to the month before
        std::function<void(const QString& step, int done, int total)> progress;
    };
    struct Counts
    {
        int properties = 0;
        int beds = 0;
        int residents = 0;
        int invoices = 0;
        int payments = 0;
    };

    static constexpr int kBedsPerProperty = 250;
    static constexpr int kMaxBeds = 100000;

    explicit DemoData(store::Store& store) : m_store(store) {}
    store::StoreResult<Counts> generate(const Options& options);

private:
    store::Store& m_store;
};

} // namespace rentflow
