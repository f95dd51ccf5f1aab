#include "ServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>
#include <QUrl>

#include <functional>

namespace rentflow::server {

namespace {

struct Option
{
    const char* name;
    const char* valueName;
    const char* description;
};

// Every setting, as the flag's name. The environment variable and the config file's key
// are derived from it.
const Option kOptions[] = {
    {"listen", "HOST:PORT", "Address to listen on (default 127.0.0.1:8080; port 0 picks one)."},
    {"tls-cert", "FILE", "PEM certificate: serve HTTPS (with --tls-key)."},
    {"tls-key", "FILE", "PEM private key of --tls-cert."},
    {"workers", "N",
     "Listeners, each on its own thread (default: one per core; four per "
     "core on PostgreSQL)."},
    {"data-dir", "DIR", "Folder of the embedded database, the signing keys and the logs."},
    {"database", "URL",
     "postgres://user@host:port/db: use PostgreSQL instead of the "
     "embedded encrypted file."},
    {"passphrase-env", "VAR",
     "Environment variable holding the embedded file's passphrase "
     "(default: a key kept in the keychain)."},
    {"config", "FILE", "INI file of settings (keys are these options' names)."},
    {"max-connections", "N", "Open connections per listener (default 512)."},
    {"idle-timeout-ms", "MS", "Close a silent connection after MS (default 30000)."},
    {"max-header-bytes", "N", "Largest request head (default 16384; 431 beyond)."},
    {"max-body-bytes", "N", "Largest request body (default 65536; 413 beyond)."},
    {"request-budget-ms", "MS", "Longest a request may spend in the database (default 5000)."},
    {"rate-limit-multiplier", "N", "Multiply every rate limit by N (0: no limits)."},
    {"cors-origins", "LIST", "Comma-separated origins allowed to call the public endpoints."},
    {"trusted-proxies", "LIST",
     "Comma-separated addresses or subnets whose X-Forwarded-For "
     "is believed."},
    {"public-base-url", "URL", "The public website's address, for referral links."},
    {"referral-boost", "N", "Places each verified referral moves the referrer up (default 5)."},
    {"smtp-url", "URL", "smtp://host:port or smtps://host:port (empty: mail stays queued)."},
    {"smtp-user", "NAME", "SMTP user name."},
    {"smtp-password-env", "VAR", "Environment variable holding the SMTP password."},
    {"smtp-starttls", "MODE",
     "smtp:// only: never, if-offered (default) or required (STARTTLS before sending)."},
    {"smtp-ca-file", "FILE",
     "CA certificates to trust for the SMTP server (default: the "
     "system's)."},
    {"mail-from", "ADDRESS", "Sender of the server's email."},
    {"mail-poll-ms", "MS", "How often the mail queue is looked at (default 2000)."},
};

QString environmentName(const char* flag)
{
    return QStringLiteral("RENTFLOW_SERVER_") +
           QString::fromLatin1(flag).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

// Flag, then environment, then config file.
class Sources
{
public:
    Sources(const QCommandLineParser& parser, const QProcessEnvironment& environment,
            const QSettings* file)
        : m_parser(parser), m_environment(environment), m_file(file)
    {}
    std::optional<QString> value(const char* flag) const
    {
        const QString name = QString::fromLatin1(flag);
        if (m_parser.isSet(name))
            return m_parser.value(name);
        if (const QString env = environmentName(flag); m_environment.contains(env))
            return m_environment.value(env);
        if (m_file && m_file->contains(name))
            return m_file->value(name).toString();
        return std::nullopt;
    }

private:
    const QCommandLineParser& m_parser;
    const QProcessEnvironment& m_environment;
    const QSettings* m_file;
};

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerConfig", text);
}

bool readInt(const QString& text, qint64 low, qint64 high, qint64& out)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < low || value > high)
        return false;
    out = value;
    return true;
}

} // namespace

bool ServerConfig::isTrustedProxy(const QHostAddress& peer) const
{
    for (const auto& subnet : trustedProxies)
        if (peer.isInSubnet(subnet))
            return true;
    return false;
}

void addServerOptions(QCommandLineParser& parser)
{
    for (const Option& option : kOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(option.name),
                                            tr(option.description),
                                            QString::fromLatin1(option.valueName)));
}

