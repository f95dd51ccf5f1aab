// POST /api/v1/auth/forgot-password, /reset-password.
#include "server/auth/FlowSupport.h"
#include "server/auth/PasswordPolicy.h"
#include "server/auth/RefreshTokens.h"
#include "server/mail/MailQueue.h"
#include "server/storage/AuditLog.h"

#include <store/Uuid7.h>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

namespace rentflow::server::auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Auth", text);
}

using Reply = StoreResult<QHttpServerResponse>;

const QString kForgotKind = QStringLiteral("forgot");

QHttpServerResponse accepted()
{
    // The same words whether or not the address has an account.
    return jsonReply({{QStringLiteral("message"),
                       tr("If an account uses that email, a link to reset its password is on "
                          "its way.")}},
                     Status::Accepted);
}

} // namespace

QHttpServerResponse forgotPassword(Env& env, const QJsonObject& body)
{
    FieldErrors errors;
    const QString email = normaliseEmail(stringField(body, "email", errors, true, 255));
    if (!errors.contains(QStringLiteral("email")))
        if (const QString why = emailError(email); !why.isEmpty())
            errors.insert(QStringLiteral("email"), why);
    if (!errors.isEmpty())
        return invalidInput(errors);
    const QString key = clientKey(env);
    return settle("forgot-password", env.db.transaction([&]() -> Reply {
        auto throttle = checkThrottle(env.db, env.ctx, kForgotKind, key,
                                      env.ctx.scaledLimit(AuthContext::kForgotPerIp),
                                      AuthContext::kForgotWindowSeconds);
        if (!throttle)
            return throttle.error();
        if (throttle.value().blocked)
            return tooManyAttempts(throttle.value().retryAfterSeconds,
                                   tr("Too many reset requests from here; try again later."));
        // Every request counts, found or not (seed §5.3: 3 per hour per IP).
        if (auto recorded = recordAttempt(env.db, env.ctx, kForgotKind, key); !recorded)
            return recorded.error();
        auto user = findUserByEmail(env.db, email);
        if (!user)
            return user.error();
        if (!user.value() || user.value()->status != QLatin1String("active"))
            return accepted();
        // The user's used or expired links go: only live ones are worth a row.
        auto pruned = env.db.exec(QStringLiteral("DELETE FROM password_reset_tokens WHERE "
                                                 "user_id = ? AND (used_at IS NOT NULL OR "
                                                 "expires_at <= ?)"),
                                  {user.value()->id, AuthContext::iso(env.ctx.now())});
        if (!pruned)
            return pruned.error();
        const QByteArray token = RefreshTokens::generate();
        if (token.isEmpty())
            return StoreError{StoreError::Code::Database, QStringLiteral("no random bytes")};
        const QDateTime now = env.ctx.now();
        auto stored =
            env.db.exec(QStringLiteral("INSERT INTO password_reset_tokens(id, user_id, token_hash, "
                                       "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
                        {store::Uuid7::generate(), user.value()->id,
                         QString::fromLatin1(RefreshTokens::hash(token)), AuthContext::iso(now),
                         AuthContext::iso(now.addSecs(AuthContext::kResetTokenSeconds))});
        if (!stored)
            return stored.error();
        const QString link = env.ctx.publicBaseUrl() + QStringLiteral("/reset-password?token=") +
                             QString::fromLatin1(token);
        auto mailed = enqueueMail(
            env.db, QStringLiteral("password_reset"), user.value()->email,
            {{QStringLiteral("resetUrl"), link},
             {QStringLiteral("expiresInMinutes"), AuthContext::kResetTokenSeconds / 60}});
        if (!mailed)
            return mailed.error();
        if (auto audited = auditWrite(env.db, {user.value()->id,
                                               QStringLiteral("user.password_reset_request"),
                                               QStringLiteral("user"),
                                               user.value()->id,
                                               env.client.requestId,
                                               {}});
            !audited)
            return audited.error();
        return accepted();
    }));
}

QHttpServerResponse resetPassword(Env& env, const QJsonObject& body)
{
    FieldErrors errors;
    const QString token = stringField(body, "token", errors, true, 100);
    const QString password = stringField(body, "password", errors, true, 1024);
    if (!errors.contains(QStringLiteral("password")))
        if (const QString why = passwordPolicyError(password); !why.isEmpty())
            errors.insert(QStringLiteral("password"), why);
    if (!errors.isEmpty())
        return invalidInput(errors);
    const auto badToken = [] {
        return errorReply(Status::BadRequest, QStringLiteral("invalid_token"),
                          tr("This reset link is wrong, used or expired; ask for a new one."),
                          {{QStringLiteral("token"), QStringLiteral("is not valid")}});
    };
    if (!RefreshTokens::wellFormed(token.toLatin1()))
        return badToken();
    const auto hashed = env.ctx.hasher().hash(password);
    if (!hashed)
        return errorReply(Status::ServiceUnavailable, QStringLiteral("busy"),
                          tr("The server is short of memory; try again."));
    return settle("reset-password", env.db.transaction([&]() -> Reply {
        const QString now = AuthContext::iso(env.ctx.now());
        const QString tokenHash = QString::fromLatin1(RefreshTokens::hash(token.toLatin1()));
        auto found = env.db.scalar(QStringLiteral("SELECT user_id FROM password_reset_tokens "
                                                  "WHERE token_hash = ? AND used_at IS NULL "
                                                  "AND expires_at > ?"),
                                   {tokenHash, now});
        if (!found)
            return found.error();
        const QString userId = found.value().toString();
        if (userId.isEmpty())
            return badToken();
        // Used once: of two requests with one link, one changes the password.
        auto used = env.db.exec(QStringLiteral("UPDATE password_reset_tokens SET used_at = ? "
                                               "WHERE token_hash = ? AND used_at IS NULL"),
                                {now, tokenHash});
        if (!used)
            return used.error();
        if (used.value().numRowsAffected() != 1)
            return badToken();
        auto updated = env.db.exec(
            QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                           "failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?"),
            {QString::fromLatin1(*hashed), now, now, userId});
        if (!updated)
            return updated.error();
        // Other reset links of the user die with this one.
        auto others = env.db.exec(QStringLiteral("UPDATE password_reset_tokens SET used_at = ? "
                                                 "WHERE user_id = ? AND used_at IS NULL"),
                                  {now, userId});
        if (!others)
            return others.error();
        auto revoked = revokeUserSessions(env.db, env.ctx, userId, QString());
        if (!revoked)
            return revoked.error();
        if (auto audited =
                auditWrite(env.db, {userId,
                                    QStringLiteral("user.password_reset"),
                                    QStringLiteral("user"),
                                    userId,
                                    env.client.requestId,
                                    {{QStringLiteral("sessionsRevoked"), revoked.value()}}});
            !audited)
            return audited.error();
        return jsonReply(
            {{QStringLiteral("message"), tr("Password changed; sign in with the new one.")},
             {QStringLiteral("sessionsRevoked"), revoked.value()}});
    }));
}

} // namespace rentflow::server::auth
