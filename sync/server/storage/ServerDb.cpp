#include "ServerDb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace rentflow::server {

namespace {
// PostgreSQL's SQLSTATEs worth a second try: serialization_failure, deadlock_detected.
const QString kSerializationFailure = QStringLiteral("40001");
const QString kDeadlock = QStringLiteral("40P01");
const QString kRetryMarker = QStringLiteral("[retryable] ");

StoreError failure(const QString& what, const QSqlError& error)
{
    QString message = QStringLiteral("%1: %2").arg(what, error.text());
    const QString state = error.nativeErrorCode();
    if (state == kSerializationFailure || state == kDeadlock)
        message.prepend(kRetryMarker);
    return StoreError{StoreError::Code::Database, message};
}
} // namespace

ServerDb::ServerDb(QString connectionName, Backend backend)
    : m_connectionName(std::move(connectionName)), m_backend(backend)
{}

ServerDb::~ServerDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ServerDb::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StoreResult<QSqlQuery> ServerDb::exec(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (binds.isEmpty()) { // PostgreSQL cannot PREPARE every statement (SET, DDL)
        if (!query.exec(sql))
            return failure(sql.left(80), query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        return failure(sql.left(80), query.lastError());
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return failure(sql.left(80), query.lastError());
    return query;
}

StoreResult<QVariant> ServerDb::scalar(const QString& sql, const QVariantList& binds,
                                       const QVariant& fallback) const
{
    auto query = exec(sql, binds);
    if (!query)
        return query.error();
    if (!query.value().next()) {
        if (query.value().lastError().isValid())
            return failure(sql.left(80), query.value().lastError());
        return fallback;
    }
    return query.value().value(0);
}

QString ServerDb::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

store::StoreStatus ServerDb::begin() const
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return failure(QStringLiteral("BEGIN"), db.lastError());
    return store::Done{};
}

store::StoreStatus ServerDb::commit() const
{
    QSqlDatabase db = connection();
    if (!db.commit()) {
        StoreError error = failure(QStringLiteral("COMMIT"), db.lastError());
        db.rollback();
        return error;
    }
    return store::Done{};
}

void ServerDb::rollback() const
{
    connection().rollback();
}

bool ServerDb::retryable(const StoreError& error) const
{
    return m_backend == Backend::Postgres && error.message.startsWith(kRetryMarker);
}

} // namespace rentflow::server
