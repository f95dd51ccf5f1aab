#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

namespace rentflow::store {

// Opens RentFlow database files through the QSQLCIPHER driver and maps what
// goes wrong to the distinct StoreErrors of SPEC §1.1. Connections are named;
// the returned string is the QSqlDatabase connection name.
class DatabaseOpener
{
public:
    // Checks, in order and without writing: the key opens page 1, (with
    // Scan::WholeFile) the whole file passes quick_check, the schema is not newer
    // than this program. Then sets the connection pragmas (WAL, foreign keys,
    // secure delete, temp in memory). Opening does not read the whole file: the
    // scan runs on demand (check), after an unclean shutdown, and in the app's
    // background. ReadOnly skips the pragmas and never writes (for inspecting
    // backups); Unconfigured may write (an attached export target) but leaves
    // the file's own settings alone.
    enum class Access
    {
        ReadWrite,
        ReadOnly,
        Unconfigured
    };
    enum class Scan
    {
        None,
        WholeFile
    };
    static StoreResult<QString> openExisting(const QString& path, const QString& key,
                                             Access access = Access::ReadWrite,
                                             Scan scan = Scan::None);
    // Creates a new encrypted file (WAL mode from the start).
    static StoreResult<QString> createNew(const QString& path, const QString& key);
    static void close(const QString& connection);

    // This PC's device id, made on first use and kept in local_meta.
    static StoreResult<QString> deviceId(QSqlDatabase db);
    // quick_check / integrity_check problems ("ok" → empty list).
    static QStringList integrityProblems(QSqlDatabase db, bool thorough);
    static int schemaVersion(QSqlDatabase db); // -1: it could not be read
    // The newest change stamp in the file's audit trail ("" when none).
    static StoreResult<QString> newestChange(QSqlDatabase db);
};

} // namespace rentflow::store
