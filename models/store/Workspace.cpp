#include "Workspace.h"

#include "DatabaseOpener.h"
#include "Migrator.h"
#include "OpenSession.h"
#include "Uuid7.h"
#include "keys/KeyMaterial.h"
#include "keys/KeyStore.h"
#include "keys/RecoveryKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace rentflow::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Workspace", text);
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

void removeDatabaseFiles(const QString& dbPath)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(dbPath + QLatin1String(suffix));
}

StoreError damagedWorkspace(const QString& dbPath, const QString& what)
{
    return StoreError{
        StoreError::Code::Damaged,
        tr("The workspace file %1 is damaged: %2. Nothing was changed. Restore the latest "
           "backup (rentflowctl restore --from FILE).")
            .arg(nativePath(dbPath), what)};
}

// The file workspace.json points at must be there and hold something: an empty
// or missing rentflow.db is damage, never a new empty workspace.
std::optional<StoreError> missingOrEmpty(const QString& dir, const QString& dbPath)
{
    const QFileInfo db(dbPath);
    const bool described = WorkspaceManifest::existsIn(dir);
    if (!db.exists() && !described)
        return StoreError{StoreError::Code::NotFound,
                          tr("There is no RentFlow workspace at %1 (no %2). Create one first "
                             "(rentflowctl init --org NAME).")
                              .arg(nativePath(dir), QString::fromLatin1(Workspace::kDatabaseFile))};
    if (!db.exists())
        return damagedWorkspace(dbPath, tr("it is missing, though workspace.json says a workspace "
                                           "lives here"));
    if (db.size() == 0)
        return damagedWorkspace(dbPath, tr("it is empty"));
    return std::nullopt;
}

} // namespace

QString Workspace::generateRawKey()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words, 8);
    QByteArray bytes(reinterpret_cast<const char*>(words), sizeof words);
    QByteArray hex = bytes.toHex().toUpper();
    QString key = QStringLiteral("x'") + QString::fromLatin1(hex) + QLatin1Char('\'');
    wipeKeyMaterial(bytes);
    wipeKeyMaterial(hex);
    for (quint32& word : words)
        word = 0;
    return key;
}

Workspace::Workspace(QString directory, WorkspaceManifest manifest, QString key, QString connection,
                     std::unique_ptr<OpenSession> session)
    : m_directory(std::move(directory)), m_manifest(std::move(manifest)), m_key(std::move(key)),
      m_connection(std::move(connection)), m_session(std::move(session))
{}

Workspace::~Workspace()
{
    m_store.reset();
    DatabaseOpener::close(m_connection);
    m_session.reset(); // after the connection: a clean close is one that finished
    wipeKeyMaterial(m_key);
    if (m_newRecoveryKey)
        wipeKeyMaterial(*m_newRecoveryKey);
}

QString Workspace::databasePath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(kDatabaseFile));
}

StoreResult<QString> Workspace::openConnection(DatabaseOpener::Access access) const
{
    return DatabaseOpener::openExisting(databasePath(), m_key, access);
}

std::optional<QString> Workspace::takeNewRecoveryKey()
{
    auto key = std::move(m_newRecoveryKey);
    m_newRecoveryKey.reset();
    return key;
}

QString Workspace::derivedSecret(const QString& purpose) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(purpose.toUtf8(), m_key.toUtf8(),
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}

QString Workspace::bundledServerDirectory(const QString& workspaceDirectory)
{
    return QDir::cleanPath(workspaceDirectory) + QStringLiteral("-server");
}

QString Workspace::bundledServerPassphrase() const
{
    return derivedSecret(QStringLiteral("bundled-server"));
}

StoreResult<QString> Workspace::recoveryKey()
{
    if (m_manifest.keyMode != WorkspaceManifest::KeyMode::Keychain)
        return StoreError{StoreError::Code::InvalidInput,
                          tr("This workspace is locked with a passphrase; its backups open with "
                             "that passphrase, so it has no recovery key.")};
    if (!m_keychain)
        return StoreError{StoreError::Code::NoKey,
                          tr("No keychain is available to read the recovery key.")};
    const QString entry = RecoveryKey::entryName(m_manifest.workspaceId);
    KeyStore::Answer answer = m_keychain->read(entry);
    if (answer.status == KeyStore::Status::Ok)
        return std::move(answer.key);
    if (answer.status != KeyStore::Status::NotFound)
        return StoreError{StoreError::Code::NoKey,
                          tr("The keychain did not give the recovery key: %1").arg(answer.detail)};
    // A workspace made before recovery keys: make one now and keep it.
    QString made = RecoveryKey::generate();
    const KeyStore::Answer stored = m_keychain->write(entry, made);
    if (stored.status != KeyStore::Status::Ok) {
        wipeKeyMaterial(made);
        return StoreError{StoreError::Code::NoKey,
                          tr("The keychain could not keep a recovery key: %1").arg(stored.detail)};
    }
    // Never made in silence: the caller shows it once (takeNewRecoveryKey), as at setup.
    m_newRecoveryKey = made;
    return made;
}

