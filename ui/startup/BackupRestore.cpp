#include "BackupRestore.h"

#include <common/BackgroundTask.h>
#include <store/keys/KeyMaterial.h>
#include <store/keys/RecoveryKey.h>

#include <QCoreApplication>

namespace rentflow::ui {

store::KeySource RestoreRequest::keys(store::KeyStore* keychain) const
{
    store::KeySource keys;
    keys.keychain = keychain;
    const QString typed = secret.trimmed();
    if (typed.isEmpty())
        return keys;
    if (store::RecoveryKey::normalize(typed))
        keys.recoveryKey = typed;
    else
        keys.passphrase = secret; // a passphrase is taken exactly as typed
    return keys;
}

store::StoreResult<store::WorkspaceBackup::RestoreOutcome>
restoreWithProgress(QWidget* parent, const QString& directory, const RestoreRequest& request,
                    store::KeyStore* keychain)
{
    std::optional<store::WorkspaceBackup::RestoreOutcome> outcome;
    BackgroundTask task([&](TaskControl&) -> store::StoreStatus {
        store::KeySource keys = request.keys(keychain);
        auto restored =
            store::WorkspaceBackup::restore(directory, request.file, keys, request.force);
        if (keys.passphrase)
            store::wipeKeyMaterial(*keys.passphrase);
        if (keys.recoveryKey)
            store::wipeKeyMaterial(*keys.recoveryKey);
        if (!restored)
            return restored.error();
        outcome = restored.take();
        return store::Done{};
    });
    const TaskOutcome ran = runWithProgress(
        parent, QCoreApplication::translate("rentflow::ui::BackupRestore", "Restoring the backup…"),
        task);
    if (ran.error)
        return *ran.error;
    if (!outcome) // a restore cannot be cancelled half-way: it either ran or did not
        return store::StoreError{
            store::StoreError::Code::Io,
            QCoreApplication::translate("rentflow::ui::BackupRestore", "The restore did not run.")};
    return *outcome;
}

} // namespace rentflow::ui
