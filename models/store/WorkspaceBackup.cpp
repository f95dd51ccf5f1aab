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
    auto pending = prepare(workspace, file, existing);
    if (!pending)
        return pending.error();
    const StoreStatus written = write(*pending.value(), workspace.store().database());
    return finish(workspace, *pending.value(), written);
}

StoreResult<std::unique_ptr<WorkspaceBackup::Pending>>
WorkspaceBackup::prepare(Workspace& workspace, const QString& file, Existing existing)
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
    auto pending = std::unique_ptr<Pending>(new Pending{target, target + QStringLiteral(".partial"),
                                                        existing, WipedString(backupKey.take())});
    QFile::remove(pending->partial);
    workspace.session().recordPartial(pending->partial);
    return pending;
}

StoreStatus WorkspaceBackup::write(const Pending& pending, QSqlDatabase db)
{
    StoreStatus written = createOwnerOnlyFile(pending.partial)
                              ? backupfile::exportTo(db, pending.partial, pending.key.get())
                              : StoreStatus(StoreError{StoreError::Code::Io,
                                                       tr("Cannot write %1").arg(pending.partial)});
    if (written.ok())
        written = verifyCopy(pending.partial, pending.key.get());
    if (written.ok() && !backupfile::syncToDisk(pending.partial))
        written = StoreError{StoreError::Code::Io,
                             tr("Cannot write %1 to the disk").arg(pending.partial)};
    if (written.ok()) {
        const bool placed = pending.existing == Existing::Replace
                                ? backupfile::replaceAtomically(pending.partial, pending.target)
                                : QFile::rename(pending.partial, pending.target);
        if (!placed)
            written = StoreError{StoreError::Code::Io, tr("Cannot write %1").arg(pending.target)};
    }
    return written;
}

StoreResult<QString> WorkspaceBackup::finish(Workspace& workspace, const Pending& pending,
                                             StoreStatus written)
{
    workspace.session().discardPartial(pending.partial);
    if (!written)
        return written.error();
    return pending.target;
}

} // namespace rentflow::store
