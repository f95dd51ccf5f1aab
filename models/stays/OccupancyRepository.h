#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Which bed an agreement holds over which days (a transfer ends one row, starts another).
struct Occupancy
{
    QString id;
    QString agreementId;
    QString bedId;
    QDate from;
    QDate to; // invalid: still there
};

class OccupancyRepository
{
public:
    explicit OccupancyRepository(store::Store& store) : m_store(store) {}

    store::StoreResult<QString> add(const QString& agreementId, const QString& bedId, QDate from);
    // Occupancies of the bed that share at least one day with [from, to] (to invalid: open-ended).
    store::StoreResult<QList<Occupancy>> overlapping(const QString& bedId, QDate from,
                                                     QDate to) const;
    store::StoreResult<QList<Occupancy>> forAgreement(const QString& agreementId) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
