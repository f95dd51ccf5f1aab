#include "BackupRestore.h"

#include <store/keys/RecoveryKey.h>

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
        keys.passphrase = secret;
    return keys;
}

} // namespace rentflow::ui
