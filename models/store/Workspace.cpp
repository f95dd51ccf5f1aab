#include "Workspace.h"

#include "DatabaseOpener.h"
#include "Migrator.h"
#include "Uuid7.h"
#include "keys/KeyStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
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

} // namespace

QString Workspace::generateRawKey()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words, 8);
    const QByteArray bytes(reinterpret_cast<const char*>(words), sizeof words);
    return QStringLiteral("x'") + QString::fromLatin1(bytes.toHex().toUpper()) + QLatin1Char('\'');
}

Workspace::Workspace(QString directory, WorkspaceManifest manifest, QString key, QString connection)
    : m_directory(std::move(directory)), m_manifest(std::move(manifest)), m_key(std::move(key)),
      m_connection(std::move(connection))
{}

Workspace::~Workspace()
{
    m_store.reset();
    DatabaseOpener::close(m_connection);
}

QString Workspace::databasePath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(kDatabaseFile));
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
    const KeyStore::Answer answer = keys.keychain->read(manifest.keychainEntry());
    switch (answer.status) {
    case KeyStore::Status::Ok:
        return answer.key;
    case KeyStore::Status::NotFound:
        return StoreError{
            StoreError::Code::NoKey,
            tr("This PC's keychain holds no key for the workspace %1 (it was made under another "
               "user account or on another PC). Restore it from a backup made here, or open it "
               "where it was made.")
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
    if (!QFileInfo::exists(dbPath))
        return StoreError{StoreError::Code::NotFound,
                          tr("There is no RentFlow workspace at %1 (no %2). Create one first "
                             "(rentflowctl init --org NAME).")
                              .arg(nativePath(dir), QString::fromLatin1(kDatabaseFile))};
    auto manifest = WorkspaceManifest::load(dir);
    if (!manifest)
        return manifest.error();
    auto key = resolveKey(manifest.value(), keys, dir);
    if (!key)
        return key.error();

    auto connection = DatabaseOpener::openExisting(dbPath, key.value());
    if (!connection)
        return connection.error();
    std::unique_ptr<Workspace> workspace(
        new Workspace(dir, manifest.take(), key.take(), connection.value()));
    QSqlDatabase db = QSqlDatabase::database(workspace->m_connection, false);
    if (auto migrated = Migrator(db).migrate(); !migrated)
        return migrated.error();
    auto deviceId = DatabaseOpener::deviceId(db);
    if (!deviceId)
        return deviceId.error();
    workspace->m_store = std::make_unique<Store>(db, deviceId.value(), actor);
    return workspace;
}

StoreResult<std::unique_ptr<Workspace>> Workspace::create(const QString& directory,
                                                          const KeySource& keys, const Actor& actor)
{
    const QString dir = QDir(directory).absolutePath();
    const QString dbPath = QDir(dir).filePath(QString::fromLatin1(kDatabaseFile));
    if (QFileInfo::exists(dbPath))
        return StoreError{
            StoreError::Code::AlreadyExists,
            tr("A RentFlow workspace already exists at %1; open it instead, or choose another "
               "folder.")
                .arg(nativePath(dir))};
    if (keys.passphrase && keys.passphrase->size() < kMinPassphraseLength)
        return StoreError{StoreError::Code::InvalidInput,
                          tr("passphrase: use at least %1 characters").arg(kMinPassphraseLength)};
    const bool madeFolder = !QFileInfo::exists(dir);
    if (!QDir().mkpath(dir))
        return StoreError{StoreError::Code::Io,
                          tr("Cannot create the folder %1").arg(nativePath(dir))};
    // A refused create leaves nothing behind, not even the folder it made.
    auto undoFolder = [&] {
        if (madeFolder)
            QDir().rmdir(dir);
    };

    WorkspaceManifest manifest;
    manifest.workspaceId = Uuid7::generate();
    manifest.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString key;
    if (keys.passphrase) {
        manifest.keyMode = WorkspaceManifest::KeyMode::Passphrase;
        key = *keys.passphrase;
    } else {
        manifest.keyMode = WorkspaceManifest::KeyMode::Keychain;
        key = generateRawKey();
        const KeyStore::Answer stored =
            keys.keychain
                ? keys.keychain->write(manifest.keychainEntry(), key)
                : KeyStore::Answer{KeyStore::Status::Unavailable, {}, tr("none configured")};
        if (stored.status != KeyStore::Status::Ok) {
            undoFolder();
            return StoreError{
                StoreError::Code::NoKey,
                tr("No OS keychain could keep the new workspace key (%1). Choose a passphrase "
                   "instead (rentflowctl: --passphrase-env VAR).")
                    .arg(stored.detail)};
        }
    }

    auto fail = [&](StoreError error) -> StoreResult<std::unique_ptr<Workspace>> {
        removeDatabaseFiles(dbPath);
        QFile::remove(QDir(dir).filePath(QString::fromLatin1(WorkspaceManifest::kFileName)));
        if (manifest.keyMode == WorkspaceManifest::KeyMode::Keychain && keys.keychain)
            keys.keychain->remove(manifest.keychainEntry());
        undoFolder();
        return error;
    };
    auto connection = DatabaseOpener::createNew(dbPath, key);
    if (!connection)
        return fail(connection.error());
    std::unique_ptr<Workspace> workspace(new Workspace(dir, manifest, key, connection.value()));
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
    if (auto saved = manifest.save(dir); !saved) {
        workspace.reset();
        return fail(saved.error());
    }
    workspace->m_store = std::make_unique<Store>(db, deviceId.value(), actor);
    return workspace;
}

} // namespace rentflow::store
