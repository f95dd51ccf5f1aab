// rentflow-server's settings: flags over environment over config file over defaults, and
// every refused value named by its flag with nothing half-set.
#include <server/http/ServerConfig.h>

#include <QCommandLineParser>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rentflow::server;

namespace {

struct Read
{
    std::variant<ServerConfig, ConfigErrors> result;
    const ServerConfig& config() const { return std::get<ServerConfig>(result); }
    ConfigErrors errors() const
    {
        const auto* errors = std::get_if<ConfigErrors>(&result);
        return errors ? *errors : ConfigErrors{};
    }
};

Read read(QStringList flags, const QProcessEnvironment& environment = QProcessEnvironment())
{
    QCommandLineParser parser;
    addServerOptions(parser);
    flags.prepend(QStringLiteral("rentflow-server"));
    EXPECT_TRUE(parser.parse(flags)) << parser.errorText().toStdString();
    return {readServerConfig(parser, environment, QStringLiteral("/srv/default-data"))};
}

} // namespace

TEST(ServerConfig, DefaultsListenOnLoopbackPort8080WithTheDefaultDataFolder)
{
    const Read r = read({});
    ASSERT_TRUE(r.errors().isEmpty());
    EXPECT_EQ(r.config().listenHost, QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(r.config().listenPort, 8080);
    EXPECT_EQ(r.config().dataDir, QStringLiteral("/srv/default-data"));
    EXPECT_TRUE(r.config().embedded());
    EXPECT_FALSE(r.config().tls());
    EXPECT_EQ(r.config().scheme(), QStringLiteral("http"));
    EXPECT_EQ(r.config().rateLimitMultiplier, 1.0);
    EXPECT_EQ(r.config().maxBodyBytes, 65536);
}

TEST(ServerConfig, AFlagBeatsTheEnvironmentWhichBeatsTheConfigFile)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("server.ini"));
    QFile file(ini);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("listen=127.0.0.1:7001\nreferral-boost=7\nmax-connections=10\n");
    file.close();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("RENTFLOW_SERVER_LISTEN"), QStringLiteral("127.0.0.1:7002"));
    environment.insert(QStringLiteral("RENTFLOW_SERVER_REFERRAL_BOOST"), QStringLiteral("9"));

    const Read r = read(
        {QStringLiteral("--config"), ini, QStringLiteral("--listen"), QStringLiteral("[::1]:7003")},
        environment);
    ASSERT_TRUE(r.errors().isEmpty()) << r.errors().begin().key().toStdString();
    EXPECT_EQ(r.config().listenHost, QHostAddress(QHostAddress::LocalHostIPv6)); // the flag
    EXPECT_EQ(r.config().listenPort, 7003);
    EXPECT_EQ(r.config().referralBoost, 9);   // the environment over the file's 7
    EXPECT_EQ(r.config().maxConnections, 10); // the file over the default 512
}

TEST(ServerConfig, EveryRefusedValueIsNamedByItsFlag)
{
    const Read r = read(
        {QStringLiteral("--listen"), QStringLiteral("localhost:80"), QStringLiteral("--database"),
         QStringLiteral("mysql://u@h/db"), QStringLiteral("--max-body-bytes"),
         QStringLiteral("12abc"), QStringLiteral("--rate-limit-multiplier"), QStringLiteral("-1"),
         QStringLiteral("--cors-origins"), QStringLiteral("https://rentflow.in,https://x.in/path"),
         QStringLiteral("--trusted-proxies"), QStringLiteral("10.0.0.0/8,proxy"),
         QStringLiteral("--tls-cert"), QStringLiteral("/no/such.pem"), QStringLiteral("--smtp-url"),
         QStringLiteral("http://mail")});
    const ConfigErrors errors = r.errors();
    EXPECT_EQ(errors.keys(),
              (QStringList{QStringLiteral("cors-origins"), QStringLiteral("database"),
                           QStringLiteral("listen"), QStringLiteral("max-body-bytes"),
                           QStringLiteral("rate-limit-multiplier"), QStringLiteral("smtp-url"),
                           QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
                           QStringLiteral("trusted-proxies")}));
    // A certificate without its key: the key is the missing one.
    EXPECT_TRUE(
        errors.value(QStringLiteral("tls-key")).toString().contains(QStringLiteral("go together")));
    EXPECT_TRUE(errors.value(QStringLiteral("cors-origins"))
                    .toString()
                    .contains(QStringLiteral("https://x.in/path")));
    EXPECT_TRUE(errors.value(QStringLiteral("trusted-proxies"))
                    .toString()
                    .contains(QStringLiteral("proxy")));
}

TEST(ServerConfig, ThePassphraseVariableMustHoldSomethingAndTheConfigFileMustExist)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("EMPTY_ONE"), QString());
    const Read r = read({QStringLiteral("--passphrase-env"), QStringLiteral("EMPTY_ONE"),
                         QStringLiteral("--config"), QStringLiteral("/no/such/server.ini")},
                        environment);
    EXPECT_EQ(r.errors().keys(),
              (QStringList{QStringLiteral("config"), QStringLiteral("passphrase-env")}));
}

TEST(ServerConfig, ProxiesAreTrustedBySubnetAndAPostgresUrlIsAccepted)
{
    const Read r =
        read({QStringLiteral("--trusted-proxies"), QStringLiteral("10.1.0.0/16, 127.0.0.1"),
              QStringLiteral("--database"),
              QStringLiteral("postgres://rentflow@127.0.0.1:5432/rentflow"),
              QStringLiteral("--public-base-url"), QStringLiteral("https://pg.example/")});
    ASSERT_TRUE(r.errors().isEmpty());
    EXPECT_TRUE(r.config().isTrustedProxy(QHostAddress(QStringLiteral("10.1.200.3"))));
    EXPECT_TRUE(r.config().isTrustedProxy(QHostAddress(QStringLiteral("127.0.0.1"))));
    EXPECT_FALSE(r.config().isTrustedProxy(QHostAddress(QStringLiteral("10.2.0.1"))));
    EXPECT_FALSE(r.config().isTrustedProxy(QHostAddress(QStringLiteral("127.0.0.2"))));
    EXPECT_FALSE(r.config().embedded());
    EXPECT_EQ(r.config().publicBaseUrl, QStringLiteral("https://pg.example")); // no trailing /
}
