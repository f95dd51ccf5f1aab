// HTTPS (--tls-cert/--tls-key): the listening line says https://, requests are answered
// over TLS with HSTS added, plain HTTP on the TLS port gets no answer, and a certificate
// file that cannot be read is refused at start naming the flag.
#include "BothBackends.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rentflow::test;

namespace {

class TlsTest : public BothBackends
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                       s_dir->filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       s_dir->filePath(QStringLiteral("cert.pem"))});
        s_ok = openssl.waitForFinished(60'000) && openssl.exitCode() == 0;
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_ok) << "openssl could not make a test certificate";
        BothBackends::SetUp();
    }
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--tls-cert"), s_dir->filePath(QStringLiteral("cert.pem")),
                QStringLiteral("--tls-key"), s_dir->filePath(QStringLiteral("key.pem"))};
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline bool s_ok = false;
};

} // namespace

TEST_P(TlsTest, ServesHttpsWithHstsAndNothingInPlainText)
{
    EXPECT_TRUE(baseUrl().startsWith(QLatin1String("https://127.0.0.1:")))
        << baseUrl().toStdString();
    const HttpResponse live = http().get(QStringLiteral("/health/live"));
    EXPECT_EQ(live.status, 200) << live;
    EXPECT_EQ(live.header("Strict-Transport-Security"), "max-age=31536000; includeSubDomains")
        << live;
    const HttpResponse missing = http().get(QStringLiteral("/nothing"));
    EXPECT_EQ(missing.status, 404) << missing;
    EXPECT_EQ(missing.errorCode(), QStringLiteral("not_found"));

    // Plain HTTP to the TLS port: no HTTP response comes back.
    QString plainUrl = baseUrl();
    plainUrl.replace(QStringLiteral("https://"), QStringLiteral("http://"));
    const HttpResponse plain =
        sendRaw(plainUrl, "GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n", 3'000);
    EXPECT_NE(plain.status, 200) << plain;
    EXPECT_TRUE(server().isRunning());
}

RENTFLOW_BOTH_BACKENDS(TlsTest);

TEST(TlsStartTest, AnUnreadableCertificateIsRefusedNamingTheFlag)
{
    ServerOptions options;
    options.extraArgs = {QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/cert.pem"),
                         QStringLiteral("--tls-key"), QStringLiteral("/nonexistent/key.pem")};
    ServerProcess server(options);
    EXPECT_FALSE(server.start());
    EXPECT_FALSE(server.crashed()) << server.describe().toStdString();
    EXPECT_NE(server.exitCode(), 0);
    EXPECT_TRUE(server.standardError().contains(QLatin1String("--tls-cert")))
        << server.describe().toStdString();
}
