#include "WorkspaceBackup.h"

#include "BackupFile.h"
#include "DatabaseOpener.h"
#include "OpenSession.h"
#include "keys/KeyMaterial.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rentflow::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceBackup", text);
}

// Proves a written copy opens under `key` and passes quick_check.
StoreStatus verifyCopy(const QString& path, const QString& key)
{
    auto check = DatabaseOpener::openExisting(path, key, DatabaseOpener::Access::ReadOnly,
                                              DatabaseOpener::Scan::WholeFile);
    if (!check)
        return StoreError{StoreError::Code::Io,
                          tr("The copy does not verify: %1").arg(check.error().message)};
    DatabaseOpener::close(check.value());
    return Done{};
}

} // namespace

StoreResult<QString> WorkspaceBackup::create(Workspace& workspace, const QString& file,
                                             Existing existing)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target) && existing == Existing::Refuse)
        return StoreError::invalid(
            {{QStringLiteral("out"), tr("%1 already exists; choose a new file name")
                                         .arg(QDir::toNativeSeparators(target))}});
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return StoreError::invalid(
            {{QStringLiteral("out"),
              tr("the folder %1 does not exist")
                  .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()))}});
    auto backupKey = workspace.backupKey();
    if (!backupKey)
        return backupKey.error();
    const WipedString key(backupKey.take());

    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    workspace.session().recordPartial(partial);
    StoreStatus written =
        createOwnerOnlyFile(partial)
            ? backupfile::exportTo(workspace.store().database(), partial, key.get())
            : StoreStatus(StoreError{StoreError::Code::Io, tr("Cannot write %1").arg(partial)});
    if (written.ok())
        written = verifyCopy(partial, key.get());
    if (written.ok() && !backupfile::syncToDisk(partial))
        written = StoreError{StoreError::Code::Io, tr("Cannot write %1 to the disk").arg(partial)};
    if (written.ok()) {
        const bool placed = existing == Existing::Replace
                                ? backupfile::replaceAtomically(partial, target)
                                : QFile::rename(partial, target);
        if (!placed)
            written = StoreError{StoreError::Code::Io, tr("Cannot write %1").arg(target)};
    }
    workspace.session().discardPartial(partial);
    if (!written)
        return written.error();
    return target;
}

} // namespace rentflow::store
