// The foundation's protections over real HTTP on 127.0.0.1, on both backends: JSON 404s,
// security headers, request ids, the head and body caps (431/413/411), the connection
// cap (503), the idle timeout, keep-alive, and garbage that must not hurt the server.
#include "BothBackends.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace rentflow::test;

namespace {

class HttpProtectionsTest : public BothBackends
{
protected:
    // Small caps, so the limits are cheap to reach; one listener, so the connection cap
    // is the process's.
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--max-body-bytes"),   QStringLiteral("1024"),
                QStringLiteral("--max-header-bytes"), QStringLiteral("2048"),
                QStringLiteral("--max-connections"),  QStringLiteral("3"),
                QStringLiteral("--idle-timeout-ms"),  QStringLiteral("800"),
                QStringLiteral("--workers"),          QStringLiteral("1")};
    }
};

void expectSecurityHeaders(const HttpResponse& r)
{
    EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff") << r;
    EXPECT_EQ(r.header("X-Frame-Options"), "DENY") << r;
    EXPECT_EQ(r.header("Referrer-Policy"), "no-referrer") << r;
    EXPECT_EQ(r.header("Content-Security-Policy"), "default-src 'none'; frame-ancestors 'none'")
        << r;
    EXPECT_EQ(r.header("Cache-Control"), "no-store") << r;
    // Plain HTTP: no HSTS (it only means something over TLS).
    EXPECT_FALSE(r.hasHeader("Strict-Transport-Security")) << r;
    EXPECT_FALSE(r.header("X-Request-Id").isEmpty()) << r;
}

} // namespace

TEST_P(HttpProtectionsTest, UnknownRouteIsAJson404WithSecurityHeaders)
{
    for (const QByteArray method : {"GET", "POST", "DELETE", "PUT"}) {
        const HttpResponse r = http().send(method, QStringLiteral("/api/v1/no-such-route?x=1"));
        EXPECT_EQ(r.status, 404) << method.constData() << "\n" << r;
        EXPECT_TRUE(r.isJson()) << r;
        EXPECT_EQ(r.errorCode(), QStringLiteral("not_found")) << r;
        EXPECT_FALSE(r.json()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .isEmpty())
            << r;
        expectSecurityHeaders(r);
    }
}

TEST_P(HttpProtectionsTest, ASaneRequestIdIsEchoedAndAnInsaneOneReplaced)
{
    const HttpResponse given =
        http().get(QStringLiteral("/nothing"), {{"X-Request-Id", "trace-0123456789"}});
    EXPECT_EQ(given.header("X-Request-Id"), "trace-0123456789") << given;
    // Too short, and with characters a log line must not carry.
    for (const QByteArray& bad :
         QList<QByteArray>{"short", "abc def ghi jkl", "<script>alert1</script>"}) {
        const HttpResponse r = http().get(QStringLiteral("/nothing"), {{"X-Request-Id", bad}});
        EXPECT_NE(r.header("X-Request-Id"), bad) << r;
        EXPECT_GE(r.header("X-Request-Id").size(), 8) << r;
    }
    // Two requests without one get two different ids.
    EXPECT_NE(http().get(QStringLiteral("/a")).header("X-Request-Id"),
              http().get(QStringLiteral("/a")).header("X-Request-Id"));
}

