#pragma once

#include "StoreError.h"
#include "Workspace.h"
#include "keys/KeyMaterial.h"

#include <QSqlDatabase>

#include <memory>

namespace rentflow::store {

// Encrypted copies of a whole workspace database (SPEC §1.5). A backup is a
// complete SQLCipher file; it never exists in clear. A passphrase workspace's
// backups are under its passphrase; a keychain workspace's under its recovery
// key, so they can be restored on a PC whose keychain never held its keys.
class WorkspaceBackup
{
public:
    struct RestoreOutcome
    {
        QString restoredFrom;
        QString previousKeptAt; // where the replaced file was kept ("" if there was none)
        QString workspace;      // the workspace folder restored into
    };

    enum class Existing
    {
        Refuse,
        Replace
    };
    // Writes the backup to `file` (through `file`.partial, removed if anything
    // fails, or on the next start if the program is killed). An existing file is
    // refused, or (Replace, when the user already agreed) replaced only once the
    // new backup has verified. Consistent even while other connections write.
    static StoreResult<QString> create(Workspace& workspace, const QString& file,
                                       Existing existing = Existing::Refuse);

    // create() in three steps, so that the long one can run off the thread that owns the
    // workspace's main connection (the desktop's File ▸ Back up): prepare() and finish() on
    // that thread, write() on any thread, through `db`, a connection to this workspace's
    // file opened read-write on that thread (Workspace::openConnection).
    struct Pending
    {
        QString target;
        QString partial; // written first, recorded in the session until finish()
        Existing existing;
        WipedString key;
    };
    static StoreResult<std::unique_ptr<Pending>> prepare(Workspace& workspace, const QString& file,
                                                         Existing existing = Existing::Refuse);
    static StoreStatus write(const Pending& pending, QSqlDatabase db);
    // Puts the verified copy in place (or removes what a failed write left); the backup file.
    static StoreResult<QString> finish(Workspace& workspace, const Pending& pending,
                                       StoreStatus written);

    // Replaces the workspace's database with the backup, or creates the
    // workspace from it in an empty or new folder. The whole backup is verified
    // first (it decrypts, passes integrity_check, its schema is not newer, it is
    // this workspace's); it is then written beside the old file and renamed over
    // it, so a restore that is killed or runs out of disk leaves the old data in
    // place. Refused without `force`: another workspace's backup, or a workspace
    // holding changes made after the backup. The replaced file is kept in
    // <workspace>/backups/, never deleted.
    static StoreResult<RestoreOutcome> restore(const QString& directory, const QString& file,
                                               const KeySource& keys, bool force);
};

} // namespace rentflow::store
