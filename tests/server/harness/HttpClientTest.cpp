// HttpClient and HttpConnection against a canned peer: what goes on the wire, and responses
// with a length, chunked, up to the close, after a 100 Continue; the recording for OpenAPI.
#include "HttpClient.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace rentflow::test;

namespace {

// Accepts one connection on 127.0.0.1, reads one request (head + Content-Length body),
// writes `reply` and closes (or keeps the connection open for `holdMs` first).
class CannedPeer
{
public:
    explicit CannedPeer(QByteArray reply, int holdMs = 0)
        : m_reply(std::move(reply)), m_holdMs(holdMs)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address);
        ::listen(m_listener, 4);
        socklen_t length = sizeof address;
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~CannedPeer()
    {
        m_thread.join();
        ::close(m_listener);
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QByteArray request()
    {
        m_thread.join();
        m_thread = std::thread([] {});
        return m_request;
    }

private:
    void serve()
    {
        const int fd = ::accept(m_listener, nullptr, nullptr);
        if (fd < 0)
            return;
        char buffer[4096];
        qsizetype wanted = -1;
        while (wanted < 0 || m_request.size() < wanted) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            m_request.append(buffer, n);
            const qsizetype end = m_request.indexOf("\r\n\r\n");
            if (end >= 0 && wanted < 0) {
                qsizetype length = 0;
                for (const QByteArray& line : m_request.left(end).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                wanted = end + 4 + length;
            }
        }
        ::write(fd, m_reply.constData(), m_reply.size());
        if (m_holdMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_holdMs));
        ::close(fd);
    }

    QByteArray m_reply;
    int m_holdMs = 0;
    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    QByteArray m_request;
};

} // namespace

TEST(HttpClientTest, PostSendsJsonWithLengthAndHostAndReadsALengthBody)
{
    CannedPeer peer("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                    "X-Request-Id: abc\r\nContent-Length: 11\r\n\r\n{\"id\":\"x1\"}",
                    /*holdMs=*/300); // the body's length, not the close, ends it
    HttpClient client(peer.baseUrl());
    client.setHeader("Origin", "https://rentflow.in");
    const HttpResponse r =
        client.post(QStringLiteral("/api/v1/waitlist?a=1"),
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.in")}});
    EXPECT_EQ(r.status, 201) << r;
    EXPECT_EQ(r.reason, "Created");
    EXPECT_EQ(r.header("content-type"), "application/json"); // any case
    EXPECT_EQ(r.header("X-REQUEST-ID"), "abc");
    EXPECT_TRUE(r.isJson());
    EXPECT_EQ(r.json().value(QStringLiteral("id")).toString(), QStringLiteral("x1"));
    const QByteArray sent = peer.request();
    const QByteArray port = peer.baseUrl().section(QLatin1Char(':'), -1).toLatin1();
    EXPECT_TRUE(
        sent.startsWith("POST /api/v1/waitlist?a=1 HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"))
        << sent.toStdString();
    EXPECT_TRUE(sent.contains("\r\nContent-Type: application/json\r\n")) << sent.toStdString();
    EXPECT_TRUE(sent.contains("\r\nOrigin: https://rentflow.in\r\n")) << sent.toStdString();
    // {"email":"a@b.in"} is 18 bytes.
    EXPECT_TRUE(sent.endsWith("Content-Length: 18\r\n\r\n{\"email\":\"a@b.in\"}"))
        << sent.toStdString();
}

TEST(HttpClientTest, ChunkedBodyIsJoined)
{
    CannedPeer peer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n",
                    300);
    const HttpResponse r = HttpClient(peer.baseUrl()).get(QStringLiteral("/"));
    EXPECT_EQ(r.status, 200) << r;
    EXPECT_EQ(r.body, "hello, world");
    EXPECT_TRUE(peer.request().startsWith("GET / HTTP/1.1\r\n"));
}

TEST(HttpClientTest, BodyWithoutLengthRunsToTheCloseAndInterimResponsesAreSkipped)
{
    CannedPeer peer(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it");
    const HttpResponse r = HttpClient(peer.baseUrl()).get(QStringLiteral("/x"));
    EXPECT_EQ(r.status, 200) << r;
    EXPECT_EQ(r.body, "all of it");
    EXPECT_TRUE(r.closedByServer);
}

TEST(HttpClientTest, NoContentHasNoBodyAndGetSendsNoLength)
{
    CannedPeer peer("HTTP/1.1 204 No Content\r\nX-A: 1\r\nx-a: 2\r\n\r\n", 300);
    const HttpResponse r = HttpClient(peer.baseUrl()).del(QStringLiteral("/thing/1"));
    EXPECT_EQ(r.status, 204) << r;
    EXPECT_TRUE(r.body.isEmpty());
    EXPECT_EQ(r.headerValues("x-a"), (QList<QByteArray>{"1", "2"}));
    const QByteArray sent = peer.request();
    EXPECT_TRUE(sent.startsWith("DELETE /thing/1 HTTP/1.1\r\n"));
    EXPECT_FALSE(sent.toLower().contains("content-length")) << sent.toStdString();
}

TEST(HttpClientTest, ACloseWithoutResponseOrARefusedConnectionIsStatusZeroWithAReason)
{
    {
        CannedPeer peer("");
        const HttpResponse r = HttpClient(peer.baseUrl()).get(QStringLiteral("/"));
        EXPECT_EQ(r.status, 0);
        EXPECT_TRUE(r.transportError.contains(QLatin1String("closed"))) << r;
    }
    quint16 freePort = 0;
    {
        CannedPeer peer("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        freePort = peer.baseUrl().section(QLatin1Char(':'), -1).toUShort();
        HttpClient(peer.baseUrl()).get(QStringLiteral("/"));
    }
    const HttpResponse r =
        HttpClient(QStringLiteral("http://127.0.0.1:%1").arg(freePort)).get(QStringLiteral("/"));
    EXPECT_EQ(r.status, 0);
    EXPECT_FALSE(r.transportError.isEmpty());
}

TEST(HttpClientTest, ErrorReplyPartsAndDescribe)
{
    // The body is 77 bytes; two more after it are not part of the response.
    CannedPeer peer("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n"
                    "Content-Length: 77\r\n\r\n"
                    "{\"error\":{\"code\":\"validation\",\"message\":\"bad\",\"fields\":{\"email\":"
                    "\"required\"}}}  ");
    const HttpResponse r = HttpClient(peer.baseUrl()).postRaw(QStringLiteral("/p"), "{");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.errorCode(), QStringLiteral("validation"));
    EXPECT_EQ(r.errorFields().value(QStringLiteral("email")).toString(),
              QStringLiteral("required"));
    EXPECT_TRUE(r.describe().startsWith(QLatin1String("HTTP 400 Bad Request\n"))) << r;
    EXPECT_TRUE(r.body.endsWith("}}}")) << r;
    EXPECT_TRUE(peer.request().endsWith("Content-Length: 1\r\n\r\n{"));
}

TEST(HttpClientTest, SerializeRequestKeepsAGivenHostAndCanLeaveTheLengthOut)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/a");
    request.headers = {{"Host", "example.test"}};
    request.body = "xyz";
    request.sendContentLength = false;
    EXPECT_EQ(serializeRequest(request, "127.0.0.1:1"),
              "POST /a HTTP/1.1\r\nHost: example.test\r\n\r\nxyz");
    request.sendContentLength = true;
    EXPECT_EQ(serializeRequest(request, "127.0.0.1:1"),
              "POST /a HTTP/1.1\r\nHost: example.test\r\nContent-Length: 3\r\n\r\nxyz");
}
