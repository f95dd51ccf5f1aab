#pragma once

#include "ServerDb.h"

#include <QString>
#include <QUrl>

#include <memory>

class QProcessEnvironment;

namespace rentflow::store {
class KeyStore;
}

namespace rentflow::server {

struct ServerConfig;

// Where the server keeps its data, resolved once at start: the embedded file and its key,
// or the PostgreSQL address.
struct DatabaseTarget
{
    Backend backend = Backend::Embedded;
    QString filePath; // embedded: <data-dir>/server.db
    QString key;      // embedded: the passphrase or the keychain's key
    QUrl url;         // postgres://user[:password]@host:port/db
    int statementTimeoutMs = 5'000;
};

// The embedded key comes from --passphrase-env, else from the keychain (made and kept
// there on the first start). `keys` is the keychain (a fake in tests).
StoreResult<DatabaseTarget> resolveDatabaseTarget(const ServerConfig& config,
                                                  const QProcessEnvironment& environment,
                                                  store::KeyStore& keys);

// Opens a connection for the calling thread. The embedded file is made when missing only
// with `create` (the first connection, before any worker starts).
StoreResult<std::unique_ptr<ServerDb>>
openServerDb(const DatabaseTarget& target, const QString& connectionName, bool create = false);

} // namespace rentflow::server
