#include "Migrator.h"

#include "sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace rentflow::store {

namespace {

// SQLite 3.15 has no ADD COLUMN IF NOT EXISTS: the step's `ALTER TABLE t ADD COLUMN c …;`
// statements whose column the table already has are left out, so a step runs twice safely.
// (The statement ends at the first ';' outside quotes.)
std::optional<QString> withoutColumnsPresent(QSqlDatabase db, const QString& sql)
{
    static const QRegularExpression addColumn(
        QStringLiteral("ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+(?:COLUMN\\s+)?(\\w+)(?:[^;'\"]|'[^']*'|"
                       "\"[^\"]*\")*;"),
        QRegularExpression::CaseInsensitiveOption);
    QString script = sql;
    for (auto it = addColumn.globalMatch(sql); it.hasNext();) {
        const auto match = it.next();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(match.captured(1))))
            return std::nullopt;
        while (q.next())
            if (q.value(1).toString().compare(match.captured(2), Qt::CaseInsensitive) == 0) {
                script.replace(match.captured(0), QString());
                break;
            }
    }
    return script;
}

} // namespace

const QList<Migrator::Migration>& Migrator::bundled()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression name(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/rentflow/migrations"));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = name.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.append(
                {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        return list;
    }();
    return migrations;
}

int Migrator::latestVersion()
{
    return bundled().isEmpty() ? 0 : bundled().constLast().version;
}

Migrator::Migrator(QSqlDatabase db, QList<Migration> migrations)
    : m_db(std::move(db)), m_migrations(std::move(migrations))
{}

int Migrator::currentVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

StoreStatus Migrator::apply(const Migration& migration)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(m_db.driver());
    if (!driver)
        return StoreError{
            StoreError::Code::Database,
            QCoreApplication::translate("Migrator", "Migrations need the QSQLCIPHER driver")};
    if (!m_db.transaction())
        return StoreError{StoreError::Code::Database, m_db.lastError().text()};
    const auto steps = withoutColumnsPresent(m_db, migration.sql);
    const QString script = steps.value_or(QString()) +
                           QStringLiteral("\nPRAGMA user_version = %1;").arg(migration.version);
    if (!steps || !driver->executeScript(script)) {
        const QString why = steps ? driver->lastError().text() : m_db.lastError().text();
        m_db.rollback();
        return StoreError{StoreError::Code::Database,
                          QCoreApplication::translate("Migrator", "Schema step %1 (%2) failed: %3")
                              .arg(migration.version)
                              .arg(migration.name, why)};
    }
    if (!m_db.commit())
        return StoreError{StoreError::Code::Database, m_db.lastError().text()};
    return Done{};
}

StoreStatus Migrator::migrate()
{
    const int current = currentVersion();
    if (current < 0)
        return StoreError{
            StoreError::Code::Database,
            QCoreApplication::translate("Migrator", "Cannot read the schema version")};
    for (const Migration& migration : m_migrations) {
        if (migration.version <= current)
            continue;
        StoreStatus status = apply(migration);
        if (!status)
            return status;
    }
    return Done{};
}

} // namespace rentflow::store
