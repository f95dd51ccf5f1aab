#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QList>

#include <optional>

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

// A change to a bed (the desktop's "Edit bed"): only the fields given change. All text,
// unchecked; maintenance on takes a vacant bed out of letting, off gives it back.
struct BedChanges
{
    std::optional<QString> rent;    // the monthly rent of the next stay on it
    std::optional<QString> deposit; // the deposit asked of the next stay on it
    std::optional<bool> maintenance;
};

class BedRepository
{
public:
    explicit BedRepository(store::Store& store) : m_store(store) {}

    store::StoreResult<QString> add(const QString& roomId, const QString& label, Money rent,
                                    Money deposit);
    store::StoreResult<QList<Bed>> listForRoom(const QString& roomId) const;
    // The bed, none when no live bed has that id, or the error.
    store::StoreResult<std::optional<Bed>> find(const QString& id) const;
    // Validates every field given and changes only those, audited, in one transaction;
    // nothing is written when any is refused. An unknown id is refused naming `bed`;
    // maintenance goes on only on a vacant bed (`status`: someone lives on, or is
    // booked onto, an occupied or reserved one) and off only from maintenance.
    // A stay's own rent and deposit are its agreement's: they do not change here.
    store::StoreResult<Bed> update(const QString& id, const BedChanges& changes);

private:
    store::Store& m_store;
};

} // namespace rentflow