TEST_P(HttpProtectionsTest, BodyOverTheCapIs413AndAtTheCapIsRead)
{
    // 1024 bytes is allowed: the request reaches routing (no such route: 404).
    const HttpResponse atCap =
        http().postRaw(QStringLiteral("/api/v1/nothing"), QByteArray(1024, 'a'), "text/plain");
    EXPECT_EQ(atCap.status, 404) << atCap;
    const HttpResponse over =
        http().postRaw(QStringLiteral("/api/v1/nothing"), QByteArray(1025, 'a'), "text/plain");
    EXPECT_EQ(over.status, 413) << over;
    EXPECT_EQ(over.errorCode(), QStringLiteral("body_too_large")) << over;
    EXPECT_TRUE(over.closedByServer || over.header("Connection").toLower() == "close") << over;

    // Refused from the announced length alone, before the body is sent.
    HttpConnection connection(baseUrl());
    ASSERT_TRUE(connection.connectToServer()) << connection.error().toStdString();
    ASSERT_TRUE(connection.send(QByteArrayLiteral("POST /api/v1/nothing HTTP/1.1\r\nHost: x\r\n"
                                                  "Content-Length: 10000000\r\n\r\n")));
    const HttpResponse early = connection.readResponse(5'000);
    EXPECT_EQ(early.status, 413) << early;
    EXPECT_TRUE(connection.waitForClose(5'000));
}

TEST_P(HttpProtectionsTest, ChunkedBodiesAndBadLengthsAreRefused)
{
    const HttpResponse chunked = sendRaw(
        baseUrl(), "POST /api/v1/nothing HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                   "\r\n5\r\nhello\r\n0\r\n\r\n");
    EXPECT_EQ(chunked.status, 411) << chunked;
    EXPECT_EQ(chunked.errorCode(), QStringLiteral("length_required")) << chunked;

    for (const QByteArray length : {"abc", "-1"}) {
        const HttpResponse r = sendRaw(baseUrl(), "POST /api/v1/nothing HTTP/1.1\r\nHost: x\r\n"
                                                  "Content-Length: " +
                                                      length + "\r\n\r\n");
        EXPECT_EQ(r.status, 400) << length.constData() << "\n" << r;
        EXPECT_EQ(r.errorCode(), QStringLiteral("bad_request")) << r;
    }
}

TEST_P(HttpProtectionsTest, HeadOverTheCapIs431)
{
    // Under the cap: answered normally.
    const HttpResponse small =
        http().get(QStringLiteral("/api/v1/nothing"), {{"X-Padding", QByteArray(1500, 'p')}});
    EXPECT_EQ(small.status, 404) << small;
    const HttpResponse big =
        http().get(QStringLiteral("/api/v1/nothing"), {{"X-Padding", QByteArray(2100, 'p')}});
    EXPECT_EQ(big.status, 431) << big;
    EXPECT_EQ(big.errorCode(), QStringLiteral("headers_too_large")) << big;
    // A head that never ends (no blank line) is refused too, not buffered forever.
    HttpConnection connection(baseUrl());
    ASSERT_TRUE(connection.connectToServer());
    QByteArray endless = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 100; ++i)
        endless += "X-Header-" + QByteArray::number(i) + ": " + QByteArray(40, 'v') + "\r\n";
    ASSERT_TRUE(connection.send(endless));
    const HttpResponse r = connection.readResponse(5'000);
    EXPECT_EQ(r.status, 431) << r;
}

TEST_P(HttpProtectionsTest, ConnectionsOverTheCapGet503AndAFreedPlaceIsUsable)
{
    std::vector<std::unique_ptr<HttpConnection>> open;
    for (int i = 0; i < 3; ++i) {
        open.push_back(std::make_unique<HttpConnection>(baseUrl()));
        ASSERT_TRUE(open.back()->connectToServer()) << open.back()->error().toStdString();
    }
    // The three hold their places: each can still be answered.
    ASSERT_TRUE(open[0]->send(QByteArrayLiteral("GET /x HTTP/1.1\r\nHost: x\r\n\r\n")));
    EXPECT_EQ(open[0]->readResponse(5'000).status, 404);

    const HttpResponse fourth = http().get(QStringLiteral("/x"));
    EXPECT_EQ(fourth.status, 503) << fourth;
    EXPECT_EQ(fourth.errorCode(), QStringLiteral("too_many_connections")) << fourth;

    open.front()->close();
    open.erase(open.begin());
    // The server notices the close on its own time: a new connection gets in soon.
    QElapsedTimer timer;
    timer.start();
    HttpResponse after;
    do {
        after = http().get(QStringLiteral("/x"));
    } while (after.status == 503 && timer.elapsed() < 5'000);
    EXPECT_EQ(after.status, 404) << after;
}

TEST_P(HttpProtectionsTest, SilentConnectionsAreClosedAfterTheIdleTimeout)
{
    HttpConnection silent(baseUrl());
    ASSERT_TRUE(silent.connectToServer());
    QElapsedTimer timer;
    timer.start();
    EXPECT_TRUE(silent.waitForClose(5'000)) << "still open after 5 s (idle timeout is 800 ms)";
    EXPECT_GE(timer.elapsed(), 700);
    EXPECT_TRUE(silent.pending().isEmpty()) << silent.pending().toStdString();

    // A head begun and never finished (slowloris) is closed the same way.
    HttpConnection slow(baseUrl());
    ASSERT_TRUE(slow.connectToServer());
    ASSERT_TRUE(slow.send(QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n")));
    EXPECT_TRUE(slow.waitForClose(5'000));

    // A kept-alive connection serves several requests, then closes once silent.
    HttpConnection kept(baseUrl());
    ASSERT_TRUE(kept.connectToServer());
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(kept.send(QByteArrayLiteral("GET /k HTTP/1.1\r\nHost: x\r\n\r\n")));
        const HttpResponse r = kept.readResponse(5'000);
        EXPECT_EQ(r.status, 404) << "request " << i << "\n" << r;
    }
    EXPECT_TRUE(kept.waitForClose(5'000));
}

TEST_P(HttpProtectionsTest, GarbageDoesNotHurtTheServer)
{
    const QList<QByteArray> garbage = {
        "\r\n\r\n",
        "NOT HTTP AT ALL\r\n\r\n",
        "GET\r\n\r\n",
        "GET / HTTP/9.9\r\n\r\n",
        QByteArray(3000, '\0'),
        "GET /%zz%00 HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 500000\r\n\r\nhello",
    };
    for (const QByteArray& bytes : garbage) {
        const HttpResponse r = sendRaw(baseUrl(), bytes, 3'000);
        // A 4xx, or the connection closed: never a 2xx, never a 5xx.
        if (r.status != 0) {
            EXPECT_GE(r.status, 400) << bytes.left(40).toStdString() << "\n" << r;
            EXPECT_LT(r.status, 500) << bytes.left(40).toStdString() << "\n" << r;
        }
        ASSERT_TRUE(server().isRunning()) << server().describe().toStdString();
    }
    EXPECT_EQ(http().get(QStringLiteral("/still/here")).status, 404);
}

RENTFLOW_BOTH_BACKENDS(HttpProtectionsTest);
