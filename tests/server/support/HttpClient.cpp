#include "HttpClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

#include <mutex>
#include <unistd.h>

namespace rentflow::test {

namespace {

bool sameName(const QByteArray& a, const QByteArray& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasBodyMethod(const QByteArray& method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

} // namespace

// ---- HttpResponse ----

bool HttpResponse::hasHeader(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (sameName(key, name))
            return true;
    return false;
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (sameName(key, name))
            return value;
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray& name) const
{
    QList<QByteArray> values;
    for (const auto& [key, value] : headers)
        if (sameName(key, name))
            values.append(value);
    return values;
}

QJsonDocument HttpResponse::jsonDocument(QJsonParseError* error) const
{
    return QJsonDocument::fromJson(body, error);
}

bool HttpResponse::isJson() const
{
    QJsonParseError error{};
    const QJsonDocument doc = jsonDocument(&error);
    return header("Content-Type").toLower().startsWith("application/json") &&
           error.error == QJsonParseError::NoError && !doc.isNull();
}

QJsonObject HttpResponse::json() const
{
    return jsonDocument().object();
}

QJsonArray HttpResponse::jsonArray() const
{
    return jsonDocument().array();
}

QString HttpResponse::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QJsonObject HttpResponse::errorFields() const
{
    return json()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("fields"))
        .toObject();
}

QString HttpResponse::describe() const
{
    if (status == 0)
        return QStringLiteral("no HTTP response: %1").arg(transportError);
    QString text = QStringLiteral("HTTP %1 %2\n").arg(status).arg(QString::fromLatin1(reason));
    for (const auto& [key, value] : headers)
        text += QString::fromLatin1(key) + QStringLiteral(": ") + QString::fromLatin1(value) +
                QLatin1Char('\n');
    constexpr qsizetype kShown = 4000;
    text += QLatin1Char('\n') + QString::fromUtf8(body.left(kShown));
    if (body.size() > kShown)
        text += QStringLiteral("… (%1 bytes in all)").arg(body.size());
    return text;
}

std::ostream& operator<<(std::ostream& out, const HttpResponse& response)
{
    return out << response.describe().toStdString();
}

QByteArray toJsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray serializeRequest(const HttpRequest& request, const QByteArray& hostPort)
{
    QByteArray bytes = request.method + ' ' + request.path.toUtf8() + " HTTP/1.1\r\n";
    bool hostGiven = false;
    for (const auto& [name, value] : request.headers)
        hostGiven = hostGiven || sameName(name, "Host");
    if (!hostGiven)
        bytes += "Host: " + hostPort + "\r\n";
    for (const auto& [name, value] : request.headers)
        bytes += name + ": " + value + "\r\n";
    if (request.sendContentLength && (!request.body.isEmpty() || hasBodyMethod(request.method)))
        bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    bytes += "\r\n";
    bytes += request.body;
    return bytes;
}

// ---- HttpConnection ----

HttpConnection::HttpConnection(const QString& baseUrl)
{
    const QUrl url(baseUrl);
    m_tls = url.scheme() == QLatin1String("https");
    m_host = url.host();
    m_port = static_cast<quint16>(url.port(m_tls ? 443 : 80));
    const QString hostText =
        m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    m_hostPort = (hostText + QLatin1Char(':') + QString::number(m_port)).toLatin1();
}

HttpConnection::~HttpConnection()
{
    close();
}

bool HttpConnection::connectToServer(int timeoutMs)
{
    m_buffer.clear();
    m_closed = false;
    m_error.clear();
    if (m_tls) {
        auto ssl = std::make_unique<QSslSocket>();
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setProxy(QNetworkProxy::NoProxy);
        ssl->connectToHostEncrypted(m_host, m_port);
        if (!ssl->waitForEncrypted(timeoutMs)) {
            m_error = QStringLiteral("TLS connection to %1 failed: %2")
                          .arg(QString::fromLatin1(m_hostPort), ssl->errorString());
            return false;
        }
        m_socket = std::move(ssl);
        return true;
    }
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(timeoutMs)) {
        m_error = QStringLiteral("connection to %1 failed: %2")
                      .arg(QString::fromLatin1(m_hostPort), m_socket->errorString());
        return false;
    }
    return true;
}

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_closed;
}

