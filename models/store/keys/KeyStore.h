#pragma once

#include <QString>

namespace rentflow::store {

// Where a workspace's database key is kept between runs. The app and CLI use
// the OS keychain (KeychainKeyStore); tests may give a fake.
class KeyStore
{
public:
    enum class Status
    {
        Ok,          // done (read: the key is in `key`)
        NotFound,    // the keychain answered, but holds no key under that name
        Unavailable, // no keychain answered (no Secret Service, no D-Bus session)
        Failed,      // the keychain answered with an error (denied, locked, …)
    };
    struct Answer
    {
        Status status = Status::Failed;
        QString key;
        QString detail; // the keychain's own words, for the error message
    };

    virtual ~KeyStore() = default;
    virtual Answer read(const QString& name) = 0;
    virtual Answer write(const QString& name, const QString& key) = 0;
    virtual Answer remove(const QString& name) = 0;
};

} // namespace rentflow::store
