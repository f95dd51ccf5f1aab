#pragma once

#include "DatabaseOpener.h"
#include "Store.h"
#include "StoreError.h"
#include "WorkspaceManifest.h"

#include <QString>

#include <memory>
#include <optional>

namespace rentflow::store {

class KeyStore;
class OpenSession;

// Where the key comes from: a passphrase the user gave, else the keychain.
// A recovery key (written down at setup) opens keychain-mode backups when the
// keychain does not hold the workspace's keys (restore on a new PC).
struct KeySource
{
    std::optional<QString> passphrase;
    KeyStore* keychain = nullptr;
    std::optional<QString> recoveryKey;
};

// One operator's data on this PC (SPEC §1.1): a folder holding rentflow.db
// (SQLCipher) and workspace.json. Opening checks the key and the schema version
// before writing anything (the whole file too, after an unclean shutdown), so a
// refused open leaves the file byte-for-byte as it was. The raw key never
// leaves this class and the backup code: other code opens further connections
// through openConnection().
class Workspace
{
public:
    static constexpr const char* kDatabaseFile = "rentflow.db";
    static constexpr int kMinPassphraseLength = 8;

    static StoreResult<std::unique_ptr<Workspace>>
    create(const QString& directory, const KeySource& keys, const Actor& actor);
    static StoreResult<std::unique_ptr<Workspace>> open(const QString& directory,
                                                        const KeySource& keys, const Actor& actor);
    // A fresh random 256-bit key in SQLCipher's raw-key form x'…'.
    static QString generateRawKey();

    // The key for the workspace described by `manifest`: the passphrase if one
    // was given, else the keychain entry; NoKey errors say which is missing.
    static StoreResult<QString> resolveKey(const WorkspaceManifest& manifest, const KeySource& keys,
                                           const QString& directory);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    Store& store() { return *m_store; }
    const QString& directory() const { return m_directory; }
    QString databasePath() const;
    const WorkspaceManifest& manifest() const { return m_manifest; }
    // Another connection to the same file (e.g. the app's background integrity
    // scan, in its own thread); close it with DatabaseOpener::close.
    StoreResult<QString> openConnection(DatabaseOpener::Access access) const;
    // A secret for another purpose (e.g. "bundled-server"), derived one-way from the
    // workspace's key (HMAC-SHA256, hex): the same on any PC that opens this workspace,
    // different for every purpose and workspace, and telling nothing of the key.
    QString derivedSecret(const QString& purpose) const;
    // The app's bundled rentflow-server keeps its data beside the workspace
    // ("<workspace>-server"), encrypted under this passphrase (ui/shell/BundledServer;
    // `rentflow-server user add --workspace DIR` reaches the same data).
    static QString bundledServerDirectory(const QString& workspaceDirectory);
    QString bundledServerPassphrase() const;
    // A keychain workspace's recovery key, from the keychain (made and kept
    // there if the workspace predates recovery keys). Callers show it and wipe it.
    StoreResult<QString> recoveryKey();
    // A recovery key just made (by create(), or by recoveryKey() or a backup for a
    // workspace that predates them), once, for the operator to write down.
    std::optional<QString> takeNewRecoveryKey();
    // Leftover files and the unclean-shutdown marker of this open.
    OpenSession& session() { return *m_session; }

private:
    friend class WorkspaceBackup;
    Workspace(QString directory, WorkspaceManifest manifest, QString key, QString connection,
              std::unique_ptr<OpenSession> session);
    // The key backups are encrypted under: the passphrase, or the recovery key.
    StoreResult<QString> backupKey();
    const QString& key() const { return m_key; }
    // Records the workspace id inside the file, so a backup says whose it is.
    StoreStatus recordWorkspaceId();

    QString m_directory;
    WorkspaceManifest m_manifest;
    QString m_key;
    QString m_connection;
    std::unique_ptr<OpenSession> m_session;
    std::unique_ptr<Store> m_store;
    KeyStore* m_keychain = nullptr;
    std::optional<QString> m_newRecoveryKey;
};

} // namespace rentflow::store