void HttpConnection::close()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
}

bool HttpConnection::send(const QByteArray& bytes, int timeoutMs)
{
    if (!m_socket && !connectToServer(timeoutMs))
        return false;
    qint64 written = 0;
    QDeadlineTimer deadline(timeoutMs);
    while (written < bytes.size()) {
        const qint64 n = m_socket->write(bytes.constData() + written, bytes.size() - written);
        if (n < 0) {
            m_error = QStringLiteral("write failed: %1").arg(m_socket->errorString());
            return false;
        }
        written += n;
    }
    while (m_socket->bytesToWrite() > 0) {
        // The server may answer (413, 431) and close before it read everything: that is
        // not a failure of the send, the response tells.
        if (!m_socket->waitForBytesWritten(static_cast<int>(deadline.remainingTime()))) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return true;
            m_error = QStringLiteral("write timed out: %1").arg(m_socket->errorString());
            return false;
        }
    }
    return true;
}

bool HttpConnection::send(const HttpRequest& request, int timeoutMs)
{
    return send(serializeRequest(request, m_hostPort), timeoutMs);
}

bool HttpConnection::fill(int timeoutMs)
{
    if (!m_socket)
        return false;
    if (m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->readAll();
        return true;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_closed = true;
        return false;
    }
    if (m_socket->waitForReadyRead(timeoutMs) || m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->readAll();
        return true;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState ||
        m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        m_closed = true;
        return false;
    }
    m_error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
    return false;
}

bool HttpConnection::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_closed) {
        if (deadline.hasExpired())
            return false;
        if (!fill(static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))) && !m_closed)
            return false;
    }
    return true;
}

