#pragma once

#include <store/Workspace.h>

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

namespace rentflow::test {

// A workspace in a temporary folder, removed when the test ends.
class TestWorkspace
{
public:
    static inline const QString kPassphrase = QStringLiteral("correct horse battery staple");

    TestWorkspace();
    QString path() const { return m_dir.path() + QStringLiteral("/ws"); }
    QString dbPath() const { return path() + QStringLiteral("/rentflow.db"); }
    QString scratch(const QString& name) const { return m_dir.filePath(name); }

    store::KeySource passphraseKeys() const;
    static store::Actor actor();

    // Creates the workspace with the passphrase; the test fails if it cannot.
    std::unique_ptr<store::Workspace> create();
    std::unique_ptr<store::Workspace> open();

private:
    QTemporaryDir m_dir;
};

// Every byte of every file under `dir` (db, WAL, backups, …), for secrecy checks.
QByteArray allFileBytes(const QString& dir);
// Whether `text` appears in `bytes` as UTF-8 or UTF-16 (either byte order).
bool containsText(const QByteArray& bytes, const QString& text);
QByteArray readFile(const QString& path);
// Damages a file the way a failing disk does: 64 bytes inverted in its middle.
void flipBytesMidFile(const QString& path);

} // namespace rentflow::test
