#include "Routes.h"

#include "ApiReply.h"
#include "RequestLog.h"
#include "Services.h"

#include <store/Uuid7.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <exception>

namespace rentflow::server {

namespace {

using Method = QHttpServerRequest::Method;

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}

// The caller's id when it is a sane token, else a new one.
QString requestIdOf(const QHttpServerRequest& request)
{
    static const QRegularExpression sane(QStringLiteral("^[A-Za-z0-9._-]{8,64}$"));
    const QString given = QString::fromLatin1(request.value(QByteArrayLiteral("X-Request-Id")));
    return sane.match(given).hasMatch() ? given : store::Uuid7::generate();
}

// The peer, or — when the peer is a trusted proxy — the right-most address in
// X-Forwarded-For that is not itself a trusted proxy.
QHostAddress clientIpOf(const QHttpServerRequest& request, const ServerConfig& config)
{
    QHostAddress client = request.remoteAddress();
    if (!config.isTrustedProxy(client))
        return client;
    const QList<QByteArray> hops = request.value(QByteArrayLiteral("X-Forwarded-For")).split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            break;
        client = address;
        if (!config.isTrustedProxy(address))
            break;
    }
    return client;
}

void addSecurityHeaders(QHttpServerResponse& response, const ServerConfig& config,
                        const QString& requestId)
{
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; frame-ancestors 'none'"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (config.tls())
        response.setHeader(QByteArrayLiteral("Strict-Transport-Security"),
                           QByteArrayLiteral("max-age=31536000; includeSubDomains"));
    response.setHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
}

// The Origin when it is one the public endpoints may answer; empty otherwise.
QByteArray allowedOrigin(const QHttpServerRequest& request, const ServerConfig& config)
{
    const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
    return !origin.isEmpty() && config.corsOrigins.contains(QString::fromLatin1(origin))
               ? origin
               : QByteArray();
}

} // namespace

Routes::Routes(QHttpServer& http, ServerDb& db, Services& services)
    : m_http(http), m_db(db), m_services(services)
{}

QHttpServerResponse Routes::answer(const QHttpServerRequest& request, const QString& method,
                                   const QString& route, Access access,
                                   const std::function<QHttpServerResponse(Call&)>& handler)
{
    const ServerConfig& config = m_services.config();
    Call call(request, m_db, m_services, requestIdOf(request), clientIpOf(request, config));
    QHttpServerResponse response(Status::InternalServerError);
    try {
        response = handler(call);
    } catch (const std::exception& error) {
        logEvent(QStringLiteral("error"), QStringLiteral("handler_threw"),
                 {{QStringLiteral("requestId"), call.requestId()},
                  {QStringLiteral("route"), route},
                  {QStringLiteral("what"), QString::fromLocal8Bit(error.what())}});
        response = errorReply(Status::InternalServerError, QStringLiteral("internal"),
                              QCoreApplication::translate("Routes", "The server failed."));
    }
    addSecurityHeaders(response, config, call.requestId());
    if (access == Access::Public)
        if (const QByteArray origin = allowedOrigin(request, config); !origin.isEmpty()) {
            response.setHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
            response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
            response.setHeader(QByteArrayLiteral("Access-Control-Expose-Headers"),
                               QByteArrayLiteral("Retry-After, X-RateLimit-Limit, "
                                                 "X-RateLimit-Remaining, X-RateLimit-Reset, "
                                                 "X-Request-Id"));
        }
    const int status = int(response.statusCode());
    const double seconds = call.elapsedSeconds();
    m_services.metrics().recordRequest(method, route, status, seconds);
    logEvent(status >= 500 ? QStringLiteral("error") : QStringLiteral("info"),
             QStringLiteral("request"),
             {{QStringLiteral("requestId"), call.requestId()},
              {QStringLiteral("method"), method},
              {QStringLiteral("route"), route},
              {QStringLiteral("status"), status},
              {QStringLiteral("ms"), call.elapsedMs()}});
    return response;
}

void Routes::add(Method method, const QString& path, Handler handler, Access access)
{
    const QString name = methodName(method);
    m_http.route(path, method,
                 [this, name, path, access, handler](const QHttpServerRequest& request) {
                     return answer(request, name, path, access, handler);
                 });
    if (access == Access::Public) {
        addPreflight(path, false);
        m_publicMethods[path].append(name);
    }
}

void Routes::addWithId(Method method, const QString& path, IdHandler handler, Access access)
{
    const QString name = methodName(method);
    m_http.route(
        path, method,
        [this, name, path, access, handler](const QString& id, const QHttpServerRequest& request) {
            return answer(request, name, path, access,
                          [&](Call& call) { return handler(call, id); });
        });
    if (access == Access::Public) {
        addPreflight(path, true);
        m_publicMethods[path].append(name);
    }
}

// OPTIONS for a public path: 204 with what the origin may send, or 403 for an origin that
// is not configured.
void Routes::addPreflight(const QString& path, bool withId)
{
    if (m_publicMethods.contains(path))
        return;
    const auto preflight = [this, path](const QHttpServerRequest& request) {
        return answer(request, QStringLiteral("OPTIONS"), path, Access::Public, [&](Call&) {
            if (allowedOrigin(request, m_services.config()).isEmpty())
                return errorReply(
                    Status::Forbidden, QStringLiteral("origin_not_allowed"),
                    QCoreApplication::translate("Routes", "This origin may not call the API."));
            QHttpServerResponse reply(Status::NoContent);
            reply.setHeader(QByteArrayLiteral("Access-Control-Allow-Methods"),
                            (m_publicMethods.value(path) + QStringList{QStringLiteral("OPTIONS")})
                                .join(QStringLiteral(", "))
                                .toLatin1());
            reply.setHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                            QByteArrayLiteral("Content-Type, X-Request-Id"));
            reply.setHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
            return reply;
        });
    };
    if (withId)
        m_http.route(path, Method::Options,
                     [preflight](const QString&, const QHttpServerRequest& request) {
                         return preflight(request);
                     });
    else
        m_http.route(path, Method::Options, preflight);
}

void Routes::get(const QString& path, Handler handler, Access access)
{
    add(Method::Get, path, std::move(handler), access);
}
void Routes::get(const QString& path, IdHandler handler, Access access)
{
    addWithId(Method::Get, path, std::move(handler), access);
}
void Routes::post(const QString& path, Handler handler, Access access)
{
    add(Method::Post, path, std::move(handler), access);
}
void Routes::post(const QString& path, IdHandler handler, Access access)
{
    addWithId(Method::Post, path, std::move(handler), access);
}
void Routes::put(const QString& path, IdHandler handler, Access access)
{
    addWithId(Method::Put, path, std::move(handler), access);
}
void Routes::patch(const QString& path, IdHandler handler, Access access)
{
    addWithId(Method::Patch, path, std::move(handler), access);
}
void Routes::del(const QString& path, IdHandler handler, Access access)
{
    addWithId(Method::Delete, path, std::move(handler), access);
}
void Routes::del(const QString& path, Handler handler, Access access)
{
    add(Method::Delete, path, std::move(handler), access);
}

} // namespace rentflow::server
