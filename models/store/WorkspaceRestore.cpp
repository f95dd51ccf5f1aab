// WorkspaceBackup::restore: verify the whole backup, write it beside the old
// file, swap it in with one rename.
#include "WorkspaceBackup.h"

#include "BackupFile.h"
#include "DatabaseOpener.h"
#include "Migrator.h"
#include "OpenSession.h"
#include "Uuid7.h"
#include "keys/KeyCheck.h"
#include "keys/KeyMaterial.h"
#include "keys/KeyStore.h"
#include "keys/RecoveryKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace rentflow::store {

namespace {

using KeyMode = WorkspaceManifest::KeyMode;

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceBackup", text);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

StoreError refused(const char* field, const QString& message)
{
    return StoreError::invalid({{QString::fromLatin1(field), message}});
}

// A key that may open the backup, and the key mode a workspace made from it has.
struct Candidate
{
    QString key;
    KeyMode mode;
};

void wipe(QList<Candidate>& candidates)
{
    for (Candidate& c : candidates)
        wipeKeyMaterial(c.key);
    candidates.clear();
}

// The backup, opened and verified whole under one of the candidate keys.
struct VerifiedBackup
{
    QString connection;
    Candidate opened;
    backupfile::Facts facts;
};

StoreResult<VerifiedBackup> openAndVerify(const QString& source, const QList<Candidate>& keys)
{
    for (const Candidate& candidate : keys) {
        // Unconfigured: read-write (so a copy can be attached), the file's settings untouched.
        auto connection = DatabaseOpener::openExisting(source, candidate.key,
                                                       DatabaseOpener::Access::Unconfigured);
        if (!connection && connection.error().code == StoreError::Code::WrongKey)
            continue;
        if (!connection && connection.error().code == StoreError::Code::NewerSchema)
            return refused("from", tr("the backup was written by a newer RentFlow; update "
                                      "RentFlow to restore it"));
        if (!connection)
            return refused("from",
                           tr("the backup cannot be read: %1").arg(connection.error().message));
        VerifiedBackup backup{connection.value(), candidate, {}};
        QSqlDatabase db = QSqlDatabase::database(backup.connection, false);
        // integrity_check reads every page, so SQLCipher verifies every page's HMAC.
        const QStringList problems = DatabaseOpener::integrityProblems(db, true);
        if (!problems.isEmpty()) {
            db = QSqlDatabase();
            DatabaseOpener::close(backup.connection);
            return refused("from", tr("the backup is damaged (%1); choose another backup")
                                       .arg(problems.first().left(120)));
        }
        if (DatabaseOpener::schemaVersion(db) <= 0) { // an empty file opens as an empty one
            db = QSqlDatabase();
            DatabaseOpener::close(backup.connection);
            return refused("from", tr("is not a RentFlow backup (it holds no workspace); choose "
                                      "the .rfb file that rentflowctl backup or File ▸ Back up "
                                      "wrote"));
        }
        auto facts = backupfile::read(db);
        if (!facts) {
            db = QSqlDatabase();
            DatabaseOpener::close(backup.connection);
            return refused("from", tr("the backup cannot be read: %1").arg(facts.error().message));
        }
        backup.facts = facts.take();
        return backup;
    }
    return refused("from", tr("the backup does not open with the key given: it belongs to "
                              "another workspace, was made under another passphrase, or "
                              "needs this workspace's recovery key (--recovery-key-env VAR)"));
}

// What is in the folder now.
struct Current
{
    std::optional<WorkspaceManifest> manifest;
    QString key;             // the workspace's own key ("" when unknown)
    bool readable = false;   // its rentflow.db opened with that key
    backupfile::Facts facts; // when readable
};

StoreResult<Current> inspectCurrent(const QString& dir, const QString& dbPath,
                                    const KeySource& keys)
{
    Current current;
    if (!WorkspaceManifest::existsIn(dir))
        return current;
    auto manifest = WorkspaceManifest::load(dir);
    if (!manifest)
        return manifest.error();
    current.manifest = manifest.take();
    auto key = Workspace::resolveKey(*current.manifest, keys, dir);
    if (!key) {
        // A keychain that lost the key (a new PC): the recovery key makes a new one.
        if (current.manifest->keyMode == KeyMode::Keychain && keys.recoveryKey)
            return current;
        return key.error();
    }
    current.key = key.take();
    if (!QFileInfo(dbPath).isFile() || QFileInfo(dbPath).size() == 0)
        return current;
    auto connection = DatabaseOpener::openExisting(dbPath, current.key);
    if (!connection) {
        // A damaged file is what restore is for; a wrong key must stop here.
        const auto& check = current.manifest->keyCheck;
        if (connection.error().code == StoreError::Code::WrongKey &&
            !(check && check->matches(current.key)))
            return connection.error();
        return current;
    }
    StoreResult<backupfile::Facts> facts = backupfile::Facts{};
    {
        QSqlDatabase db = QSqlDatabase::database(connection.value(), false);
        facts = backupfile::read(db);
    }
    DatabaseOpener::close(connection.value());
    if (!facts) // what restore would replace must be known, never taken for "no changes"
        return facts.error();
    current.readable = true;
    current.facts = facts.take();
    return current;
}

StoreResult<QList<Candidate>> candidateKeys(const Current& current, const KeySource& keys)
{
    QList<Candidate> candidates;
    if (keys.passphrase)
        candidates.append({*keys.passphrase, KeyMode::Passphrase});
    if (keys.recoveryKey) {
        const auto normal = RecoveryKey::normalize(*keys.recoveryKey);
        if (!normal)
            return refused("recovery-key-env",
                           tr("is not a recovery key: it has 32 letters and digits in groups of "
                              "four, e.g. ABCD-EFGH-…"));
        candidates.append({*normal, KeyMode::Keychain});
    }
    if (current.manifest && current.manifest->keyMode == KeyMode::Keychain && keys.keychain &&
        !keys.recoveryKey) {
        KeyStore::Answer recovery =
            keys.keychain->read(RecoveryKey::entryName(current.manifest->workspaceId));
        if (recovery.status == KeyStore::Status::Ok)
            candidates.append({std::move(recovery.key), KeyMode::Keychain});
        // Backups made before recovery keys are under the database key itself.
        if (!current.key.isEmpty())
            candidates.append({current.key, KeyMode::Keychain});
    }
    if (candidates.isEmpty())
        return refused(
            "recovery-key-env",
            current.manifest
                ? tr("this PC's keychain holds no key for this workspace: give the recovery key "
                     "written down at setup (--recovery-key-env VAR)")
                : tr("restoring into a folder with no workspace (a new PC) needs the backup's "
                     "recovery key (--recovery-key-env VAR) or its passphrase "
                     "(--passphrase-env VAR)"));
    return candidates;
}

QString describe(const QString& organisation, const QString& workspaceId)
{
    return organisation.isEmpty() ? tr("workspace %1 (its data does not open)").arg(workspaceId)
                                  : tr("“%1” (workspace %2)").arg(organisation, workspaceId);
}

// The key the restored file gets, keeping the keychain in step for a new folder.
StoreResult<QString> targetKey(const Current& current, const VerifiedBackup& backup,
                               const WorkspaceManifest& manifest, const KeySource& keys)
{
    if (!current.key.isEmpty())
        return QString(current.key);
    if (manifest.keyMode == KeyMode::Passphrase)
        return QString(backup.opened.key);
    if (!keys.keychain)
        return StoreError{StoreError::Code::NoKey,
                          tr("No keychain is available to keep the workspace key.")};
    KeyStore::Answer held = keys.keychain->read(manifest.keychainEntry());
    if (held.status == KeyStore::Status::Ok)
        return std::move(held.key);
    QString key = Workspace::generateRawKey();
    KeyStore::Answer stored = keys.keychain->write(manifest.keychainEntry(), key);
    if (stored.status == KeyStore::Status::Ok &&
        keys.keychain->read(RecoveryKey::entryName(manifest.workspaceId)).status !=
            KeyStore::Status::Ok)
        stored =
            keys.keychain->write(RecoveryKey::entryName(manifest.workspaceId), backup.opened.key);
    if (stored.status != KeyStore::Status::Ok) {
        wipeKeyMaterial(key);
        return StoreError{StoreError::Code::NoKey,
                          tr("No OS keychain could keep the restored workspace's key (%1); "
                             "restore with --passphrase-env on a PC without a keychain is not "
                             "possible for a keychain backup. Sign in to a desktop session.")
                              .arg(stored.detail)};
    }
    return key;
}

// Writes the backup's tables into `incoming` under `key`, migrates and checks it.
StoreStatus writeIncoming(const VerifiedBackup& backup, const QString& incoming, const QString& key,
                          const QString& workspaceId)
{
    if (!createOwnerOnlyFile(incoming))
        return StoreError{StoreError::Code::Io, tr("Cannot write %1").arg(native(incoming))};
    StoreStatus written = backupfile::exportTo(QSqlDatabase::database(backup.connection, false),
                                               incoming, key, workspaceId);
    if (!written)
        return written;
    auto opened = DatabaseOpener::openExisting(incoming, key, DatabaseOpener::Access::ReadWrite,
                                               DatabaseOpener::Scan::WholeFile);
    if (!opened)
        return opened.error();
    {
        QSqlDatabase db = QSqlDatabase::database(opened.value(), false);
        written = Migrator(db).migrate();
    }
    DatabaseOpener::close(opened.value()); // checkpoints: the WAL goes
    if (written.ok() && !backupfile::syncToDisk(incoming))
        written = StoreError{StoreError::Code::Io, tr("Cannot write %1").arg(native(incoming))};
    return written;
}

// A link (or copy) of the current file in <workspace>/backups/, and its WAL if it
// could not be checkpointed. Returns the kept path.
StoreResult<QString> keepCurrent(const QString& dir, const QString& dbPath)
{
    const QString keptDir = QDir(dir).filePath(QStringLiteral("backups"));
    if (!makeOwnerOnlyFolder(keptDir))
        return StoreError{StoreError::Code::Io, tr("Cannot create %1").arg(native(keptDir))};
    const QString kept = QDir(keptDir).filePath(
        QStringLiteral("rentflow-before-restore-%1.db")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    bool linked = false;
#if defined(Q_OS_UNIX)
    linked =
        ::link(QFile::encodeName(dbPath).constData(), QFile::encodeName(kept).constData()) == 0;
#endif
    if (!linked && !QFile::copy(dbPath, kept)) {
        QFile::remove(kept);
        return StoreError{
            StoreError::Code::Io,
            tr("Cannot keep a copy of %1 in %2").arg(native(dbPath), native(keptDir))};
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString from = dbPath + QLatin1String(suffix);
        if (QFileInfo::exists(from) && !QFile::rename(from, kept + QLatin1String(suffix)))
            return StoreError{StoreError::Code::Io, tr("Cannot move %1 aside").arg(native(from))};
    }
    return kept;
}

// Folds the current file's WAL into it, so that moving the WAL aside loses nothing; a
// checkpoint that fails or cannot finish stops the restore before anything changes.
StoreStatus checkpointCurrent(const Current& current, const QString& dbPath)
{
    if (!current.readable)
        return Done{}; // damaged: the file and its WAL are kept aside together as they are
    auto connection = DatabaseOpener::openExisting(dbPath, current.key);
    if (!connection)
        return connection.error();
    bool folded = false;
    QString detail;
    {
        QSqlQuery query(QSqlDatabase::database(connection.value(), false));
        // One row: busy (1 when it could not finish), frames in the WAL, frames folded in.
        folded = query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next() &&
                 query.value(0).toInt() == 0;
        detail = query.lastError().text();
    }
    DatabaseOpener::close(connection.value());
    if (!folded)
        return StoreError{
            StoreError::Code::Io,
            tr("Cannot fold the workspace's recent changes into its file before "
               "the restore%1; the workspace is as it was.")
                .arg(detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail))};
    return Done{};
}

} // namespace

