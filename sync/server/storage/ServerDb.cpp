#include "ServerDb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

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

// PostgreSQL: the statement with each '?' outside quotes replaced by its value as a
// literal, escaped by the driver (libpq's own escaping), so that it goes to the server in
// one round trip; Qt's prepared statements take three (PREPARE, EXECUTE, DEALLOCATE).
QString ServerDb::withLiterals(const QString& sql, const QVariantList& binds) const
{
    const QSqlDriver* driver = connection().driver();
    QString out;
    out.reserve(sql.size() + 16 * binds.size());
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c != QLatin1Char('?') || quoted) {
            out.append(c);
            continue;
        }
        const QVariant value = next < binds.size() ? binds.at(next) : QVariant();
        ++next;
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        out.append(driver->formatValue(field));
    }
    return out;
}

StoreResult<QSqlQuery> ServerDb::exec(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (binds.isEmpty() || m_backend == Backend::Postgres) {
        // PostgreSQL cannot PREPARE every statement (SET, DDL), and runs a literal one in
        // a single round trip.
        const QString statement = binds.isEmpty() ? sql : withLiterals(sql, binds);
        if (!query.exec(statement))
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

// The embedded file takes one writer at a time (BEGIN IMMEDIATE). The process's own
// writers queue here, woken as soon as the one before commits, instead of in SQLite's busy
// handler, which sleeps in growing steps; another process still meets busy_timeout.
static QMutex& embeddedWriter()
{
    static QMutex mutex;
    return mutex;
}

store::StoreStatus ServerDb::begin() const
{
    if (m_backend == Backend::Embedded)
        embeddedWriter().lock();
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        StoreError error = failure(QStringLiteral("BEGIN"), db.lastError());
        if (m_backend == Backend::Embedded)
            embeddedWriter().unlock();
        return error;
    }
    return store::Done{};
}

store::StoreStatus ServerDb::commit() const
{
    QSqlDatabase db = connection();
    store::StoreStatus done = store::Done{};
    if (!db.commit()) {
        done = failure(QStringLiteral("COMMIT"), db.lastError());
        db.rollback();
    }
    if (m_backend == Backend::Embedded)
        embeddedWriter().unlock();
    return done;
}

void ServerDb::rollback() const
{
    connection().rollback();
    if (m_backend == Backend::Embedded)
        embeddedWriter().unlock();
}

bool ServerDb::retryable(const StoreError& error) const
{
    return m_backend == Backend::Postgres && error.message.startsWith(kRetryMarker);
}

} // namespace rentflow::server
