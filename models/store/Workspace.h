#pragma once

#include "Store.h"
#include "StoreError.h"
#include "WorkspaceManifest.h"

#include <QString>

#include <memory>
#include <optional>

namespace rentflow::store {

class KeyStore;

// Where the key comes from: a passphrase the user gave, else the keychain.
struct KeySource
{
    std::optional<QString> passphrase;
    KeyStore* keychain = nullptr;
};

// One operator's data on this PC (SPEC §1.1): a folder holding rentflow.db
// (SQLCipher) and workspace.json. Opening checks the key, the file's integrity
// and its schema version before writing anything, so a refused open leaves the
// file byte-for-byte as it was.
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
    // The key material the file is open with (for backups that must share it).
    const QString& key() const { return m_key; }

private:
    Workspace(QString directory, WorkspaceManifest manifest, QString key, QString connection);

    QString m_directory;
    WorkspaceManifest m_manifest;
    QString m_key;
    QString m_connection;
    std::unique_ptr<Store> m_store;
};

} // namespace rentflow::store
