#pragma once

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>
#include <QString>
#include <QTcpServer>

#include <optional>
#include <variant>

namespace rentflow::server {

struct ServerConfig;

// A listening socket bound with SO_REUSEPORT, so that each worker thread listens on the
// same address with a socket of its own and the kernel shares the connections out.
// `port` 0 picks a free port (read it back with boundPort). Returns the descriptor or why
// it failed.
std::variant<qintptr, QString> reusePortSocket(const QHostAddress& host, quint16 port);
quint16 boundPort(qintptr descriptor);
// Whether another program (or another rentflow-server) already listens there: SO_REUSEPORT
// would otherwise let this one share the port with it silently. "" when it is free.
QString portTakenBy(const QHostAddress& host, quint16 port);

// Counts the connections one listener holds; a connection over the cap gets 503 and is
// closed at once.
class ConnectionCount
{
public:
    explicit ConnectionCount(int cap) : m_cap(cap) {}
    bool admit() { return m_open < m_cap ? (++m_open, true) : false; }
    void release() { --m_open; }
    int open() const { return m_open; }

private:
    int m_cap;
    int m_open = 0;
};

// Plain HTTP: each connection gets a ConnectionGuard before QHttpServer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const ServerConfig& config, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const ServerConfig& m_config;
    ConnectionCount m_count;
};

// HTTPS: QSslServer's handshake, the guard installed as the handshake starts.
class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    GuardedSslServer(const ServerConfig& config, const QSslConfiguration& tls,
                     QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const ServerConfig& m_config;
    ConnectionCount m_count;
};

// The certificate and key of --tls-cert/--tls-key, or why they cannot be used.
std::variant<QSslConfiguration, QString> loadTls(const ServerConfig& config);

} // namespace rentflow::server
