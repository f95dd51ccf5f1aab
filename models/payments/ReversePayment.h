#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// `payment reverse`: a bounced cheque or a payment recorded by mistake (SPEC
// §4.7, §4.8). The payment is kept, marked reversed with the day and reason;
// what it paid is taken off its invoices, which are open again; its receipt
// keeps its number. A reversed deposit payment no longer counts as held.
class ReversePayment
{
public:
    explicit ReversePayment(store::Store& store) : m_store(store) {}
    store::StoreStatus run(const QString& paymentId, const QString& reason, const QString& date,
                           QDate today);

private:
    store::Store& m_store;
};

} // namespace rentflow
