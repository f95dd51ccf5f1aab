#pragma once

#include "billing/InvoiceCorrections.h"
#include "domain/BillingPeriod.h"
#include "store/StoreError.h"

#include <QDate>
#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

class StayFactsLoader;

// Bills a stay to its last day at check-out (SPEC §3.5): any month not yet
// billed, the final invoice (rent to the day, utilities to the final reading,
// unbilled one-off charges such as damages), and a credit note on each invoice
// that billed days after the stay ended. Call inside a transaction, after the
// stay's move-out day is set.
class FinalBilling
{
public:
    struct Result
    {
        QString finalInvoiceId; // empty: nothing was left to bill
        QStringList invoiceNumbers;
        QStringList creditNoteNumbers;
    };

    explicit FinalBilling(store::Store& store) : m_store(store) {}
    store::StoreResult<Result> run(const QString& agreementId, QDate lastDay, QDate issueDate);

private:
    store::StoreStatus creditDaysAfter(const QString& agreementId, QDate lastDay, QDate issueDate,
                                       Result& result);
    store::StoreResult<CreditAmounts> undatedCredit(StayFactsLoader& loader,
                                                    const QString& agreementId, BillingPeriod month,
                                                    const CreditAmounts& heads, QDate issueDate);

    store::Store& m_store;
};

} // namespace rentflow