StoreResult<WorkspaceBackup::RestoreOutcome> WorkspaceBackup::restore(const QString& directory,
                                                                      const QString& file,
                                                                      const KeySource& keys,
                                                                      bool force)
{
    const QString dir = QDir(directory).absolutePath();
    const QString source = QFileInfo(file).absoluteFilePath();
    const QString dbPath = QDir(dir).filePath(QString::fromLatin1(Workspace::kDatabaseFile));
    if (!QFileInfo(source).isFile())
        return refused("from", tr("%1 is not a file").arg(native(source)));
    if (QFileInfo::exists(dir) && !QFileInfo(dir).isDir())
        return refused("workspace", tr("%1 is not a folder").arg(native(dir)));
    if (!WorkspaceManifest::existsIn(dir) && QFileInfo::exists(dbPath))
        return refused("workspace", tr("%1 holds a rentflow.db without its workspace.json; move "
                                       "it away or restore into another folder")
                                        .arg(native(dir)));

    // 1. What is here now. A wrong key must not get as far as the backup.
    auto inspected = inspectCurrent(dir, dbPath, keys);
    if (!inspected)
        return inspected.error();
    Current current = inspected.take();
    auto candidates = candidateKeys(current, keys);
    if (!candidates)
        return candidates.error();

    // 2. The whole backup: decrypts, integrity, schema version, whose it is.
    auto verified = openAndVerify(source, candidates.value());
    wipe(candidates.value());
    if (!verified)
        return verified.error();
    VerifiedBackup backup = verified.take();
    auto closeBackup = qScopeGuard([&] {
        DatabaseOpener::close(backup.connection);
        wipeKeyMaterial(backup.opened.key);
        wipeKeyMaterial(current.key);
    });
    // Another workspace's backup, or this folder's own id over another business's data (a
    // forced restore keeps the folder's id): either way not this workspace's data.
    const bool otherWorkspace = current.manifest && !backup.facts.workspaceId.isEmpty() &&
                                backup.facts.workspaceId != current.manifest->workspaceId;
    const bool otherBusiness = current.readable && !current.facts.organisationId.isEmpty() &&
                               !backup.facts.organisationId.isEmpty() &&
                               backup.facts.organisationId != current.facts.organisationId;
    if ((otherWorkspace || otherBusiness) && !force)
        return refused(
            "force", tr("this backup is of %1, not of this workspace, %2. Add --force to "
                        "replace this workspace's data with it (the current data is kept in "
                        "the workspace's backups folder).")
                         .arg(describe(backup.facts.organisation, backup.facts.workspaceId),
                              describe(current.facts.organisation, current.manifest->workspaceId)));
    if (current.readable && current.facts.newestChange > backup.facts.newestChange && !force)
        return refused("force", tr("the workspace has changes made after this backup; restoring "
                                   "would replace them. Add --force to restore anyway (the "
                                   "current data is kept in the workspace's backups folder)."));

    // 3. The workspace the folder will describe.
    WorkspaceManifest manifest;
    if (current.manifest) {
        manifest = *current.manifest;
    } else {
        manifest.workspaceId =
            backup.facts.workspaceId.isEmpty() ? Uuid7::generate() : backup.facts.workspaceId;
        manifest.keyMode = backup.opened.mode;
        manifest.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }
    const bool newFolder = !QFileInfo::exists(dir);
    if (newFolder && !makeOwnerOnlyFolder(dir))
        return StoreError{StoreError::Code::Io, tr("Cannot create the folder %1").arg(native(dir))};
    // A refused or failed restore into a new folder leaves no folder behind
    // (declared before the session, so the session ends first).
    auto undoNewFolder = qScopeGuard([&] {
        if (newFolder)
            QDir(dir).removeRecursively();
    });
    auto session = OpenSession::begin(dir);
    if (!session)
        return session.error();
    if (session.value()->othersOpen())
        return refused("workspace", tr("another RentFlow program has this workspace open; close "
                                       "it and restore again"));
    auto key = targetKey(current, backup, manifest, keys);
    if (!key)
        return key.error();
    const WipedString fileKey(key.take());
    if (!manifest.keyCheck || !manifest.keyCheck->matches(fileKey.get()))
        manifest.keyCheck = KeyCheck::make(fileKey.get());

    // 4. The new file beside the old one; any failure leaves the old one as it was.
    const QString incoming = dbPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    session.value()->recordPartial(incoming);
    if (auto written = writeIncoming(backup, incoming, fileKey.get(), manifest.workspaceId);
        !written) {
        session.value()->discardPartial(incoming);
        return StoreError{StoreError::Code::Io,
                          tr("The restore stopped before changing anything: %1 The workspace "
                             "is as it was.")
                              .arg(written.error().message)};
    }

    // 5. The swap: one rename puts the new file in place of the old.
    RestoreOutcome outcome{source, QString(), dir};
    // The folder's description first: killed after it, a new folder holds a workspace.json
    // without a database, which is damage that a second restore puts right; killed before
    // the swap, an existing workspace's description is unchanged but for what the new file
    // shares with the old (its id and key).
    if (auto saved = manifest.save(dir); !saved) {
        session.value()->discardPartial(incoming);
        return saved.error();
    }
    if (QFileInfo::exists(dbPath)) {
        if (auto folded = checkpointCurrent(current, dbPath); !folded) {
            session.value()->discardPartial(incoming);
            return folded.error();
        }
        auto kept = keepCurrent(dir, dbPath);
        if (!kept) {
            session.value()->discardPartial(incoming);
            return kept.error();
        }
        outcome.previousKeptAt = kept.value();
    }
    if (!backupfile::replaceAtomically(incoming, dbPath)) {
        session.value()->discardPartial(incoming);
        return StoreError{StoreError::Code::Io,
                          tr("Cannot put the restored file in place of %1; the workspace is as "
                             "it was.")
                              .arg(native(dbPath))};
    }
    session.value()->forgetPartial(incoming);
    backupfile::syncToDisk(dir);
    undoNewFolder.dismiss();
    // The file is whole and was scanned: an earlier crash needs no scan now.
    session.value()->scanPassed();
    return outcome;
}

} // namespace rentflow::store
