#pragma once

#include "StoreError.h"
#include "Workspace.h"

namespace rentflow::store {

// Encrypted copies of a whole workspace database (SPEC §1.5). A backup is a
// complete SQLCipher file under the workspace's own key; it never exists in clear.
class WorkspaceBackup
{
public:
    struct RestoreOutcome
    {
        QString restoredFrom;
        QString previousKeptAt; // where the replaced file was moved ("" if there was none)
    };

    enum class Existing
    {
        Refuse,
        Replace
    };
    // Writes the backup to `file`. An existing file is refused, or (Replace, when
    // the user already agreed) replaced only once the new backup has verified.
    // Consistent even while other connections write: it reads one snapshot.
    static StoreResult<QString> create(Workspace& workspace, const QString& file,
                                       Existing existing = Existing::Refuse);

    // Replaces the workspace's database with the backup. Refused when the
    // backup does not open with the workspace's key, is damaged or newer, or
    // when the workspace holds changes made after the backup unless `force`.
    // The replaced file is moved to <workspace>/backups/, never deleted.
    static StoreResult<RestoreOutcome> restore(const QString& directory, const QString& file,
                                               const KeySource& keys, bool force);
};

} // namespace rentflow::store
