// installer/nginx/rentflow-server.conf: nginx -t accepts it, and nginx running it in front
// of a real rentflow-server (ports, certificate and upstream swapped for the test's) does
// what its comments say: TLS with HSTS, HTTP redirected, health for loopback, body cap,
// per-IP rate limit with 429, nothing outside the API.
#include "BothBackends.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/prctl.h>

using namespace rentflow::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// The site file with the test's certificate, ports and upstream, inside a main file of
// its own (pid, logs and temp files in `dir`).
class NginxSite
{
public:
    NginxSite(quint16 upstreamPort)
    {
        m_httpsPort = freePort();
        m_httpPort = freePort();
        QProcess openssl;
        openssl.start(QStringLiteral(RENTFLOW_OPENSSL),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), path("key.pem"),
                       QStringLiteral("-out"), path("cert.pem")});
        if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0) {
            m_error =
                QStringLiteral("openssl: ") + QString::fromUtf8(openssl.readAllStandardError());
            return;
        }
        QFile source(QStringLiteral(RENTFLOW_INSTALLER_DIR "/nginx/rentflow-server.conf"));
        if (!source.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read ") + source.fileName();
            return;
        }
        QString site = QString::fromUtf8(source.readAll());
        const auto swap = [&](const QString& from, const QString& to) {
            if (!site.contains(from))
                m_error += QStringLiteral("the site file no longer has \"%1\"\n").arg(from);
            site.replace(from, to);
        };
        swap(QStringLiteral("/etc/ssl/certs/ssl-cert-snakeoil.pem"), path("cert.pem"));
        swap(QStringLiteral("/etc/ssl/private/ssl-cert-snakeoil.key"), path("key.pem"));
        swap(QStringLiteral("server 127.0.0.1:8080;"),
             QStringLiteral("server 127.0.0.1:%1;").arg(upstreamPort));
        swap(QStringLiteral("listen 443 ssl http2;"),
             QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(m_httpsPort));
        swap(QStringLiteral("listen 80;"), QStringLiteral("listen 127.0.0.1:%1;").arg(m_httpPort));
        swap(QStringLiteral("listen [::]:443 ssl http2;\n"), QString());
        swap(QStringLiteral("listen [::]:80;\n"), QString());
        write("site.conf", site.toUtf8());
        const QString temp = m_dir.path();
        write("nginx.conf",
              QStringLiteral("pid %1/nginx.pid;\nerror_log %1/error.log;\nworker_processes 1;\n"
                             "events { worker_connections 256; }\n"
                             "http {\n  access_log off;\n  client_body_temp_path %1/body;\n"
                             "  proxy_temp_path %1/proxy;\n  fastcgi_temp_path %1/fastcgi;\n"
                             "  uwsgi_temp_path %1/uwsgi;\n  scgi_temp_path %1/scgi;\n"
                             "  include %1/site.conf;\n}\n")
                  .arg(temp)
                  .toUtf8());
    }
    ~NginxSite() { stop(); }

    QString error() const { return m_error; }
    QStringList arguments() const
    {
        return {QStringLiteral("-p"), m_dir.path(),         QStringLiteral("-e"),
                path("error.log"),    QStringLiteral("-c"), path("nginx.conf")};
    }
    QString https() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_httpsPort); }
    QString http() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort); }

    bool start()
    {
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_nginx.start(QStringLiteral(RENTFLOW_NGINX),
                      arguments() +
                          QStringList{QStringLiteral("-g"), QStringLiteral("daemon off;")});
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired()) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_httpsPort);
            if (probe.waitForConnected(200))
                return true;
            if (m_nginx.state() == QProcess::NotRunning)
                break;
            QThread::msleep(20);
        }
        m_error = QStringLiteral("nginx did not start: ") + QString::fromUtf8(m_nginx.readAll()) +
                  QStringLiteral("\n") + log();
        return false;
    }
    void stop()
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate(); // SIGTERM: nginx's fast shutdown
            if (!m_nginx.waitForFinished(10'000)) {
                m_nginx.kill();
                m_nginx.waitForFinished(5'000);
            }
        }
    }
    QString log() const
    {
        QFile file(path("error.log"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    void write(const char* name, const QByteArray& bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            m_error += QStringLiteral("cannot write %1\n").arg(file.fileName());
    }

    QTemporaryDir m_dir;
    QProcess m_nginx;
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    QString m_error;
};

} // namespace

TEST(NginxConfigTest, NginxAcceptsTheConfiguration)
{
    NginxSite site(8080);
    ASSERT_TRUE(site.error().isEmpty()) << site.error().toStdString();
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(QStringLiteral(RENTFLOW_NGINX),
                QStringList{QStringLiteral("-t")} + site.arguments());
    ASSERT_TRUE(check.waitForFinished(30'000));
    const QString out = QString::fromUtf8(check.readAll());
    EXPECT_EQ(check.exitCode(), 0) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("syntax is ok"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QLatin1String("[warn]"))) << out.toStdString();
}

TEST(NginxConfigTest, InFrontOfTheServerItDoesWhatItSays)
{
    TestServer server(Backend::Embedded);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    NginxSite site(server.process().port());
    ASSERT_TRUE(site.error().isEmpty()) << site.error().toStdString();
    ASSERT_TRUE(site.start()) << site.error().toStdString();

    HttpClient tls(site.https());
    // Loopback may read health (the server answers through the proxy), with HSTS added.
    const HttpResponse live = tls.get(QStringLiteral("/health/live"));
    EXPECT_EQ(live.status, 200) << live << site.log().toStdString();
    EXPECT_EQ(live.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok")) << live;
    EXPECT_TRUE(live.header("Strict-Transport-Security").startsWith("max-age=31536000")) << live;
    EXPECT_FALSE(live.header("X-Request-Id").isEmpty()) << live; // nginx's $request_id passed on
    EXPECT_FALSE(live.header("Server").contains("/")) << live;   // no version: server_tokens off
    EXPECT_EQ(tls.get(QStringLiteral("/api/v1/openapi.json")).status, 200);

    // Plain HTTP goes to HTTPS.
    const HttpResponse plain = HttpClient(site.http()).get(QStringLiteral("/api/v1/openapi.json"));
    EXPECT_EQ(plain.status, 301) << plain;
    EXPECT_TRUE(plain.header("Location").startsWith("https://")) << plain;

    // Outside the API: nothing.
    EXPECT_EQ(tls.get(QStringLiteral("/admin.php")).status, 404);

    // Over 64 KB: nginx refuses before the server sees it.
    const HttpResponse big = tls.postRaw(QStringLiteral("/api/v1/waitlist"),
                                         QByteArray(70 * 1024, 'x'), "application/json");
    EXPECT_EQ(big.status, 413) << big;

    // The public forms' limit: 5/s with a burst of 10 per address. 20 sent at once: 11 pass
    // through (whatever the server answers), the rest get 429 from nginx.
    QList<HttpRequest> burst;
    for (int i = 0; i < 20; ++i) {
        HttpRequest request;
        request.path = QStringLiteral("/api/v1/waitlist/stats");
        burst.append(request);
    }
    int limited = 0;
    int passed = 0;
    for (const HttpResponse& r : sendConcurrently(site.https(), burst)) {
        EXPECT_NE(r.status, 0) << r;
        (r.status == 429 ? limited : passed) += 1;
    }
    EXPECT_GE(passed, 11) << site.log().toStdString();
    EXPECT_GE(limited, 5) << site.log().toStdString();

    site.stop();
    EXPECT_TRUE(server.stop()) << server.error().toStdString();
}
