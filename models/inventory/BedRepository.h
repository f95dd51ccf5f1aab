#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

struct Bed
{
    QString id;
    QString roomId;
    QString label;
    Money rent;
    Money deposit;
    QString status;
};

class BedRepository
{
public:
    explicit BedRepository(store::Store& store) : m_store(store) {}

    store::StoreResult<QString> add(const QString& roomId, const QString& label, Money rent,
                                    Money deposit);
    store::StoreResult<QList<Bed>> listForRoom(const QString& roomId) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
