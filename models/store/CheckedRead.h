#pragma once

#include "StoreError.h"

#include <QString>

class QSqlQuery;

namespace rentflow::store {

class Store;

// Reads that fail loudly. A statement that fails is the StoreError naming what was being
// read; it is never taken for zero, "nothing found" or an empty list.

// Runs the prepared query.
StoreStatus checkedExec(Store& store, QSqlQuery& query, const QString& what);
// Runs the SQL text.
StoreStatus checkedExec(Store& store, QSqlQuery& query, const QString& sql, const QString& what);
// After reading rows with `while (query.next())`: the error when a row could not be read,
// so that a list cut short never passes for the whole list.
StoreStatus checkedEnd(Store& store, const QSqlQuery& query, const QString& what);
// Runs the prepared query and steps onto its first row: true when there is one, false when
// the query found nothing.
StoreResult<bool> checkedFirstRow(Store& store, QSqlQuery& query, const QString& what);
// Runs the prepared query for one value (a sum, a count, a date): the first column of the
// first row, or the error. No row at all is an error too: such queries always return one.
StoreResult<QVariant> checkedValue(Store& store, QSqlQuery& query, const QString& what);

// Inside a transaction that will not be committed (a preview): the error when any statement
// of it failed, since a commit, which would refuse, never comes.
StoreStatus checkedTransaction(Store& store, const QString& what);

} // namespace rentflow::store
