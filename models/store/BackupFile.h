#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rentflow::store {

// Pieces shared by backup and restore (WorkspaceBackup).
namespace backupfile {

// What a workspace file says about itself, read through an open connection.
struct Facts
{
    QString workspaceId;    // local_meta 'workspace_id' ("" in files made before it existed)
    QString organisation;   // the organisation's name ("" when none)
    QString organisationId; // its id: the business whose data it is ("" when none)
    QString newestChange;   // the newest change stamp ("" when none)
};
// A query that fails is an error, never an empty fact.
StoreResult<Facts> read(QSqlDatabase db);

// Copies every table of `db` into `target` (an existing empty file) encrypted
// under `key`, with the schema version; `workspaceId` replaces the copy's own.
StoreStatus exportTo(QSqlDatabase db, const QString& target, const QString& key,
                     const std::optional<QString>& workspaceId = std::nullopt);

// Flushes a file's data (and, for a folder, its entries) to the disk.
bool syncToDisk(const QString& path);
// Atomically puts `from` in place of `to` (rename over it).
bool replaceAtomically(const QString& from, const QString& to);

} // namespace backupfile
} // namespace rentflow::store
