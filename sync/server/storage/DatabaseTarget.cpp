#include "DatabaseTarget.h"

#include "server/http/ServerConfig.h"

#include <store/DatabaseOpener.h>
#include <store/keys/KeyStore.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>

namespace rentflow::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseTarget", text);
}

StoreError io(const QString& message)
{
    return StoreError{StoreError::Code::Io, message};
}

// A new random 256-bit key, as SQLCipher's raw-key literal.
QString newRawKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / 4);
    return QStringLiteral("x'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

StoreResult<QString> keychainKey(store::KeyStore& keys, const QString& dataDir)
{
    const QString name = QStringLiteral("rentflow-server:") + dataDir;
    const auto read = keys.read(name);
    if (read.status == store::KeyStore::Status::Ok && !read.key.isEmpty())
        return read.key;
    if (read.status == store::KeyStore::Status::NotFound) {
        if (QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("server.db"))))
            return StoreError{StoreError::Code::NoKey,
                              tr("The keychain holds no key for the server data in %1, and the "
                                 "file there needs one. Give it with --passphrase-env, or "
                                 "restore the keychain.")
                                  .arg(QDir::toNativeSeparators(dataDir))};
        const QString key = newRawKey();
        const auto written = keys.write(name, key);
        if (written.status != store::KeyStore::Status::Ok)
            return StoreError{StoreError::Code::Keychain,
                              tr("Could not keep the server's new key in the keychain: %1. "
                                 "Give a passphrase with --passphrase-env instead.")
                                  .arg(written.detail)};
        return key;
    }
    return StoreError{StoreError::Code::NoKey,
                      tr("No keychain answered (%1). Give the server's passphrase with "
                         "--passphrase-env VAR.")
                          .arg(read.detail)};
}

} // namespace

StoreResult<DatabaseTarget> resolveDatabaseTarget(const ServerConfig& config,
                                                  const QProcessEnvironment& environment,
                                                  store::KeyStore& keys)
{
    DatabaseTarget target;
    target.statementTimeoutMs = config.requestBudgetMs;
    if (!config.embedded()) {
        target.backend = Backend::Postgres;
        target.url = QUrl(config.databaseUrl, QUrl::StrictMode);
        return target;
    }
    const QString dataDir = QDir(config.dataDir).absolutePath();
    if (!QDir().mkpath(dataDir))
        return io(tr("Cannot make the data folder %1.").arg(QDir::toNativeSeparators(dataDir)));
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    target.filePath = QDir(dataDir).filePath(QStringLiteral("server.db"));
    if (!config.passphraseEnv.isEmpty()) {
        target.key = environment.value(config.passphraseEnv);
        if (target.key.isEmpty())
            return StoreError{
                StoreError::Code::NoKey,
                tr("The variable %1 (--passphrase-env) is empty.").arg(config.passphraseEnv)};
        return target;
    }
    auto key = keychainKey(keys, dataDir);
    if (!key)
        return key.error();
    target.key = key.take();
    return target;
}

StoreResult<std::unique_ptr<ServerDb>> openServerDb(const DatabaseTarget& target,
                                                    const QString& connectionName, bool create)
{
    if (target.backend == Backend::Embedded) {
        const bool exists = QFileInfo::exists(target.filePath);
        if (!exists && !create)
            return StoreError{StoreError::Code::NotFound,
                              tr("The server's database %1 is missing.").arg(target.filePath)};
        auto opened = exists ? store::DatabaseOpener::openExisting(target.filePath, target.key)
                             : store::DatabaseOpener::createNew(target.filePath, target.key);
        if (!opened)
            return opened.error();
        // DatabaseOpener names its own connection; the server's threads name theirs.
        auto db = std::make_unique<ServerDb>(opened.value(), Backend::Embedded);
        const int waitMs = target.statementTimeoutMs;
        if (auto busy = db->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(waitMs)); !busy)
            return busy.error();
        // WAL with synchronous NORMAL: a crash of the server loses nothing committed, and
        // nothing damages the file; a power cut or OS crash may lose the last commits.
        // The desktop's workspaces keep FULL; the server trades that for write speed.
        if (auto sync = db->exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !sync)
            return sync.error();
        Q_UNUSED(connectionName);
        return db;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(connectionName);
            return StoreError{StoreError::Code::Database,
                              tr("Qt's PostgreSQL driver (QPSQL) is not installed.")};
        }
        db.setHostName(target.url.host());
        db.setPort(target.url.port(5432));
        db.setUserName(target.url.userName());
        db.setPassword(target.url.password());
        db.setDatabaseName(target.url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return StoreError{StoreError::Code::Database,
                              tr("Cannot connect to PostgreSQL at %1:%2: %3")
                                  .arg(target.url.host())
                                  .arg(target.url.port(5432))
                                  .arg(detail)};
        }
    }
    auto server = std::make_unique<ServerDb>(connectionName, Backend::Postgres);
    for (const QString& setting :
         {QStringLiteral("SET statement_timeout = %1").arg(target.statementTimeoutMs),
          QStringLiteral("SET TIME ZONE 'UTC'")})
        if (auto done = server->exec(setting); !done)
            return done.error();
    return server;
}

} // namespace rentflow::server
