#include "server/auth/Authenticator.h"

#include "server/auth/AuthContext.h"
#include "server/auth/AuthFlows.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestLog.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rentflow::server::auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Auth", text);
}

Authentication refused(const QString& code, const QString& message)
{
    QHttpServerResponse reply = errorReply(Status::Unauthorized, code, message);
    // RFC 6750 §3: what a client needs to know to get a new token.
    reply.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                    QByteArrayLiteral("Bearer realm=\"rentflow\", error=\"invalid_token\""));
    return Authentication{std::nullopt, std::move(reply)};
}

} // namespace

Authentication authenticateBearer(const ServerDb& db, const AuthContext& ctx,
                                  const QByteArray& authorization)
{
    if (authorization.isEmpty())
        return Authentication{}; // no token: Call says "sign in first"
    const QByteArray scheme = authorization.left(7);
    if (scheme.compare("Bearer ", Qt::CaseInsensitive) != 0)
        return refused(QStringLiteral("invalid_token"),
                       tr("Send the access token as 'Authorization: Bearer <token>'."));
    const QByteArray token = authorization.mid(7).trimmed();
    const auto verified = ctx.tokens().verify(token, ctx.now().toSecsSinceEpoch());
    if (const auto* refusal = std::get_if<AccessTokens::Refusal>(&verified)) {
        const bool expired = *refusal == AccessTokens::Refusal::Expired;
        return refused(expired ? QStringLiteral("token_expired") : QStringLiteral("invalid_token"),
                       AccessTokens::refusalText(*refusal));
    }
    const AccessClaims& claims = std::get<AccessClaims>(verified);
    auto row = db.exec(QStringLiteral("SELECT s.revoked_at, u.status, u.role, u.organisation_id "
                                      "FROM sessions s JOIN users u ON u.id = s.user_id "
                                      "WHERE s.id = ? AND s.user_id = ?"),
                       {claims.sessionId, claims.userId});
    if (!row) {
        logEvent(QStringLiteral("error"), QStringLiteral("auth.database"),
                 {{QStringLiteral("flow"), QStringLiteral("authenticate")},
                  {QStringLiteral("code"), QLatin1String(row.error().codeName())}});
        return Authentication{std::nullopt, databaseFailure()};
    }
    QSqlQuery& q = row.value();
    if (!q.next() || !q.value(0).isNull() || q.value(1).toString() != QLatin1String("active"))
        return refused(QStringLiteral("session_revoked"),
                       tr("This sign-in has ended; sign in again."));
    const auto role = roleFromName(q.value(2).toString());
    if (!role)
        return refused(QStringLiteral("session_revoked"),
                       tr("This sign-in has ended; sign in again."));
    Principal who;
    who.userId = claims.userId;
    who.sessionId = claims.sessionId;
    who.role = *role;
    who.organisationId = q.value(3).toString();
    return Authentication{who, std::nullopt};
}

} // namespace rentflow::server::auth
