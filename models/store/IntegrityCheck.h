#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace rentflow::store {

class Workspace;

// `rentflowctl check` and the app's "Verify data" (SPEC §1.5): the cipher (every
// page decrypts and passes its HMAC), SQLite's full integrity check, and
// foreign keys. The books' invariants join this list with the billing engine.
class IntegrityCheck
{
public:
    static QStringList problems(Workspace& workspace);
    // The same through `db`, any connection to the workspace's file (a worker's).
    static QStringList problems(QSqlDatabase db);
};

} // namespace rentflow::store
