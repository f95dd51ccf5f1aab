#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <ostream>

class QTcpSocket;

namespace rentflow::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP response as it came over the wire.
struct HttpResponse
{
    int status = 0; // 0: no response (error() says why: refused, closed, timed out)
    QString transportError;
    QByteArray reason;           // "OK", "Not Found"…
    HttpHeaders headers;         // in order, names as sent
    QByteArray body;             // de-chunked
    bool closedByServer = false; // the server closed the connection after it

    bool ok() const { return status > 0; }
    // Header lookups ignore the name's case.
    bool hasHeader(const QByteArray& name) const;
    QByteArray header(const QByteArray& name) const; // the first; empty when absent
    QList<QByteArray> headerValues(const QByteArray& name) const;

    QJsonDocument jsonDocument(QJsonParseError* error = nullptr) const;
    bool isJson() const;          // Content-Type application/json and a body that parses
    QJsonObject json() const;     // the body as an object ({} when it is not one)
    QJsonArray jsonArray() const; // the body as an array
    // The error reply's parts: {"error":{"code","message","fields"}}.
    QString errorCode() const;
    QJsonObject errorFields() const;

    // "HTTP 400 Bad Request" + headers + body, for failure messages.
    QString describe() const;
};
// So that EXPECT_EQ(r.status, 200) << r prints the whole response.
std::ostream& operator<<(std::ostream& out, const HttpResponse& response);

struct HttpRequest
{
    QByteArray method = "GET";
    QString path = QStringLiteral("/"); // with its query, already encoded
    QByteArray body;
    HttpHeaders headers;           // added after Host (and Content-Length)
    bool sendContentLength = true; // a body (or POST/PUT/PATCH) gets Content-Length
};

// The bytes of `request` for `hostPort` ("127.0.0.1:8080"): request line, Host, the
// request's headers, Content-Length when it has a body or is POST/PUT/PATCH.
QByteArray serializeRequest(const HttpRequest& request, const QByteArray& hostPort);

// One TCP (or TLS) connection to the server, driven by hand: for keep-alive, pipelining,
// malformed or oversize requests, idle timeouts and connection caps. Blocking calls, no
// event loop needed. https:// base URLs use TLS without certificate checks (tests use
// self-signed certificates).
class HttpConnection
{
public:
    explicit HttpConnection(const QString& baseUrl);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    bool connectToServer(int timeoutMs = 5'000);                // false: error()
    bool send(const QByteArray& bytes, int timeoutMs = 10'000); // written and flushed
    bool send(const HttpRequest& request, int timeoutMs = 10'000);
    // Reads one response (interim 1xx skipped). A HEAD request's response has no body.
    HttpResponse readResponse(int timeoutMs = 15'000, bool headRequest = false);
    // True when the server closes the connection within timeoutMs (bytes it sends meanwhile
    // are kept in pending()).
    bool waitForClose(int timeoutMs);
    bool isOpen() const;
    void close();
    QByteArray pending() const { return m_buffer; }
    QString error() const { return m_error; }
    QByteArray hostPort() const { return m_hostPort; }

private:
    bool fill(int timeoutMs); // reads more into m_buffer; false on close/timeout/error

    QString m_host;
    quint16 m_port = 0;
    bool m_tls = false;
    QByteArray m_hostPort;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QString m_error;
    bool m_closed = false;
};

// Request/response pairs recorded for the OpenAPI check (tests/server/openapi): when
// RENTFLOW_HTTP_RECORD_DIR is set (CTest sets it for the server suites), every exchange
// made through HttpClient is appended as one JSON line to a file of this process in that
// folder. HttpConnection's hand-made requests are not recorded (malformed on purpose).
void recordExchange(const HttpRequest& request, const HttpResponse& response);

// A synchronous HTTP/1.1 client for tests: one connection per request (closed after its
// response), no proxy, no redirects followed, no cookies. Headers set with setHeader go
// with every request (an Authorization bearer, an Origin…).
class HttpClient
{
public:
    explicit HttpClient(QString baseUrl = {});

    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }
    QString baseUrl() const { return m_baseUrl; }
    void setHeader(const QByteArray& name, const QByteArray& value); // empty value: removes
    void setBearerToken(const QString& token);                       // empty: removes
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    HttpResponse get(const QString& path, const HttpHeaders& headers = {});
    HttpResponse head(const QString& path, const HttpHeaders& headers = {});
    HttpResponse del(const QString& path, const HttpHeaders& headers = {});
    HttpResponse options(const QString& path, const HttpHeaders& headers = {});
    // JSON bodies (Content-Type: application/json).
    HttpResponse post(const QString& path, const QJsonObject& body,
                      const HttpHeaders& headers = {});
    HttpResponse put(const QString& path, const QJsonObject& body, const HttpHeaders& headers = {});
    HttpResponse patch(const QString& path, const QJsonObject& body,
                       const HttpHeaders& headers = {});
    HttpResponse postJson(const QString& path, const QJsonValue& body,
                          const HttpHeaders& headers = {});
    // Raw bodies: exactly these bytes with this Content-Type (empty: no Content-Type).
    HttpResponse postRaw(const QString& path, const QByteArray& body,
                         const QByteArray& contentType = "application/json",
                         const HttpHeaders& headers = {});
    HttpResponse send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                      const QByteArray& contentType = {}, const HttpHeaders& headers = {});
    HttpResponse send(HttpRequest request);

private:
    QString m_baseUrl;
    HttpHeaders m_headers;
    int m_timeoutMs = 30'000;
};

// Sends every request on its own connection, all written before any answer is read, so the
// server has them all at once (the concurrent twin, two joins racing): the responses in
// the requests' order.
QList<HttpResponse> sendConcurrently(const QString& baseUrl, const QList<HttpRequest>& requests,
                                     int timeoutMs = 30'000);

// One request as raw bytes on a fresh connection; the response (or status 0 with why).
HttpResponse sendRaw(const QString& baseUrl, const QByteArray& bytes, int timeoutMs = 15'000);

// A JSON request body as bytes (compact).
QByteArray toJsonBytes(const QJsonObject& object);

} // namespace rentflow::test
