#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace rentflow::server {

struct ServerConfig;

// What QHttpServer 6.4 does not do for itself, per connection: close it when it stays
// silent (idle timeout), and refuse a request whose head is too large (431) or whose body
// is too large or of unknown length (413, 411) before QHttpServer buffers it. It reads
// every byte as it arrives, ahead of QHttpServer (its readyRead slot is connected
// first), and keeps its place across requests on a kept-alive connection.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Watches `socket` (and is deleted with it).
    ConnectionGuard(QTcpSocket* socket, const ServerConfig& config);

    // Writes a bare error response on a socket no handler will answer, then closes it.
    static void refuse(QTcpSocket* socket, int status, const char* reason, const char* code,
                       const char* message);

private:
    void inspect();
    bool scan(const QByteArray& bytes); // false: refused
    bool headComplete();

    QTcpSocket* m_socket;
    QTimer m_idle;
    qint64 m_maxHead;
    qint64 m_maxBody;
    QByteArray m_head;     // the head read so far of the request being received
    qint64 m_bodyLeft = 0; // body bytes still to come of the request being received
    bool m_refused = false;
};

} // namespace rentflow::server
