#pragma once

#include "InvoiceComposer.h"
#include "store/StoreError.h"

#include <QHash>

class QSqlQuery;

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Reads, in a handful of queries, every stay a month's run must bill: stays
// that overlap the month and have no issued monthly invoice for it yet, with
// their occupancy, rent changes, recurring charges, unbilled one-off charges
// and unbilled utility shares.
class StayFactsLoader
{
public:
    explicit StayFactsLoader(store::Store& store) : m_store(store) {}

    struct Scope
    {
        QString agreementId;        // empty: every stay
        QDate utilitiesThrough;     // invalid: the month's last day
        bool includeBilled = false; // also stays whose month is already invoiced
        bool withUtilities = true;  // false: rent and charges only (no meter work)
    };
    store::StoreResult<QList<StayFacts>> unbilled(BillingPeriod period, const Scope& scope);
    store::StoreResult<QList<StayFacts>> unbilled(BillingPeriod period)
    {
        return unbilled(period, Scope{});
    }
    // Supplier facts per property: the property's GSTIN, else the organisation's.
    store::StoreResult<QHash<QString, SupplierFacts>> suppliers();

    // The stay columns every stay query selects (from `agreement a JOIN resident r`), and
    // the stay read from a row that starts with them.
    static const QString kStayColumns;
    static StayFacts stayFromRow(const QSqlQuery& row);

private:
    store::StoreStatus attachSegments(QHash<QString, StayFacts*>& byAgreement);
    store::StoreStatus attachRentChanges(QHash<QString, StayFacts*>& byAgreement);
    store::StoreStatus attachRecurring(QHash<QString, StayFacts*>& byAgreement,
                                       BillingPeriod period);
    store::StoreStatus attachOneOffs(QHash<QString, StayFacts*>& byResident, BillingPeriod period);
    store::StoreStatus attachAdvanceCredit(QHash<QString, StayFacts*>& byResident);

    store::Store& m_store;
};

} // namespace rentflow
