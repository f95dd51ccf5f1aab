#pragma once

#include <store/StoreError.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <type_traits>

namespace rentflow::server {

using store::StoreError;
using store::StoreResult;

enum class Backend
{
    Embedded, // an encrypted SQLite file through the QSQLCIPHER driver
    Postgres, // Qt's QPSQL driver
};

// One thread's database connection (a QSqlDatabase belongs to the thread that opened it).
// Every statement's failure is a StoreError (Code::Database) with the driver's words,
// never an empty result.
class ServerDb
{
public:
    ServerDb(QString connectionName, Backend backend);
    ~ServerDb();
    ServerDb(const ServerDb&) = delete;
    ServerDb& operator=(const ServerDb&) = delete;

    Backend backend() const { return m_backend; }
    QSqlDatabase connection() const;

    // Prepares, binds (positional '?') and runs one statement; the query is positioned
    // before its first row.
    StoreResult<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {}) const;
    // The first column of the first row, or `fallback` when there is no row.
    StoreResult<QVariant> scalar(const QString& sql, const QVariantList& binds = {},
                                 const QVariant& fallback = {}) const;

    // Runs `work` (returning a StoreResult<T>) in one transaction: committed when it
    // succeeds, rolled back when it fails. On PostgreSQL a serialisation failure or
    // deadlock runs it again (up to 3 times). Transactions do not nest.
    template <typename Work> auto transaction(Work&& work) -> std::invoke_result_t<Work&>
    {
        for (int attempt = 1;; ++attempt) {
            if (auto begun = begin(); !begun)
                return begun.error();
            auto result = work();
            if (result) {
                if (auto committed = commit(); !committed) {
                    if (retryable(committed.error()) && attempt < 3)
                        continue;
                    return committed.error();
                }
                return result;
            }
            rollback();
            if (!(retryable(result.error()) && attempt < 3))
                return result;
        }
    }

    // The time as stored: ISO 8601 UTC with milliseconds ("2026-02-23T10:30:00.000Z").
    static QString now();

private:
    store::StoreStatus begin() const;
    store::StoreStatus commit() const;
    void rollback() const;
    bool retryable(const StoreError& error) const;
    QString withLiterals(const QString& sql, const QVariantList& binds) const;

    QString m_connectionName;
    Backend m_backend;
};

} // namespace rentflow::server
