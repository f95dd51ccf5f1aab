#pragma once

#include "domain/BillingPeriod.h"
#include "store/StoreError.h"

#include <QDate>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Charges that wait for the next invoice (SPEC §4.2, §4.3, §4.6): one-off
// charges such as damages or a key replacement, and late fees. The monthly
// run (or a check-out's final invoice) bills each once.
class Charges
{
public:
    struct Input // `charge add`: all text, unchecked
    {
        QString residentId;
        QString amount;
        QString description;
        QString kind = QStringLiteral("one_off"); // one_off | damage
        QString date = {};                        // empty: today
    };

    explicit Charges(store::Store& store) : m_store(store) {}

    // Returns the charge id.
    store::StoreResult<QString> add(const Input& input, QDate today);
    // `charge waive` (owner or admin, with a reason): an unbilled charge is
    // never billed; a billed one is taken off its invoice by a credit note.
    store::StoreStatus waive(const QString& chargeId, const QString& reason, QDate today);
    // Late fees for the month being billed: for each stay with a late-fee
    // rule whose invoices are overdue past the grace days on `asOf`, a fixed
    // fee or a percentage of what is overdue. Once per stay and month; call
    // inside the run's transaction, before the stays are read.
    store::StoreStatus assessLateFees(BillingPeriod period, QDate asOf);

private:
    store::Store& m_store;
};

} // namespace rentflow
