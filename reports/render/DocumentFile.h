#pragma once

#include <store/StoreError.h>

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace rentflow::reports {

// A document's output file, written whole or not at all: opened before any work
// (an unwritable path is refused first, as bad input naming `field`), the bytes go
// to a temporary file beside it, and only commit() gives it its name. A failure,
// or a process stopped before commit(), leaves no half-written file under the name.
class DocumentFile
{
public:
    static store::StoreResult<std::unique_ptr<DocumentFile>> open(const QString& path,
                                                                  const QString& field);
    // Writes and renames into place; the error names the file.
    store::StoreStatus commit(const QByteArray& bytes);

    const QString& path() const { return m_path; }

private:
    DocumentFile(const QString& path) : m_path(path), m_file(path) {}
    QString m_path;
    QSaveFile m_file;
};

} // namespace rentflow::reports
