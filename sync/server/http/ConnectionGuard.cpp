#include "ConnectionGuard.h"

#include "ServerConfig.h"

#include <QTcpSocket>

namespace rentflow::server {

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ServerConfig& config)
    : QObject(socket), m_socket(socket), m_maxHead(config.maxHeaderBytes),
      m_maxBody(config.maxBodyBytes)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(config.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    connect(socket, &QTcpSocket::bytesWritten, &m_idle, qOverload<>(&QTimer::start));
    m_idle.start();
}

void ConnectionGuard::refuse(QTcpSocket* socket, int status, const char* reason, const char* code,
                             const char* message)
{
    const QByteArray body = QByteArrayLiteral("{\"error\":{\"code\":\"") + code +
                            QByteArrayLiteral("\",\"message\":\"") + message +
                            QByteArrayLiteral("\"}}");
    socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason +
                  QByteArrayLiteral("\r\nContent-Type: application/json\r\nContent-Length: ") +
                  QByteArray::number(body.size()) +
                  QByteArrayLiteral("\r\nConnection: close\r\nX-Content-Type-Options: "
                                    "nosniff\r\n\r\n") +
                  body);
    socket->disconnectFromHost();
}

void ConnectionGuard::inspect()
{
    m_idle.start();
    if (m_refused) { // nothing more reaches QHttpServer on a refused connection
        m_socket->readAll();
        return;
    }
    if (!scan(m_socket->peek(m_socket->bytesAvailable()))) {
        m_refused = true;
        m_socket->readAll();
    }
}

// Follows the requests through the bytes just arrived: head, then body, then the next.
bool ConnectionGuard::scan(const QByteArray& bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        if (m_bodyLeft > 0) {
            const qint64 take = qMin<qint64>(m_bodyLeft, bytes.size() - at);
            m_bodyLeft -= take;
            at += take;
            continue;
        }
        const qsizetype end = bytes.indexOf('\n', at);
        const qsizetype stop = end < 0 ? bytes.size() : end + 1;
        m_head += bytes.mid(at, stop - at);
        at = stop;
        if (m_head.size() > m_maxHead) {
            refuse(m_socket, 431, "Request Header Fields Too Large", "headers_too_large",
                   "The request's head is larger than this server accepts.");
            return false;
        }
        if (end >= 0 && (m_head.endsWith("\r\n\r\n") || m_head.endsWith("\n\n")))
            if (!headComplete())
                return false;
    }
    return true;
}

bool ConnectionGuard::headComplete()
{
    qint64 length = 0;
    bool chunked = false;
    for (const QByteArray& line : m_head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                refuse(m_socket, 400, "Bad Request", "bad_request",
                       "The request's Content-Length is not a number.");
                return false;
            }
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        }
    }
    m_head.clear();
    if (chunked) {
        refuse(m_socket, 411, "Length Required", "length_required",
               "Send the body with a Content-Length; chunked bodies are not accepted.");
        return false;
    }
    if (length > m_maxBody) {
        refuse(m_socket, 413, "Payload Too Large", "body_too_large",
               "The request's body is larger than this server accepts.");
        return false;
    }
    m_bodyLeft = length;
    return true;
}

} // namespace rentflow::server