HttpResponse HttpConnection::readResponse(int timeoutMs, bool headRequest)
{
    HttpResponse response;
    QDeadlineTimer deadline(timeoutMs);
    auto more = [&]() -> bool {
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
            return false;
        }
        return fill(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    };
    auto fail = [&](const QString& why) {
        HttpResponse failed;
        failed.transportError = why;
        failed.closedByServer = m_closed;
        return failed;
    };
    if (!m_socket)
        return fail(QStringLiteral("not connected"));

    for (;;) {
        qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        while (headEnd < 0) {
            if (!more())
                return fail(m_closed ? QStringLiteral("the server closed the connection "
                                                      "without a (complete) response head")
                                     : m_error);
            headEnd = m_buffer.indexOf("\r\n\r\n");
        }
        const QByteArray head = m_buffer.left(headEnd);
        m_buffer.remove(0, headEnd + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray statusLine = lines.value(0).trimmed();
        const QList<QByteArray> parts = statusLine.split(' ');
        if (parts.size() < 2 || !parts[0].startsWith("HTTP/1."))
            return fail(
                QStringLiteral("not an HTTP response: %1").arg(QString::fromLatin1(statusLine)));
        response = {};
        response.status = parts[1].toInt();
        response.reason = statusLine.mid(parts[0].size() + parts[1].size() + 2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (response.status >= 100 && response.status < 200 && response.status != 101)
            continue; // 100 Continue and friends: the real response follows
        break;
    }

    const bool noBody =
        headRequest || response.status == 204 || response.status == 304 || response.status < 200;
    if (noBody) {
        // nothing
    } else if (response.header("Transfer-Encoding").toLower().contains("chunked")) {
        for (;;) {
            qsizetype lineEnd = m_buffer.indexOf("\r\n");
            while (lineEnd < 0) {
                if (!more())
                    return fail(QStringLiteral("chunked body cut short"));
                lineEnd = m_buffer.indexOf("\r\n");
            }
            bool ok = false;
            const qint64 size =
                m_buffer.left(lineEnd).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(QStringLiteral("bad chunk size line"));
            m_buffer.remove(0, lineEnd + 2);
            if (size == 0) {
                // Trailers (usually none) up to an empty line.
                for (;;) {
                    qsizetype end = m_buffer.indexOf("\r\n");
                    while (end < 0) {
                        if (!more())
                            return fail(QStringLiteral("chunked body's end cut short"));
                        end = m_buffer.indexOf("\r\n");
                    }
                    m_buffer.remove(0, end + 2);
                    if (end == 0)
                        break;
                }
                break;
            }
            while (m_buffer.size() < size + 2)
                if (!more())
                    return fail(QStringLiteral("chunk cut short"));
            response.body += m_buffer.left(size);
            m_buffer.remove(0, size + 2);
        }
    } else if (response.hasHeader("Content-Length")) {
        bool ok = false;
        const qint64 length = response.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0)
            return fail(QStringLiteral("bad Content-Length"));
        while (m_buffer.size() < length)
            if (!more())
                return fail(QStringLiteral("body cut short: %1 of %2 bytes")
                                .arg(m_buffer.size())
                                .arg(length));
        response.body = m_buffer.left(length);
        m_buffer.remove(0, length);
    } else {
        // No length: the body runs to the connection's end.
        while (!m_closed)
            if (!more() && !m_closed)
                return fail(m_error);
        response.body = m_buffer;
        m_buffer.clear();
    }
    if (m_socket->bytesAvailable() == 0 && m_socket->state() != QAbstractSocket::ConnectedState)
        m_closed = true;
    response.closedByServer = m_closed;
    return response;
}

// ---- recording ----

void recordExchange(const HttpRequest& request, const HttpResponse& response)
{
    static const QString dir = qEnvironmentVariable("RENTFLOW_HTTP_RECORD_DIR");
    if (dir.isEmpty() || response.status == 0)
        return;
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    static QFile file;
    if (!file.isOpen()) {
        QDir().mkpath(dir);
        const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
        file.setFileName(
            QDir(dir).filePath(QStringLiteral("%1-%2.jsonl")
                                   .arg(program.isEmpty() ? QStringLiteral("test") : program)
                                   .arg(::getpid())));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
    }
    QJsonObject requestHeaders;
    for (const auto& [name, value] : request.headers)
        requestHeaders.insert(QString::fromLatin1(name.toLower()), QString::fromLatin1(value));
    QJsonObject responseHeaders;
    for (const auto& [name, value] : response.headers)
        responseHeaders.insert(QString::fromLatin1(name.toLower()), QString::fromLatin1(value));
    const QJsonObject line{
        {QStringLiteral("test"), QString::fromUtf8(qgetenv("GTEST_CURRENT_TEST"))},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("requestHeaders"), requestHeaders},
        {QStringLiteral("requestBody"), QString::fromUtf8(request.body)},
        {QStringLiteral("status"), response.status},
        {QStringLiteral("responseHeaders"), responseHeaders},
        {QStringLiteral("responseBody"), QString::fromUtf8(response.body)},
    };
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    file.flush();
}

// ---- HttpClient ----

HttpClient::HttpClient(QString baseUrl) : m_baseUrl(std::move(baseUrl))
{
    m_headers = {{"Accept", "application/json"}, {"User-Agent", "rentflow-server-tests"}};
}

void HttpClient::setHeader(const QByteArray& name, const QByteArray& value)
{
    m_headers.removeIf([&](const auto& pair) { return sameName(pair.first, name); });
    if (!value.isEmpty())
        m_headers.append({name, value});
}

void HttpClient::setBearerToken(const QString& token)
{
    setHeader("Authorization", token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1());
}

