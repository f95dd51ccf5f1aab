#include "CheckedRead.h"

#include "Store.h"
#include "sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rentflow::store {

StoreStatus checkedExec(Store& store, QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return store.error(what, query);
    return Done{};
}

StoreStatus checkedExec(Store& store, QSqlQuery& query, const QString& sql, const QString& what)
{
    if (!query.exec(sql))
        return store.error(what, query);
    return Done{};
}

StoreStatus checkedEnd(Store& store, const QSqlQuery& query, const QString& what)
{
    if (query.lastError().isValid())
        return store.error(what, query);
    return Done{};
}

StoreStatus checkedTransaction(Store& store, const QString& what)
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(store.database().driver());
    if (driver && driver->failedInTransaction())
        return StoreError{StoreError::Code::Database,
                          QCoreApplication::translate("Store", "%1 failed: %2")
                              .arg(what, SqlCipherDriver::failedInTransactionMessage())};
    return Done{};
}

StoreResult<bool> checkedFirstRow(Store& store, QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return store.error(what, query);
    if (query.next())
        return true;
    if (query.lastError().isValid()) // the first row could not be read
        return store.error(what, query);
    return false;
}

StoreResult<QVariant> checkedValue(Store& store, QSqlQuery& query, const QString& what)
{
    auto row = checkedFirstRow(store, query, what);
    if (!row)
        return row.error();
    if (!row.value())
        return StoreError{StoreError::Code::Database,
                          QCoreApplication::translate("Store", "%1 found no row").arg(what)};
    QVariant value = query.value(0);
    query.finish();
    return value;
}

} // namespace rentflow::store
