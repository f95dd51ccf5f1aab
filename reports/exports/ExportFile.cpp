#include "ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace rentflow::reports {

QString exportPathProblem(const QString& path)
{
    if (path.trimmed().isEmpty())
        return QStringLiteral("is required: the file to write");
    const QFileInfo file(path);
    if (file.isDir())
        return QStringLiteral("'%1' is a folder; give a file name").arg(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return QStringLiteral("the folder '%1' does not exist").arg(folder.filePath());
    if (!folder.isWritable())
        return QStringLiteral("the folder '%1' is not writable").arg(folder.filePath());
    if (file.exists() && !file.isWritable())
        return QStringLiteral("'%1' is not writable").arg(path);
    return {};
}

QString writeExportFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QStringLiteral("cannot write '%1': %2").arg(path, reason);
    }
    if (!file.commit())
        return QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
    return {};
}

} // namespace rentflow::reports
