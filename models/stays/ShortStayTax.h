#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// One treatment for a stay's whole length (SPEC §4.5): the exemption of
// Notification 12/2017-CT(Rate) Sl. 12A needs a continuous stay of at least 90
// days, so a stay that ends sooner was never exempt. At check-out every issued
// invoice of the stay is looked at again with the stay's real length; where the
// accommodation billed exempt (rent, recurring amenities, utility shares, late
// fees, less what credit notes took off) is now taxed by the rule table, a debit
// note (CGST s.34(3), Rule 53(1A)) carries the tax due, one per invoice, dated
// the check-out, at the rate of the invoice's own date (its time of supply, as
// for an unpaid invoice), with the basis stated. A supplier with no GSTIN has
// nothing to put right.
class ShortStayTax
{
public:
    struct Line // one debit note
    {
        QString id;
        QString number;
        QString description; // the basis
        Money amount;        // the tax debited
    };

    explicit ShortStayTax(store::Store& store) : m_store(store) {}
    // Call inside the check-out's transaction, after the final billing.
    store::StoreResult<QList<Line>> putRight(const QString& agreementId, QDate start, QDate lastDay,
                                             QDate issueDate);

private:
    store::Store& m_store;
};

} // namespace rentflow
