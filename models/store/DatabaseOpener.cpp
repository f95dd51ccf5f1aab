#include "DatabaseOpener.h"

#include "ChangeLog.h"
#include "Migrator.h"
#include "Uuid7.h"
#include "sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace rentflow::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Workspace", text);
}

QString newConnectionName()
{
    return QStringLiteral("rentflow-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool looksLikePlainSqlite(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Per-connection settings. secure_delete overwrites freed pages; temp_store keeps
// sort and temp tables in memory, so nothing leaves the encrypted file in clear.
StoreStatus applyPragmas(QSqlDatabase db)
{
    static const char* const pragmas[] = {
        "PRAGMA foreign_keys = ON",  "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY",
        "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -32768",
    };
    QSqlQuery query(db);
    for (const char* pragma : pragmas)
        if (!query.exec(QString::fromLatin1(pragma)))
            return StoreError{StoreError::Code::Database,
                              tr("Cannot configure the database (%1): %2")
                                  .arg(QString::fromLatin1(pragma), query.lastError().text())};
    return Done{};
}

StoreError damaged(const QString& path, const QString& detail)
{
    return StoreError{
        StoreError::Code::Damaged,
        tr("The workspace file %1 is damaged: it fails its integrity check (%2). Nothing was "
           "changed. Restore the latest backup (rentflowctl restore --from FILE).")
            .arg(QDir::toNativeSeparators(path), detail)};
}

} // namespace

void DatabaseOpener::close(const QString& connection)
{
    if (connection.isEmpty() || !QSqlDatabase::contains(connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QStringList DatabaseOpener::integrityProblems(QSqlDatabase db, bool thorough)
{
    QStringList problems;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QString::fromLatin1(thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check"))) {
        problems.append(query.lastError().databaseText());
        return problems;
    }
    while (query.next()) {
        // One row may hold many findings, one per line, under a "*** in database" header.
        const QStringList lines =
            query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines)
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                problems.append(line.trimmed());
    }
    if (query.lastError().isValid())
        problems.append(query.lastError().databaseText());
    return problems;
}

int DatabaseOpener::schemaVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

StoreResult<QString> DatabaseOpener::openExisting(const QString& path, const QString& key,
                                                  Access access, Scan scan)
{
    SqlCipherDriver::registerDriver();
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kName), name);
    db.setDatabaseName(path);
    db.setPassword(key);
    db.setConnectOptions(access == Access::ReadOnly
                             ? QStringLiteral("QSQLCIPHER_NO_CREATE;QSQLCIPHER_READONLY")
                             : QStringLiteral("QSQLCIPHER_NO_CREATE"));
    if (!db.open()) {
        const int code = db.lastError().nativeErrorCode().toInt();
        const QString detail = db.lastError().databaseText();
        db = QSqlDatabase();
        close(name);
        if (code == SQLITE_NOTADB && looksLikePlainSqlite(path))
            return damaged(path, tr("it is a plain SQLite file, not an encrypted workspace"));
        if (code == SQLITE_NOTADB)
            return StoreError{
                StoreError::Code::WrongKey,
                tr("The key does not open the workspace file %1: the passphrase is wrong, or the "
                   "keychain holds another workspace's key. Nothing was changed.")
                    .arg(QDir::toNativeSeparators(path))};
        if (code == SQLITE_CORRUPT)
            return damaged(path, detail);
        return StoreError{StoreError::Code::Io,
                          tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), detail)};
    }
    // The key reached SQLCipher; the connection need not keep a copy of it.
    db.setPassword(QString());
    const QStringList problems =
        scan == Scan::WholeFile ? integrityProblems(db, false) : QStringList();
    if (!problems.isEmpty()) {
        db = QSqlDatabase();
        close(name);
        const QString first = problems.first().left(120);
        return damaged(path,
                       problems.size() == 1
                           ? first
                           : tr("%1, and %2 more problems").arg(first).arg(problems.size() - 1));
    }
    const int version = schemaVersion(db);
    if (version < 0) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        close(name);
        return StoreError{StoreError::Code::Database,
                          tr("Cannot read the schema version of %1: %2")
                              .arg(QDir::toNativeSeparators(path), why)};
    }
    if (version > Migrator::latestVersion()) {
        db = QSqlDatabase();
        close(name);
        return StoreError{
            StoreError::Code::NewerSchema,
            tr("The workspace file %1 was written by a newer RentFlow (data version %2; this "
               "program knows up to %3). Update RentFlow to open it. Nothing was changed.")
                .arg(QDir::toNativeSeparators(path))
                .arg(version)
                .arg(Migrator::latestVersion())};
    }
    if (access != Access::ReadWrite)
        return name;
    if (auto configured = applyPragmas(db); !configured) {
        db = QSqlDatabase();
        close(name);
        return configured.error();
    }
    return name;
}

StoreResult<QString> DatabaseOpener::newestChange(QSqlDatabase db)
{
    return ChangeLog::newestHlc(db); // unreadable is an error, never "no changes"
}

StoreResult<QString> DatabaseOpener::createNew(const QString& path, const QString& key)
{
    SqlCipherDriver::registerDriver();
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kName), name);
    db.setDatabaseName(path);
    db.setPassword(key);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        close(name);
        return StoreError{StoreError::Code::Io,
                          tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), detail)};
    }
    db.setPassword(QString());
    if (auto configured = applyPragmas(db); !configured) {
        db = QSqlDatabase();
        close(name);
        return configured.error();
    }
    return name;
}

StoreResult<QString> DatabaseOpener::deviceId(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = 'device_id'"));
    if (!query.exec())
        return StoreError{StoreError::Code::Database,
                          tr("Cannot read this PC's device id: %1").arg(query.lastError().text())};
    if (query.next())
        return query.value(0).toString();
    const QString id = Uuid7::generate();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO local_meta(key, value) VALUES ('device_id', ?)"));
    insert.addBindValue(id);
    if (!insert.exec())
        return StoreError{
            StoreError::Code::Database,
            tr("Cannot record this PC's device id: %1").arg(insert.lastError().text())};
    return id;
}

} // namespace rentflow::store
