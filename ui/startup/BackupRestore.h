#pragma once

#include <store/Workspace.h>

#include <QString>

namespace rentflow::store {
class KeyStore;
}

namespace rentflow::ui {

// A backup to restore, as the person chose it (first run on a new PC, File ▸ Restore).
struct RestoreRequest
{
    QString file;       // the .rfb backup
    QString secret;     // its recovery key (ABCD-EFGH-…) or passphrase; empty: this PC's keychain
    bool force = false; // replace even a workspace with changes made after the backup

    // The keys restore may try: the recovery key when `secret` is one, else the passphrase
    // (as typed), and the keychain.
    store::KeySource keys(store::KeyStore* keychain) const;
};

} // namespace rentflow::ui