StoreResult<QString> Workspace::backupKey()
{
    if (m_manifest.keyMode == WorkspaceManifest::KeyMode::Passphrase)
        return QString(m_key);
    return recoveryKey();
}

StoreStatus Workspace::recordWorkspaceId()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO local_meta(key, value) "
                                 "VALUES ('workspace_id', ?)"));
    query.addBindValue(m_manifest.workspaceId);
    if (!query.exec())
        return StoreError{StoreError::Code::Database,
                          tr("Cannot record the workspace id: %1").arg(query.lastError().text())};
    return Done{};
}

StoreResult<QString> Workspace::resolveKey(const WorkspaceManifest& manifest, const KeySource& keys,
                                           const QString& directory)
{
    if (keys.passphrase)
        return *keys.passphrase;
    if (manifest.keyMode == WorkspaceManifest::KeyMode::Passphrase)
        return StoreError{
            StoreError::Code::NoKey,
            tr("The workspace %1 is locked with a passphrase; give the passphrase to open it "
               "(rentflowctl: --passphrase-env VAR).")
                .arg(nativePath(directory))};
    if (!keys.keychain)
        return StoreError{StoreError::Code::NoKey,
                          tr("No keychain is available to read the workspace key.")};
    KeyStore::Answer answer = keys.keychain->read(manifest.keychainEntry());
    switch (answer.status) {
    case KeyStore::Status::Ok:
        return std::move(answer.key);
    case KeyStore::Status::NotFound:
        return StoreError{
            StoreError::Code::NoKey,
            tr("This PC's keychain holds no key for the workspace %1 (it was made under another "
               "user account or on another PC). Restore it from a backup with its recovery key "
               "(rentflowctl restore --from FILE --recovery-key-env VAR), or open it where it "
               "was made.")
                .arg(nativePath(directory))};
    case KeyStore::Status::Unavailable:
        return StoreError{
            StoreError::Code::NoKey,
            tr("No OS keychain answered (%1), so the key of the workspace %2 cannot be read. "
               "Sign in to a desktop session with a keychain and try again.")
                .arg(answer.detail, nativePath(directory))};
    case KeyStore::Status::Failed:
        break;
    }
    return StoreError{StoreError::Code::NoKey,
                      tr("The keychain refused to give the workspace key: %1").arg(answer.detail)};
}

StoreResult<std::unique_ptr<Workspace>> Workspace::open(const QString& directory,
                                                        const KeySource& keys, const Actor& actor)
{
    const QString dir = QDir(directory).absolutePath();
    const QString dbPath = QDir(dir).filePath(QString::fromLatin1(kDatabaseFile));
    if (auto problem = missingOrEmpty(dir, dbPath))
        return *problem;
    auto manifest = WorkspaceManifest::load(dir);
    if (!manifest)
        return manifest.error();
    auto key = resolveKey(manifest.value(), keys, dir);
    if (!key)
        return key.error();
    auto session = OpenSession::begin(dir);
    if (!session)
        return session.error();

    // The whole file is scanned only when the last run did not close it.
    const bool scan = session.value()->needsScan();
    auto connection = DatabaseOpener::openExisting(
        dbPath, key.value(), DatabaseOpener::Access::ReadWrite,
        scan ? DatabaseOpener::Scan::WholeFile : DatabaseOpener::Scan::None);
    if (!connection) {
        const auto& check = manifest.value().keyCheck;
        const bool rightKey = connection.error().code == StoreError::Code::WrongKey && check &&
                              check->matches(key.value());
        wipeKeyMaterial(key.value());
        if (rightKey)
            return damagedWorkspace(dbPath,
                                    tr("its first page does not decrypt, although the key is the "
                                       "right one (workspace.json's key check matches it)"));
        return connection.error();
    }
    if (scan)
        session.value()->scanPassed();
    std::unique_ptr<Workspace> workspace(
        new Workspace(dir, manifest.take(), key.take(), connection.value(), session.take()));
    workspace->m_keychain = keys.keychain;
    QSqlDatabase db = QSqlDatabase::database(workspace->m_connection, false);
    if (auto migrated = Migrator(db).migrate(); !migrated)
        return migrated.error();
    auto deviceId = DatabaseOpener::deviceId(db);
    if (!deviceId)
        return deviceId.error();
    if (auto recorded = workspace->recordWorkspaceId(); !recorded)
        return recorded.error();
    if (!workspace->m_manifest.keyCheck) {
        // Workspaces made before the key check get one now.
        workspace->m_manifest.keyCheck = KeyCheck::make(workspace->m_key);
        if (auto saved = workspace->m_manifest.save(dir); !saved)
            return saved.error();
    }
    workspace->m_store = std::make_unique<Store>(db, deviceId.value(), actor);
    return workspace;
}

