#include "Listener.h"

#include "ConnectionGuard.h"
#include "ServerConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rentflow::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Listener", text);
}

QString systemError(const char* what)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

void watch(QTcpSocket* socket, const ServerConfig& config, ConnectionCount& count)
{
    new ConnectionGuard(socket, config);
    QObject::connect(socket, &QObject::destroyed, [&count] { count.release(); });
}

} // namespace

namespace {

socklen_t socketAddress(const QHostAddress& host, quint16 port, sockaddr_storage& address)
{
    address = {};
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&address);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        return sizeof(sockaddr_in6);
    }
    auto* in4 = reinterpret_cast<sockaddr_in*>(&address);
    in4->sin_family = AF_INET;
    in4->sin_port = htons(port);
    in4->sin_addr.s_addr = htonl(host.toIPv4Address());
    return sizeof(sockaddr_in);
}

} // namespace

QString portTakenBy(const QHostAddress& host, quint16 port)
{
    if (port == 0)
        return {};
    const bool v6 = host.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return systemError("socket");
    const int on = 1; // past connections in TIME_WAIT do not count; a listener does
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_storage address{};
    const socklen_t length = socketAddress(host, port, address);
    QString taken;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), length) != 0)
        taken =
            errno == EADDRINUSE ? tr("another program is listening there") : systemError("bind");
    ::close(fd);
    return taken;
}

std::variant<qintptr, QString> reusePortSocket(const QHostAddress& host, quint16 port)
{
    const bool v6 = host.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return systemError("socket");
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0) {
        const QString error = systemError("SO_REUSEPORT");
        ::close(fd);
        return error;
    }
    sockaddr_storage address{};
    const socklen_t length = socketAddress(host, port, address);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(fd, SOMAXCONN) != 0) {
        const QString error = systemError("bind");
        ::close(fd);
        return error;
    }
    return qintptr(fd);
}

quint16 boundPort(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getsockname(int(descriptor), reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return 0;
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
}

GuardedTcpServer::GuardedTcpServer(const ServerConfig& config, QObject* parent)
    : QTcpServer(parent), m_config(config), m_count(config.maxConnections)
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (!m_count.admit()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        ConnectionGuard::refuse(socket, 503, "Service Unavailable", "too_many_connections",
                                "The server has too many open connections; try again shortly.");
        return;
    }
    watch(socket, m_config, m_count);
    addPendingConnection(socket);
}

GuardedSslServer::GuardedSslServer(const ServerConfig& config, const QSslConfiguration& tls,
                                   QObject* parent)
    : QSslServer(parent), m_config(config), m_count(config.maxConnections)
{
    setSslConfiguration(tls);
    setHandshakeTimeout(config.idleTimeoutMs);
    connect(this, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket* socket) {
        m_count.admit();
        watch(socket, m_config, m_count);
    });
}

void GuardedSslServer::incomingConnection(qintptr descriptor)
{
    if (m_count.open() >= m_config.maxConnections) {
        ::close(int(descriptor)); // no TLS spoken to a connection over the cap
        return;
    }
    QSslServer::incomingConnection(descriptor);
}

std::variant<QSslConfiguration, QString> loadTls(const ServerConfig& config)
{
    QFile certFile(config.tlsCertFile);
    QFile keyFile(config.tlsKeyFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return tr("--tls-cert: cannot read %1").arg(config.tlsCertFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return tr("--tls-key: cannot read %1").arg(config.tlsKeyFile);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return tr("--tls-cert: %1 holds no PEM certificate").arg(config.tlsCertFile);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return tr("--tls-key: %1 holds no PEM RSA or EC private key").arg(config.tlsKeyFile);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    return tls;
}

} // namespace rentflow::server
