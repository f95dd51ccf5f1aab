#pragma once

#include "StoreError.h"

#include <QString>

#include <memory>

class QLockFile;

namespace rentflow::store {

// Marks a workspace as open by this process, so that the next program to open
// it can tell a clean shutdown from a crash (SPEC §1.5): each open holds a lock
// file in <workspace>/sessions/ (pid, host and program, QLockFile), removed at
// a clean close. A lock whose process is gone means the last run ended
// uncleanly: the next open then scans the whole file (quick_check) before it
// writes, and keeps asking for that scan (sessions/needs-check) until one passes.
// Files a process writes beside their final name (backup .partial files, a
// restore's rentflow.db.restoring) are listed against its lock, so they are
// removed when it ends, or on the next start if it was killed.
class OpenSession
{
public:
    static StoreResult<std::unique_ptr<OpenSession>> begin(const QString& workspaceDir);
    ~OpenSession();
    OpenSession(const OpenSession&) = delete;
    OpenSession& operator=(const OpenSession&) = delete;

    // An earlier run ended without closing the workspace, and no scan has passed since.
    bool needsScan() const { return m_needsScan; }
    // The whole-file scan passed: later opens need not repeat it.
    void scanPassed();
    // Another live program has the workspace open.
    bool othersOpen() const;

    void recordPartial(const QString& path);
    void forgetPartial(const QString& path);
    // Removes a partial file (and SQLite's journals beside it) and forgets it.
    void discardPartial(const QString& path);

private:
    OpenSession(QString sessionsDir, QString name);
    QString lockPath() const;
    QString partialsPath() const;
    void writePartials();

    QString m_sessionsDir;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    bool m_needsScan = false;
    QStringList m_partials;
};

// Folders and files of a workspace are the operator's alone (0700 / 0600).
bool makeOwnerOnlyFolder(const QString& path);
bool makeOwnerOnlyFile(const QString& path);
// Creates an empty file readable by the owner only (fails if it exists).
bool createOwnerOnlyFile(const QString& path);

} // namespace rentflow::store
