#pragma once

#include "StoreError.h"

#include <QString>
#include <QVariantMap>

namespace rentflow::store {

class Store;

// The one way rows of synced tables change. Each write stamps the row's sync
// columns (hlc, origin_device, timestamps) and appends one change-log row (who,
// when, which PC, the changed fields' old and new values; see ChangeLog), which
// is both the audit trail and the sync mutation, inside the caller's
// transaction, so a change can never miss its audit or its sync.
// Table and column names come from code, never from users.
class RecordWriter
{
public:
    explicit RecordWriter(Store& store) : m_store(store) {}

    // Whether `name` may be spliced into SQL as a table or column name.
    static bool isName(const QString& name);

    // Inserts a row; makes a UUIDv7 id unless `values` has one. Returns the id.
    StoreResult<QString> insert(const QString& table, QVariantMap values);
    // insert() as a unit of work of its own (or joining the caller's).
    StoreResult<QString> insertAsUnit(const QString& table, QVariantMap values);
    // Changes the given columns of a live row; a no-op when nothing differs.
    StoreStatus update(const QString& table, const QString& id, const QVariantMap& changes);
    // Marks a row deleted (a tombstone that sync carries to other PCs).
    StoreStatus remove(const QString& table, const QString& id);
    // The row's current columns, empty when there is no such live row.
    StoreResult<QVariantMap> fetch(const QString& table, const QString& id);

private:
    StoreStatus requireTransaction(const QString& what) const;
    // The live row, or an InvalidInput error naming the table and id.
    StoreResult<QVariantMap> fetchExisting(const QString& table, const QString& id);

    Store& m_store;
};

} // namespace rentflow::store
