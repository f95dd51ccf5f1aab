#pragma once

#include "Principal.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rentflow::server {

class ServerDb;
class Services;
struct ServerConfig;

// One request being answered, on the worker thread that received it. Checks that can
// refuse the request (a bad body, no token, a role too low) return nothing and keep the
// reply that says why: `if (!body) return call.refusal();`.
class Call
{
public:
    Call(const QHttpServerRequest& request, ServerDb& db, Services& services, QString requestId,
         QHostAddress clientIp);

    const QHttpServerRequest& request;

    ServerDb& db() { return m_db; }
    Services& services() { return m_services; }
    const ServerConfig& config() const;
    const QString& requestId() const { return m_requestId; }
    // The client's address: the peer's, or from X-Forwarded-For when the peer is a
    // trusted proxy.
    const QHostAddress& clientIp() const { return m_clientIp; }
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    double elapsedSeconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }

    // The body as a JSON object. Refusals: 415 when it is not sent as application/json,
    // 400 invalid_json (with where) when it does not parse or is not an object.
    std::optional<QJsonObject> jsonBody();

    // The signed-in user, or nullptr (no token, or one refused: the refusal says why).
    const Principal* principal();
    // The principal when its role is `needed` or higher; else nullptr with 401 or 403.
    const Principal* requireRole(Role needed);

    // The reply of the last refused check. Call it once, right after the refusal.
    QHttpServerResponse refusal();

private:
    void refuse(QHttpServerResponse&& reply);

    ServerDb& m_db;
    Services& m_services;
    QString m_requestId;
    QHostAddress m_clientIp;
    QElapsedTimer m_timer;
    bool m_authenticated = false;
    std::optional<Principal> m_principal;
    std::optional<QHttpServerResponse> m_refusal;
    std::optional<QHttpServerResponse> m_authRefusal;
};

} // namespace rentflow::server
