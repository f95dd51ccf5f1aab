#pragma once

#include "server/http/Principal.h"
#include "server/http/Services.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace rentflow::server {

class AuthContext;
class ServerDb;

// The auth endpoints' work (SPEC §8.2), apart from HTTP so that tests can drive it with
// a database and a clock: each takes the parsed body and the signed-in principal and
// returns the reply. AuthArea.cpp adds the routes that call them.
namespace auth {

// Who is asking: for the per-IP limits, the session's device, and the audit trail. The
// IP is only ever stored as a keyed hash.
struct Client
{
    QString ip;
    QString userAgent;
    QString requestId;
};

struct Env
{
    ServerDb& db;
    const AuthContext& ctx;
    Client client;
};

// POST /api/v1/auth/login, /refresh (no access token needed); /logout.
QHttpServerResponse login(Env& env, const QJsonObject& body);
QHttpServerResponse refresh(Env& env, const QJsonObject& body);
QHttpServerResponse logout(Env& env, const Principal& who);

// GET /api/v1/auth/me, POST /change-password, GET /sessions, DELETE /sessions/<id>,
// GET /organisation/users (admin and above).
QHttpServerResponse me(Env& env, const Principal& who);
QHttpServerResponse changePassword(Env& env, const Principal& who, const QJsonObject& body);
QHttpServerResponse listSessions(Env& env, const Principal& who);
QHttpServerResponse revokeSession(Env& env, const Principal& who, const QString& sessionId);
QHttpServerResponse listOrganisationUsers(Env& env, const Principal& who);

// POST /api/v1/auth/mfa/enable, /mfa/verify, /mfa/disable.
QHttpServerResponse mfaEnable(Env& env, const Principal& who);
QHttpServerResponse mfaVerify(Env& env, const Principal& who, const QJsonObject& body);
QHttpServerResponse mfaDisable(Env& env, const Principal& who, const QJsonObject& body);

// POST /api/v1/auth/forgot-password, /reset-password (no access token needed).
QHttpServerResponse forgotPassword(Env& env, const QJsonObject& body);
QHttpServerResponse resetPassword(Env& env, const QJsonObject& body);

// The "Authorization: Bearer <token>" header's principal: the token verified, then its
// session looked up (a revoked session, a suspended or deleted user: refused). Role and
// organisation come from the database, so a change applies at once.
Authentication authenticateBearer(const ServerDb& db, const AuthContext& ctx,
                                  const QByteArray& authorization);

} // namespace auth
} // namespace rentflow::server
