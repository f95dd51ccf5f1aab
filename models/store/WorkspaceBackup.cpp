#include "WorkspaceBackup.h"

#include "DatabaseOpener.h"
#include "Migrator.h"
#include "sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace rentflow::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceBackup", text);
}

StoreError invalidFile(const QString& field, const QString& message)
{
    return StoreError::invalid({{field, message}});
}

// Runs one statement; on failure the error names what was being done.
StoreStatus exec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return Done{};
    return StoreError{StoreError::Code::Io,
                      tr("Backup failed (%1): %2").arg(what, query.lastError().text())};
}

// Copies every table of `db` into a new encrypted file at `target` under `key`.
StoreStatus exportTo(QSqlDatabase db, const QString& target, const QString& key)
{
    const int version = DatabaseOpener::schemaVersion(db);
    if (version < 0)
        return StoreError{StoreError::Code::Io,
                          tr("Backup failed: cannot read the schema version")};
    // An attached file inherits the workspace connection's flags, which do not
    // include "create": make the (empty) file first.
    if (QFile empty(target); !empty.open(QIODevice::WriteOnly))
        return StoreError{StoreError::Code::Io,
                          tr("Cannot write %1: %2").arg(target, empty.errorString())};
    QSqlQuery attach(db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS backup KEY ?"));
    attach.addBindValue(target);
    attach.addBindValue(key); // bound, never spliced into SQL
    if (auto ok = exec(attach, QStringLiteral("attach")); !ok)
        return ok;
    StoreStatus result = Done{};
    QSqlQuery step(db);
    const QList<QString> statements = {
        QStringLiteral("PRAGMA backup.cipher_page_size = %1").arg(SqlCipherDriver::kPageSize),
        QStringLiteral("PRAGMA backup.kdf_iter = %1")
            .arg(SqlCipherDriver::kPassphraseKdfIterations),
        QStringLiteral("SELECT sqlcipher_export('backup')"),
        // sqlcipher_export copies tables, not the header: carry the schema version.
        QStringLiteral("PRAGMA backup.user_version = %1").arg(version),
    };
    for (const QString& sql : statements) {
        step.prepare(sql);
        if (result = exec(step, sql); !result)
            break;
        step.finish();
    }
    QSqlQuery detach(db);
    detach.prepare(QStringLiteral("DETACH DATABASE backup"));
    const StoreStatus detached = exec(detach, QStringLiteral("detach"));
    if (!detached) // once more, so that the next backup can attach; this one has failed
        exec(detach, QStringLiteral("detach"));
    return result ? detached : result;
}

QString timestamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

StoreResult<QString> WorkspaceBackup::create(Workspace& workspace, const QString& file,
                                             Existing existing)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target) && existing == Existing::Refuse)
        return invalidFile(
            QStringLiteral("out"),
            tr("%1 already exists; choose a new file name").arg(QDir::toNativeSeparators(target)));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return invalidFile(QStringLiteral("out"),
                           tr("the folder %1 does not exist")
                               .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    auto exported = exportTo(workspace.store().database(), partial, workspace.key());
    if (exported.ok()) {
        // Prove the copy opens and is whole before calling it a backup.
        auto check = DatabaseOpener::openExisting(partial, workspace.key(),
                                                  DatabaseOpener::Access::ReadOnly);
        if (check)
            DatabaseOpener::close(check.value());
        else
            exported = StoreError{StoreError::Code::Io,
                                  tr("The backup does not verify: %1").arg(check.error().message)};
    }
    if (exported.ok() && existing == Existing::Replace && QFileInfo::exists(target) &&
        !QFile::remove(target))
        exported = StoreError{StoreError::Code::Io, tr("Cannot replace %1").arg(target)};
    if (!exported.ok() || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return exported.ok() ? StoreError{StoreError::Code::Io, tr("Cannot write %1").arg(target)}
                             : exported.error();
    }
    return target;
}

