#include "server/auth/FlowSupport.h"

#include "server/auth/RefreshTokens.h"
#include "server/auth/SecretBox.h"
#include "server/http/RequestLog.h"

#include <QCoreApplication>

namespace rentflow::server::auth {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Auth", text);
}
} // namespace

QString stringField(const QJsonObject& body, const char* name, FieldErrors& errors, bool required,
                    int maxLength)
{
    const QString key = QLatin1String(name);
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors.insert(key, QStringLiteral("is required"));
        return {};
    }
    if (!value.isString()) {
        errors.insert(key, QStringLiteral("must be a string"));
        return {};
    }
    const QString text = value.toString();
    if (required && text.isEmpty()) {
        errors.insert(key, QStringLiteral("is required"));
        return {};
    }
    if (text.size() > maxLength) {
        errors.insert(key, QStringLiteral("is too long (%1 characters at most)").arg(maxLength));
        return {};
    }
    return text;
}

QHttpServerResponse tooManyAttempts(int retryAfterSeconds, const QString& message)
{
    return withHeader(errorReply(Status::TooManyRequests, QStringLiteral("rate_limited"), message),
                      QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
}

QHttpServerResponse databaseError(const char* flow, const StoreError& error)
{
    logEvent(QStringLiteral("error"), QStringLiteral("auth.database"),
             {{QStringLiteral("flow"), QLatin1String(flow)},
              {QStringLiteral("code"), QLatin1String(error.codeName())}});
    return databaseFailure();
}

QHttpServerResponse settle(const char* flow, StoreResult<QHttpServerResponse>&& result)
{
    if (!result)
        return databaseError(flow, result.error());
    return result.take();
}

QString clientKey(const Env& env)
{
    return env.ctx.box().keyedHash(env.client.ip.toUtf8());
}

QHttpServerResponse tokenReply(const Env& env, const UserRecord& user, const QString& sessionId,
                               const QByteArray& refreshToken)
{
    AccessClaims claims;
    claims.userId = user.id;
    claims.organisationId = user.organisationId;
    claims.role = user.role;
    claims.sessionId = sessionId;
    const QByteArray access = env.ctx.tokens().issue(claims, env.ctx.now().toSecsSinceEpoch());
    if (access.isEmpty())
        return errorReply(Status::InternalServerError, QStringLiteral("signing"),
                          tr("The server could not sign an access token."));
    return jsonReply({{QStringLiteral("accessToken"), QString::fromLatin1(access)},
                      {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                      {QStringLiteral("expiresIn"), AccessTokens::kLifetimeSeconds},
                      {QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken)},
                      {QStringLiteral("refreshExpiresIn"), RefreshTokens::kLifetimeSeconds},
                      {QStringLiteral("sessionId"), sessionId},
                      {QStringLiteral("user"), userJson(user)}});
}

namespace {
const QString kGuessKind = QStringLiteral("guess");
QString guessKey(const Env& env, const QString& userId)
{
    return env.ctx.box().keyedHash("user:" + userId.toUtf8());
}
} // namespace

StoreResult<std::optional<QHttpServerResponse>> guessesBlocked(const Env& env,
                                                               const QString& userId)
{
    auto throttle = checkThrottle(env.db, env.ctx, kGuessKind, guessKey(env, userId),
                                  env.ctx.scaledLimit(AuthContext::kLoginFailuresPerIp),
                                  AuthContext::kLoginWindowSeconds);
    if (!throttle)
        return throttle.error();
    if (!throttle.value().blocked)
        return std::optional<QHttpServerResponse>();
    return std::optional<QHttpServerResponse>(
        tooManyAttempts(throttle.value().retryAfterSeconds,
                        tr("Too many wrong passwords or codes; try again later.")));
}

StoreResult<QHttpServerResponse> wrongGuess(const Env& env, const QString& userId,
                                            QHttpServerResponse reply)
{
    if (auto recorded = recordAttempt(env.db, env.ctx, kGuessKind, guessKey(env, userId));
        !recorded)
        return recorded.error();
    return reply;
}

StoreResult<OwnPasswordCheck> checkOwnPassword(const Env& env, const QString& userId,
                                               const QString& password)
{
    auto user = findUserById(env.db, userId);
    if (!user)
        return user.error();
    OwnPasswordCheck check;
    if (user.value()) {
        check.hash = user.value()->passwordHash;
        check.matches = env.ctx.hasher().verify(check.hash, password);
    }
    return check;
}

bool stillMatches(const Env& env, const OwnPasswordCheck& check, const UserRecord& user,
                  const QString& password)
{
    if (user.passwordHash == check.hash)
        return check.matches;
    return env.ctx.hasher().verify(user.passwordHash, password);
}

QHttpServerResponse invalidCredentials()
{
    return errorReply(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                      tr("The email or password is wrong."));
}

QHttpServerResponse userGone()
{
    return errorReply(Status::Unauthorized, QStringLiteral("session_revoked"),
                      tr("This sign-in has ended; sign in again."));
}

QHttpServerResponse withHeader(QHttpServerResponse reply, const QByteArray& name,
                               const QByteArray& value)
{
    reply.setHeader(name, value);
    return reply;
}

} // namespace rentflow::server::auth