HttpResponse HttpClient::send(HttpRequest request)
{
    // Per-call headers replace default ones of the same name.
    HttpHeaders headers;
    for (const auto& pair : m_headers) {
        bool overridden = false;
        for (const auto& given : request.headers)
            overridden = overridden || sameName(given.first, pair.first);
        if (!overridden)
            headers.append(pair);
    }
    headers += request.headers;
    request.headers = headers;

    HttpConnection connection(m_baseUrl);
    HttpResponse response;
    if (!connection.connectToServer(m_timeoutMs)) {
        response.transportError = connection.error();
        return response;
    }
    if (!connection.send(request, m_timeoutMs)) {
        response.transportError = connection.error();
        return response;
    }
    response = connection.readResponse(m_timeoutMs, request.method == "HEAD");
    connection.close();
    recordExchange(request, response);
    return response;
}

HttpResponse HttpClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                              const QByteArray& contentType, const HttpHeaders& headers)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    if (!contentType.isEmpty())
        request.headers.append({"Content-Type", contentType});
    request.headers += headers;
    return send(std::move(request));
}

HttpResponse HttpClient::get(const QString& path, const HttpHeaders& headers)
{
    return send("GET", path, {}, {}, headers);
}

HttpResponse HttpClient::head(const QString& path, const HttpHeaders& headers)
{
    return send("HEAD", path, {}, {}, headers);
}

HttpResponse HttpClient::del(const QString& path, const HttpHeaders& headers)
{
    return send("DELETE", path, {}, {}, headers);
}

HttpResponse HttpClient::options(const QString& path, const HttpHeaders& headers)
{
    return send("OPTIONS", path, {}, {}, headers);
}

HttpResponse HttpClient::post(const QString& path, const QJsonObject& body,
                              const HttpHeaders& headers)
{
    return send("POST", path, toJsonBytes(body), "application/json", headers);
}

HttpResponse HttpClient::put(const QString& path, const QJsonObject& body,
                             const HttpHeaders& headers)
{
    return send("PUT", path, toJsonBytes(body), "application/json", headers);
}

HttpResponse HttpClient::patch(const QString& path, const QJsonObject& body,
                               const HttpHeaders& headers)
{
    return send("PATCH", path, toJsonBytes(body), "application/json", headers);
}

HttpResponse HttpClient::postJson(const QString& path, const QJsonValue& body,
                                  const HttpHeaders& headers)
{
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else // a bare value: wrap and cut ([v] → v)
        bytes = QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return send("POST", path, bytes, "application/json", headers);
}

HttpResponse HttpClient::postRaw(const QString& path, const QByteArray& body,
                                 const QByteArray& contentType, const HttpHeaders& headers)
{
    return send("POST", path, body, contentType, headers);
}

// ---- helpers ----

QList<HttpResponse> sendConcurrently(const QString& baseUrl, const QList<HttpRequest>& requests,
                                     int timeoutMs)
{
    std::vector<std::unique_ptr<HttpConnection>> connections;
    QList<HttpResponse> responses(requests.size());
    QList<bool> sent(requests.size(), false);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto connection = std::make_unique<HttpConnection>(baseUrl);
        if (!connection->connectToServer(timeoutMs))
            responses[i].transportError = connection->error();
        connections.push_back(std::move(connection));
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!responses[i].transportError.isEmpty())
            continue;
        sent[i] = connections[i]->send(requests[i], timeoutMs);
        if (!sent[i])
            responses[i].transportError = connections[i]->error();
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!sent[i])
            continue;
        responses[i] = connections[i]->readResponse(timeoutMs, requests[i].method == "HEAD");
        recordExchange(requests[i], responses[i]);
    }
    return responses;
}

HttpResponse sendRaw(const QString& baseUrl, const QByteArray& bytes, int timeoutMs)
{
    HttpConnection connection(baseUrl);
    HttpResponse response;
    if (!connection.connectToServer(timeoutMs) || !connection.send(bytes, timeoutMs)) {
        response.transportError = connection.error();
        return response;
    }
    return connection.readResponse(timeoutMs);
}

} // namespace rentflow::test