namespace {

// The newest change stamp in the file at `path`, opened with `access`.
StoreResult<QString> newestChangeIn(const QString& path, const QString& key,
                                    DatabaseOpener::Access access)
{
    auto connection = DatabaseOpener::openExisting(path, key, access);
    if (!connection)
        return connection.error();
    StoreResult<QString> newest = QString();
    {
        QSqlDatabase db = QSqlDatabase::database(connection.value(), false);
        newest = DatabaseOpener::newestChange(db);
    }
    DatabaseOpener::close(connection.value());
    return newest; // a change stamp that cannot be read is an error, never "no changes"
}

// Moves rentflow.db (and its WAL) into <workspace>/backups; returns the new path.
StoreResult<QString> moveAside(const QString& dir, const QString& dbPath)
{
    const QString keptDir = QDir(dir).filePath(QStringLiteral("backups"));
    if (!QDir().mkpath(keptDir))
        return StoreError{StoreError::Code::Io, tr("Cannot create %1").arg(keptDir)};
    const QString kept =
        QDir(keptDir).filePath(QStringLiteral("rentflow-before-restore-%1.db").arg(timestamp()));
    for (const char* suffix : {"-wal", "-shm", ""}) {
        const QString from = dbPath + QLatin1String(suffix);
        if (QFileInfo::exists(from) && !QFile::rename(from, kept + QLatin1String(suffix)))
            return StoreError{StoreError::Code::Io, tr("Cannot move %1 aside").arg(from)};
    }
    return kept;
}

// Puts the backup in place and opens it once read-write (WAL mode, migrations).
StoreStatus installCopy(const QString& source, const QString& dbPath, const QString& key)
{
    const QString incoming = dbPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(source, incoming) || !QFile::rename(incoming, dbPath)) {
        QFile::remove(incoming);
        return StoreError{StoreError::Code::Io, tr("Cannot copy the backup to %1").arg(dbPath)};
    }
    auto reopened = DatabaseOpener::openExisting(dbPath, key);
    if (!reopened)
        return reopened.error();
    StoreStatus migrated = Done{};
    {
        QSqlDatabase db = QSqlDatabase::database(reopened.value(), false);
        migrated = Migrator(db).migrate();
    }
    DatabaseOpener::close(reopened.value());
    return migrated;
}

} // namespace

StoreResult<WorkspaceBackup::RestoreOutcome> WorkspaceBackup::restore(const QString& directory,
                                                                      const QString& file,
                                                                      const KeySource& keys,
                                                                      bool force)
{
    const QString dir = QDir(directory).absolutePath();
    const QString source = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(source).isFile())
        return invalidFile(QStringLiteral("from"),
                           tr("%1 is not a file").arg(QDir::toNativeSeparators(source)));
    auto manifest = WorkspaceManifest::load(dir);
    if (!manifest)
        return manifest.error();
    auto key = Workspace::resolveKey(manifest.value(), keys, dir);
    if (!key)
        return key.error();

    // The workspace first: a wrong key must not get as far as the backup.
    const QString dbPath = QDir(dir).filePath(QString::fromLatin1(Workspace::kDatabaseFile));
    std::optional<QString> currentNewest;
    if (QFileInfo::exists(dbPath)) {
        auto newest = newestChangeIn(dbPath, key.value(), DatabaseOpener::Access::ReadWrite);
        if (newest)
            currentNewest = newest.value();
        else if (newest.error().code != StoreError::Code::Damaged)
            return newest
                .error(); // a damaged file is what restore is for; anything else stops here
    }
    auto backupNewest = newestChangeIn(source, key.value(), DatabaseOpener::Access::ReadOnly);
    if (!backupNewest) {
        if (backupNewest.error().code == StoreError::Code::WrongKey)
            return invalidFile(
                QStringLiteral("from"),
                tr("this backup does not open with this workspace's key (it belongs to another "
                   "workspace, or was made under another passphrase)"));
        return invalidFile(QStringLiteral("from"), backupNewest.error().message);
    }
    if (currentNewest && *currentNewest > backupNewest.value() && !force)
        return invalidFile(
            QStringLiteral("force"),
            tr("the workspace has changes made after this backup; restoring would replace them. "
               "Add --force to restore anyway (the current data is kept in the workspace's "
               "backups folder)."));

    RestoreOutcome outcome;
    outcome.restoredFrom = source;
    if (QFileInfo::exists(dbPath)) {
        auto kept = moveAside(dir, dbPath);
        if (!kept)
            return kept.error();
        outcome.previousKeptAt = kept.value();
    }
    if (auto installed = installCopy(source, dbPath, key.value()); !installed)
        return installed.error();
    return outcome;
}

} // namespace rentflow::store
