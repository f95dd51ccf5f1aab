#pragma once

#include <QString>

#include <optional>

namespace rentflow::store {

// The recovery key of a keychain-mode workspace (ARCHITECTURE.md, "Backups and
// the recovery key"): 160 random bits written as 32 base-32 letters and digits
// in groups of four, shown to the operator at setup to write down. Backups of
// a keychain workspace are encrypted under it (as an SQLCipher passphrase,
// 256,000 PBKDF2 iterations), so a new PC whose keychain never held the
// workspace key can still restore them. This PC keeps it in the keychain beside
// the database key, so the owner can show it again.
class RecoveryKey
{
public:
    static QString generate();
    // What the user typed, in canonical form (upper case, groups of four joined
    // by '-'); spaces, dashes and case do not matter, and 0/1/8 read as O/I/B.
    // nullopt when it is not 32 base-32 characters.
    static std::optional<QString> normalize(const QString& typed);
    // The keychain entry that holds it.
    static QString entryName(const QString& workspaceId)
    {
        return QStringLiteral("workspace-") + workspaceId + QStringLiteral("-recovery");
    }
};

} // namespace rentflow::store