std::variant<ServerConfig, ConfigErrors> readServerConfig(const QCommandLineParser& parser,
                                                          const QProcessEnvironment& environment,
                                                          const QString& defaultDataDir)
{
    ConfigErrors errors;
    std::optional<QSettings> file;
    {
        const Sources flagsAndEnvironment(parser, environment, nullptr);
        if (const auto path = flagsAndEnvironment.value("config")) {
            if (!QFileInfo(*path).isFile())
                errors.insert(QStringLiteral("config"), tr("no such file"));
            else
                file.emplace(*path, QSettings::IniFormat);
            if (file && file->status() != QSettings::NoError) {
                errors.insert(QStringLiteral("config"), tr("not a readable INI file"));
                file.reset();
            }
        }
    }
    const Sources sources(parser, environment, file ? &*file : nullptr);
    ServerConfig config;
    const auto refuse = [&](const char* flag, const QString& why) {
        errors.insert(QString::fromLatin1(flag), why);
    };
    const auto integer = [&](const char* flag, qint64 low, qint64 high, auto& target) {
        if (const auto text = sources.value(flag)) {
            qint64 value = 0;
            if (readInt(*text, low, high, value))
                target = static_cast<std::remove_reference_t<decltype(target)>>(value);
            else
                refuse(flag, tr("must be a whole number from %1 to %2").arg(low).arg(high));
        }
    };

    if (const auto listen = sources.value("listen")) {
        const qsizetype colon = listen->lastIndexOf(QLatin1Char(':'));
        QString host = listen->left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        qint64 port = -1;
        const QHostAddress address(host);
        if (colon <= 0 || address.isNull() || !readInt(listen->mid(colon + 1), 0, 65535, port))
            refuse("listen", tr("must be HOST:PORT with an IP address and a port from 0 to "
                                "65535, as 127.0.0.1:8080"));
        else {
            config.listenHost = address;
            config.listenPort = static_cast<quint16>(port);
        }
    }
    config.tlsCertFile = sources.value("tls-cert").value_or(QString());
    config.tlsKeyFile = sources.value("tls-key").value_or(QString());
    if (config.tlsCertFile.isEmpty() != config.tlsKeyFile.isEmpty())
        refuse(config.tlsCertFile.isEmpty() ? "tls-cert" : "tls-key",
               tr("--tls-cert and --tls-key go together"));
    for (const auto& [flag, path] :
         {std::pair{"tls-cert", config.tlsCertFile}, std::pair{"tls-key", config.tlsKeyFile}})
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            refuse(flag, tr("cannot read %1").arg(path));
    integer("workers", 0, 256, config.workers);

    config.dataDir = sources.value("data-dir").value_or(defaultDataDir);
    if (config.dataDir.isEmpty())
        refuse("data-dir", tr("is needed"));
    config.databaseUrl = sources.value("database").value_or(QString());
    if (!config.databaseUrl.isEmpty()) {
        const QUrl url(config.databaseUrl, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("postgres") &&
             url.scheme() != QLatin1String("postgresql")) ||
            url.host().isEmpty() || url.path().size() < 2)
            refuse("database", tr("must be postgres://user@host:port/database"));
    }
    config.passphraseEnv = sources.value("passphrase-env").value_or(QString());
    if (!config.passphraseEnv.isEmpty() && environment.value(config.passphraseEnv).isEmpty())
        refuse("passphrase-env",
               tr("the variable %1 is empty or not set").arg(config.passphraseEnv));

    integer("max-connections", 1, 1'000'000, config.maxConnections);
    integer("idle-timeout-ms", 100, 3'600'000, config.idleTimeoutMs);
    integer("max-header-bytes", 1024, 1024 * 1024, config.maxHeaderBytes);
    integer("max-body-bytes", 1024, 64 * 1024 * 1024, config.maxBodyBytes);
    integer("request-budget-ms", 10, 600'000, config.requestBudgetMs);
    if (const auto text = sources.value("rate-limit-multiplier")) {
        bool ok = false;
        const double value = text->trimmed().toDouble(&ok);
        if (!ok || value < 0 || value > 1'000'000)
            refuse("rate-limit-multiplier", tr("must be a number from 0 to 1000000"));
        else
            config.rateLimitMultiplier = value;
    }
    if (const auto text = sources.value("cors-origins"))
        for (const QString& origin : text->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QUrl url(origin.trimmed(), QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                refuse("cors-origins",
                       tr("%1 is not an origin such as https://rentflow.in").arg(origin.trimmed()));
            else
                config.corsOrigins.append(origin.trimmed());
        }
    if (const auto text = sources.value("trusted-proxies"))
        for (const QString& entry : text->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = entry.trimmed();
            auto subnet = QHostAddress::parseSubnet(trimmed.contains(QLatin1Char('/'))
                                                        ? trimmed
                                                        : trimmed + QStringLiteral("/") +
                                                              (trimmed.contains(QLatin1Char(':'))
                                                                   ? QStringLiteral("128")
                                                                   : QStringLiteral("32")));
            if (subnet.first.isNull())
                refuse("trusted-proxies", tr("%1 is not an address or subnet").arg(trimmed));
            else
                config.trustedProxies.append(subnet);
        }
    if (const auto text = sources.value("public-base-url")) {
        const QUrl url(*text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            refuse("public-base-url", tr("must be an http(s) address"));
        else
            config.publicBaseUrl = text->endsWith(QLatin1Char('/')) ? text->chopped(1) : *text;
    }
    integer("referral-boost", 0, 1'000'000, config.referralBoost);

    config.smtpUrl = sources.value("smtp-url").value_or(QString());
    if (!config.smtpUrl.isEmpty()) {
        const QUrl url(config.smtpUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps")))
            refuse("smtp-url", tr("must be smtp://host:port or smtps://host:port"));
    }
    config.smtpUser = sources.value("smtp-user").value_or(QString());
    config.smtpPasswordEnv = sources.value("smtp-password-env").value_or(QString());
    config.smtpStartTls = sources.value("smtp-starttls").value_or(config.smtpStartTls);
    if (config.smtpStartTls != QLatin1String("never") &&
        config.smtpStartTls != QLatin1String("if-offered") &&
        config.smtpStartTls != QLatin1String("required"))
        refuse("smtp-starttls", tr("must be never, if-offered or required"));
    config.smtpCaFile = sources.value("smtp-ca-file").value_or(QString());
    config.mailFrom = sources.value("mail-from").value_or(config.mailFrom);
    integer("mail-poll-ms", 50, 3'600'000, config.mailPollMs);

    if (!errors.isEmpty())
        return errors;
    return config;
}

} // namespace rentflow::server
