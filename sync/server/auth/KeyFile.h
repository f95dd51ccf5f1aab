#pragma once

#include <QByteArray>
#include <QString>

namespace rentflow::server {

// Secret files (signing keys, the MFA secret key) created so that two processes starting
// at once on one data folder agree on one file: the content goes to a temporary file
// (mode 0600, O_EXCL) in the same folder, is flushed to disk, then hard-linked to its name;
// link() never replaces an existing name, so the second process sees Existed and reads the
// first one's file. Nobody ever sees a half-written key.
struct KeyFileResult
{
    enum class Outcome
    {
        Created,
        Existed,
        Failed,
    };
    Outcome outcome = Outcome::Failed;
    QString error; // Failed: what went wrong (no secret in it)
};

KeyFileResult createKeyFileExclusive(const QString& path, const QByteArray& content);

// Puts `content` at `path` in one step (temporary file + rename), replacing what is there.
KeyFileResult replaceKeyFile(const QString& path, const QByteArray& content);

// Makes `dir` (and its parents) with mode 0700 if it does not exist. Empty: fine.
QString ensurePrivateDir(const QString& dir);

// Whether the file at `path` can be read by anyone but its owner (mode & 077).
bool readableByOthers(const QString& path);

} // namespace rentflow::server
