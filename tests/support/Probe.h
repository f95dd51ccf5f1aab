#pragma once

#include <store/Store.h>
#include <store/StoreError.h>

#include <QSqlQuery>

namespace rentflow::test {

// The first column of a query's first row, for assertions on what was written.
inline qint64 number(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

inline QString text(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

// The field a refusal names first.
inline QString refusedField(const store::StoreError& error)
{
    return error.fields.isEmpty() ? QStringLiteral("<no field>") : error.fields.first().field;
}

} // namespace rentflow::test
