#pragma once

#include "KeyStore.h"

namespace rentflow::store {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). Never falls back to clear-text
// QSettings: where no keychain answers, the caller asks for a passphrase.
class KeychainKeyStore : public KeyStore
{
public:
    static constexpr const char* kService = "RentFlow";
    // A keychain that has not answered by then counts as not there.
    explicit KeychainKeyStore(int timeoutMs = 15000);

    Answer read(const QString& name) override;
    Answer write(const QString& name, const QString& key) override;
    Answer remove(const QString& name) override;

private:
    int m_timeoutMs;
};

} // namespace rentflow::store
