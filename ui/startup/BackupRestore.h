#pragma once

#include <store/StoreError.h>
#include <store/Workspace.h>
#include <store/WorkspaceBackup.h>

#include <QString>

class QWidget;

namespace rentflow::store {
class KeyStore;
}

namespace rentflow::ui {

// A backup to restore, as the person chose it (first run on a new PC, File ▸ Restore).
struct RestoreRequest
{
    QString file;   // the .rfb backup
    QString secret; // its recovery key (ABCD-EFGH-…) or its passphrase; empty: this PC's keychain
    bool force = false; // replace even a workspace with changes made after the backup

    // The keys restore may try: the recovery key when `secret` is one, else the passphrase,
    // and the keychain.
    store::KeySource keys(store::KeyStore* keychain) const;
};

// Restores the backup into `directory` (WorkspaceBackup::restore, as `rentflowctl restore`)
// off the UI thread, with a progress dialog. The workspace must not be open.
store::StoreResult<store::WorkspaceBackup::RestoreOutcome>
restoreWithProgress(QWidget* parent, const QString& directory, const RestoreRequest& request,
                    store::KeyStore* keychain);

} // namespace rentflow::ui