StoreResult<std::unique_ptr<Workspace>> Workspace::create(const QString& directory,
                                                          const KeySource& keys, const Actor& actor)
{
    const QString dir = QDir(directory).absolutePath();
    const QString dbPath = QDir(dir).filePath(QString::fromLatin1(kDatabaseFile));
    if (QFileInfo::exists(dbPath) || WorkspaceManifest::existsIn(dir))
        return StoreError{
            StoreError::Code::AlreadyExists,
            tr("A RentFlow workspace already exists at %1; open it instead, or choose another "
               "folder.")
                .arg(nativePath(dir))};
    if (keys.passphrase && keys.passphrase->size() < kMinPassphraseLength)
        return StoreError{StoreError::Code::InvalidInput,
                          tr("passphrase: use at least %1 characters").arg(kMinPassphraseLength)};
    const bool madeFolder = !QFileInfo::exists(dir);
    if (!QDir().mkpath(dir) || (madeFolder && !makeOwnerOnlyFolder(dir)))
        return StoreError{StoreError::Code::Io,
                          tr("Cannot create the folder %1").arg(nativePath(dir))};
    // A refused create leaves nothing behind, not even the folder it made.
    auto undoFolder = [&] {
        QDir(QDir(dir).filePath(QStringLiteral("sessions"))).removeRecursively();
        if (madeFolder)
            QDir().rmdir(dir);
    };

    WorkspaceManifest manifest;
    manifest.workspaceId = Uuid7::generate();
    manifest.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString key;
    std::optional<QString> recovery;
    if (keys.passphrase) {
        manifest.keyMode = WorkspaceManifest::KeyMode::Passphrase;
        key = *keys.passphrase;
    } else {
        manifest.keyMode = WorkspaceManifest::KeyMode::Keychain;
        key = generateRawKey();
        recovery = RecoveryKey::generate();
        KeyStore::Answer stored =
            keys.keychain
                ? keys.keychain->write(manifest.keychainEntry(), key)
                : KeyStore::Answer{KeyStore::Status::Unavailable, {}, tr("none configured")};
        if (stored.status == KeyStore::Status::Ok)
            stored = keys.keychain->write(RecoveryKey::entryName(manifest.workspaceId), *recovery);
        if (stored.status != KeyStore::Status::Ok) {
            if (keys.keychain)
                keys.keychain->remove(manifest.keychainEntry());
            wipeKeyMaterial(key);
            wipeKeyMaterial(*recovery);
            undoFolder();
            return StoreError{
                StoreError::Code::NoKey,
                tr("No OS keychain could keep the new workspace key (%1). Choose a passphrase "
                   "instead (rentflowctl: --passphrase-env VAR).")
                    .arg(stored.detail)};
        }
    }
    manifest.keyCheck = KeyCheck::make(key);

    auto fail = [&](StoreError error) -> StoreResult<std::unique_ptr<Workspace>> {
        removeDatabaseFiles(dbPath);
        QFile::remove(QDir(dir).filePath(QString::fromLatin1(WorkspaceManifest::kFileName)));
        if (manifest.keyMode == WorkspaceManifest::KeyMode::Keychain && keys.keychain) {
            keys.keychain->remove(manifest.keychainEntry());
            keys.keychain->remove(RecoveryKey::entryName(manifest.workspaceId));
        }
        undoFolder();
        return error;
    };
    auto session = OpenSession::begin(dir);
    if (!session)
        return fail(session.error());
    // Made owner-only before SQLite writes to it; its WAL and shm files inherit that.
    if (!createOwnerOnlyFile(dbPath))
        return fail(
            StoreError{StoreError::Code::Io, tr("Cannot create %1").arg(nativePath(dbPath))});
    auto connection = DatabaseOpener::createNew(dbPath, key);
    if (!connection)
        return fail(connection.error());
    std::unique_ptr<Workspace> workspace(
        new Workspace(dir, manifest, std::move(key), connection.value(), session.take()));
    workspace->m_keychain = keys.keychain;
    workspace->m_newRecoveryKey = std::move(recovery);
    QSqlDatabase db = QSqlDatabase::database(workspace->m_connection, false);
    if (auto migrated = Migrator(db).migrate(); !migrated) {
        workspace.reset();
        return fail(migrated.error());
    }
    auto deviceId = DatabaseOpener::deviceId(db);
    if (!deviceId) {
        workspace.reset();
        return fail(deviceId.error());
    }
    if (auto recorded = workspace->recordWorkspaceId(); !recorded) {
        workspace.reset();
        return fail(recorded.error());
    }
    if (auto saved = manifest.save(dir); !saved) {
        workspace.reset();
        return fail(saved.error());
    }
    workspace->m_store = std::make_unique<Store>(db, deviceId.value(), actor);
    return workspace;
}

} // namespace rentflow::store
