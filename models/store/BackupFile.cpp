#include "BackupFile.h"

#include "DatabaseOpener.h"
#include "sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rentflow::store::backupfile {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceBackup", text);
}

StoreStatus exec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return Done{};
    return StoreError{StoreError::Code::Io,
                      tr("Copy failed (%1): %2").arg(what, query.lastError().text())};
}

// The first column of the query's first row ("" when it has none); a failed query is an error.
StoreResult<QString> single(QSqlDatabase db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return StoreError{StoreError::Code::Database,
                          tr("Cannot read %1: %2").arg(what, query.lastError().text())};
    if (query.next())
        return query.value(0).toString();
    if (query.lastError().isValid())
        return StoreError{StoreError::Code::Database,
                          tr("Cannot read %1: %2").arg(what, query.lastError().text())};
    return QString();
}

} // namespace

StoreResult<Facts> read(QSqlDatabase db)
{
    Facts facts;
    auto id = single(db, QStringLiteral("SELECT value FROM local_meta WHERE key = 'workspace_id'"),
                     tr("the workspace id"));
    if (!id)
        return id.error();
    facts.workspaceId = id.take();
    const QString first =
        QStringLiteral("FROM organisation WHERE deleted = 0 ORDER BY created_at, id LIMIT 1");
    auto organisation = single(db, QStringLiteral("SELECT name ") + first, tr("the organisation"));
    if (!organisation)
        return organisation.error();
    facts.organisation = organisation.take();
    auto organisationId = single(db, QStringLiteral("SELECT id ") + first, tr("the organisation"));
    if (!organisationId)
        return organisationId.error();
    facts.organisationId = organisationId.take();
    auto newest = DatabaseOpener::newestChange(db);
    if (!newest)
        return newest.error();
    facts.newestChange = newest.take();
    return facts;
}

StoreStatus exportTo(QSqlDatabase db, const QString& target, const QString& key,
                     const std::optional<QString>& workspaceId)
{
    const int version = DatabaseOpener::schemaVersion(db);
    if (version < 0)
        return StoreError{StoreError::Code::Io, tr("Copy failed: cannot read the schema version")};
    QSqlQuery attach(db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS copy KEY ?"));
    attach.addBindValue(target);
    attach.addBindValue(key); // bound, never spliced into SQL
    if (auto ok = exec(attach, QStringLiteral("attach")); !ok)
        return ok;
    StoreStatus result = Done{};
    QSqlQuery step(db);
    QList<QString> statements = {
        QStringLiteral("PRAGMA copy.cipher_page_size = %1").arg(SqlCipherDriver::kPageSize),
        QStringLiteral("PRAGMA copy.kdf_iter = %1").arg(SqlCipherDriver::kPassphraseKdfIterations),
        QStringLiteral("SELECT sqlcipher_export('copy')"),
        // sqlcipher_export copies tables, not the header: carry the schema version.
        QStringLiteral("PRAGMA copy.user_version = %1").arg(version),
    };
    for (const QString& sql : statements) {
        step.prepare(sql);
        if (result = exec(step, sql); !result)
            break;
        step.finish();
    }
    if (result.ok() && workspaceId) {
        step.prepare(QStringLiteral("INSERT OR REPLACE INTO copy.local_meta(key, value) "
                                    "VALUES ('workspace_id', ?)"));
        step.addBindValue(*workspaceId);
        result = exec(step, QStringLiteral("workspace id"));
        step.finish();
    }
    QSqlQuery detach(db);
    detach.prepare(QStringLiteral("DETACH DATABASE copy"));
    const StoreStatus detached = exec(detach, QStringLiteral("detach"));
    if (!detached) // once more, so that the next copy can attach; this one has failed
        exec(detach, QStringLiteral("detach"));
    return result ? detached : result;
}

bool syncToDisk(const QString& path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

bool replaceAtomically(const QString& from, const QString& to)
{
#if defined(Q_OS_UNIX)
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    QFile::remove(to);
    return QFile::rename(from, to);
#endif
}

} // namespace rentflow::store::backupfile
