#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

class QCommandLineParser;
class QProcessEnvironment;

namespace rentflow::server {

// rentflow-server's settings (CLI.md). Each comes, first found wins, from its flag, its
// environment variable (RENTFLOW_SERVER_ and the flag's name in capitals, '-' as '_'),
// the config file (--config, INI: the flag's name as key) or the default.
struct ServerConfig
{
    // Where and how it listens.
    QHostAddress listenHost = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString tlsCertFile; // both set: HTTPS
    QString tlsKeyFile;
    int workers = 0; // listeners, each on its own thread with its own database connection;
                     // 0: one per core (four per core on PostgreSQL)

    // Storage: an encrypted SQLite file in dataDir, or PostgreSQL.
    QString dataDir;
    QString databaseUrl;   // postgres://user[:password]@host:port/db; empty: embedded
    QString passphraseEnv; // the variable holding the embedded file's passphrase; empty:
                           // the keychain

    // Protections (QHttpServer 6.4 has none of its own).
    int maxConnections = 512;         // per listener
    int idleTimeoutMs = 30'000;       // a connection with nothing to say is closed
    int maxHeaderBytes = 16 * 1024;   // 431 beyond
    qint64 maxBodyBytes = 64 * 1024;  // 413 beyond
    int requestBudgetMs = 5'000;      // a database statement longer than this is stopped
    double rateLimitMultiplier = 1.0; // 0: no rate limits
    QStringList corsOrigins;          // origins allowed to call the public endpoints
    QList<QPair<QHostAddress, int>> trustedProxies; // whose X-Forwarded-For is believed

    // What the public endpoints say.
    QString publicBaseUrl = QStringLiteral("https://rentflow.in"); // for referral links
    int referralBoost = 5; // places a verified referral moves the referrer up

    // Mail (SPEC §8.5): smtp://host:port or smtps://host:port; empty: mail stays queued.
    QString smtpUrl;
    QString smtpUser;
    QString smtpPasswordEnv;
    QString smtpStartTls = QStringLiteral("if-offered"); // never | if-offered | required
    QString smtpCaFile;
    QString mailFrom = QStringLiteral("RentFlow <no-reply@rentflow.in>");
    int mailPollMs = 2'000;

    bool tls() const { return !tlsCertFile.isEmpty(); }
    bool embedded() const { return databaseUrl.isEmpty(); }
    QString scheme() const { return tls() ? QStringLiteral("https") : QStringLiteral("http"); }
    bool isTrustedProxy(const QHostAddress& peer) const;
};

// The command line's options, for QCommandLineParser (app/server/main.cpp).
void addServerOptions(QCommandLineParser& parser);

// Reads every setting from the parsed flags, the environment and the config file.
// Refused values come back as {field: why} (the flag's name as the field), nothing half-set.
using ConfigErrors = QJsonObject;
std::variant<ServerConfig, ConfigErrors> readServerConfig(const QCommandLineParser& parser,
                                                          const QProcessEnvironment& environment,
                                                          const QString& defaultDataDir);

} // namespace rentflow::server
