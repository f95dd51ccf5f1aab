#pragma once

#include "StoreError.h"
#include "keys/KeyCheck.h"

#include <QString>

#include <optional>

namespace rentflow::store {

// workspace.json beside rentflow.db: which workspace this is and how its key is
// kept. Nothing in it is secret.
struct WorkspaceManifest
{
    enum class KeyMode
    {
        Keychain,
        Passphrase
    };
    static constexpr const char* kFileName = "workspace.json";
    static constexpr int kFormat = 1;

    QString workspaceId;
    KeyMode keyMode = KeyMode::Keychain;
    QString createdAt;
    // Tells a wrong key from a damaged first page (absent in workspaces made
    // before it existed; added at their next open).
    std::optional<KeyCheck> keyCheck;

    // The name the key is stored under in the OS keychain.
    QString keychainEntry() const { return QStringLiteral("workspace-") + workspaceId; }

    static bool existsIn(const QString& directory);
    static StoreResult<WorkspaceManifest> load(const QString& directory);
    StoreStatus save(const QString& directory) const;
};

} // namespace rentflow::store
