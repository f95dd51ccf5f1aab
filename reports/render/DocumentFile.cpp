#include "DocumentFile.h"

#include <QDir>
#include <QFileInfo>

namespace rentflow::reports {

store::StoreResult<std::unique_ptr<DocumentFile>> DocumentFile::open(const QString& path,
                                                                     const QString& field)
{
    if (path.isEmpty())
        return store::StoreError::invalid({{field, QStringLiteral("the output file is required")}});
    const QFileInfo info(path);
    if (info.isDir())
        return store::StoreError::invalid(
            {{field, QStringLiteral("%1 is a folder; give a file name").arg(path)}});
    if (!info.absoluteDir().exists())
        return store::StoreError::invalid(
            {{field, QStringLiteral("the folder %1 does not exist").arg(info.absolutePath())}});
    std::unique_ptr<DocumentFile> file(new DocumentFile(info.absoluteFilePath()));
    if (!file->m_file.open(QIODevice::WriteOnly))
        return store::StoreError::invalid(
            {{field, QStringLiteral("cannot write %1: %2").arg(path, file->m_file.errorString())}});
    return file;
}

store::StoreStatus DocumentFile::commit(const QByteArray& bytes)
{
    if (m_file.write(bytes) != bytes.size() || !m_file.commit())
        return store::StoreError{store::StoreError::Code::Io,
                                 QStringLiteral("could not write %1: %2; nothing was saved there")
                                     .arg(m_path, m_file.errorString())};
    return store::Done{};
}

} // namespace rentflow::reports
