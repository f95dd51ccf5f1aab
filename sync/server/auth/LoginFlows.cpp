// POST /api/v1/auth/login, /refresh, /logout.
#include "server/auth/FlowSupport.h"
#include "server/auth/PasswordPolicy.h"
#include "server/auth/RefreshTokens.h"
#include "server/auth/SecretBox.h"
#include "server/auth/Totp.h"
#include "server/storage/AuditLog.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rentflow::server::auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Auth", text);
}

const QString kLoginKind = QStringLiteral("login");

using Reply = StoreResult<QHttpServerResponse>;

store::StoreStatus audit(const Env& env, const QString& actor, const QString& action,
                         const QString& entity, const QString& entityId,
                         const QJsonObject& details = {})
{
    return auditWrite(env.db, {actor, action, entity, entityId, env.client.requestId, details});
}

// A wrong password or code on a known account: one more failure in a row; the tenth locks
// the account for 15 minutes (and starts the count again).
store::StoreStatus countAccountFailure(const Env& env, const UserRecord& user)
{
    const QDateTime now = env.ctx.now();
    const bool lock = user.failedLogins + 1 >= AuthContext::kLockoutFailures;
    auto updated = env.db.exec(
        QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ?, updated_at = ? "
                       "WHERE id = ?"),
        {lock ? 0 : user.failedLogins + 1,
         lock ? QVariant(AuthContext::iso(now.addSecs(AuthContext::kLockoutSeconds)))
              : (user.lockedUntil.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(user.lockedUntil)),
         AuthContext::iso(now), user.id});
    if (!updated)
        return updated.error();
    return audit(env, user.id,
                 lock ? QStringLiteral("user.locked") : QStringLiteral("user.login_failed"),
                 QStringLiteral("user"), user.id);
}

// Argon2id is the slow part of a sign-in (about 0.1 s): it runs before the transaction, so
// that no lock (SQLite's write lock, above all) is held while it does.
struct PasswordCheck
{
    QByteArray checkedHash; // the hash the password was checked against
    bool matches = false;
    QVariant newHash{QMetaType(QMetaType::QString)}; // a rehash under today's limits, or null
};

PasswordCheck checkPassword(const Env& env, const std::optional<UserRecord>& user,
                            const QString& password)
{
    PasswordCheck check;
    if (!user || user->status != QLatin1String("active")) {
        env.ctx.hasher().verifyDummy(password); // the same time as a real check
        return check;
    }
    check.checkedHash = user->passwordHash;
    check.matches = env.ctx.hasher().verify(user->passwordHash, password);
    if (check.matches && env.ctx.hasher().needsRehash(user->passwordHash)) {
        if (auto rehashed = env.ctx.hasher().hash(password))
            check.newHash = QString::fromLatin1(*rehashed);
    }
    return check;
}

// The reply refusing a sign-in, the failure counted against the client's address.
Reply refuseLogin(const Env& env, const QString& key, QHttpServerResponse reply)
{
    if (auto recorded = recordAttempt(env.db, env.ctx, kLoginKind, key); !recorded)
        return recorded.error();
    return reply;
}

// 423 while the account is locked.
std::optional<QHttpServerResponse> lockedReply(const UserRecord& user, const QDateTime& now)
{
    if (user.lockedUntil.isEmpty())
        return std::nullopt;
    const QDateTime until = AuthContext::parseIso(user.lockedUntil);
    if (until <= now)
        return std::nullopt;
    const qint64 wait = qMax<qint64>(1, (now.msecsTo(until) + 999) / 1000);
    return withHeader(errorReply(Status::Locked, QStringLiteral("account_locked"),
                                 tr("This account is locked after too many failed sign-ins; try "
                                    "again later or reset the password.")),
                      QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
}

// The second factor of an account with MFA on: nullopt when the code is right (its step is
// claimed with a guarded update, so of two sign-ins with one code one wins), else the reply.
std::optional<Reply> secondFactorRefusal(const Env& env, const UserRecord& user,
                                         const QString& totp, const QString& key,
                                         const QDateTime& now)
{
    if (totp.isEmpty()) {
        // The password was right: not a failure. The client asks for the code and sends both
        // again.
        return Reply(
            jsonReply({{QStringLiteral("mfaRequired"), true},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("mfa_required")},
                                    {QStringLiteral("message"),
                                     tr("Enter the code from your authenticator app.")}}}},
                      Status::Unauthorized));
    }
    const auto secret = env.ctx.box().open(user.mfaSecret);
    if (!secret)
        return Reply(
            StoreError{StoreError::Code::Database,
                       QStringLiteral("an MFA secret does not open with this server's key")});
    const auto step = Totp::verify(*secret, totp, now.toSecsSinceEpoch(), user.mfaLastStep);
    if (step) {
        auto updated = env.db.exec(QStringLiteral("UPDATE users SET mfa_last_step = ? "
                                                  "WHERE id = ? AND mfa_last_step < ?"),
                                   {*step, user.id, *step});
        if (!updated)
            return Reply(updated.error());
        if (updated.value().numRowsAffected() == 1)
            return std::nullopt;
    }
    if (auto counted = countAccountFailure(env, user); !counted)
        return Reply(counted.error());
    return refuseLogin(env, key,
                       errorReply(Status::Unauthorized, QStringLiteral("invalid_mfa_code"),
                                  tr("The authenticator code is wrong or already used.")));
}

// The sign-in succeeded: counters reset, a session started, the tokens issued.
Reply completeLogin(Env& env, UserRecord user, const PasswordCheck& check,
                    const QString& deviceName, const QDateTime& now)
{
    user.lastLoginAt = AuthContext::iso(now);
    auto updated =
        env.db.exec(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, "
                                   "last_login_at = ?, updated_at = ?, "
                                   "password_hash = COALESCE(?, password_hash) WHERE id = ?"),
                    {user.lastLoginAt, user.lastLoginAt, check.newHash, user.id});
    if (!updated)
        return updated.error();
    auto session = startSession(env.db, env.ctx, user.id, deviceName, env.client.userAgent);
    if (!session)
        return session.error();
    if (auto audited = audit(env, user.id, QStringLiteral("user.login"), QStringLiteral("session"),
                             session.value().sessionId);
        !audited)
        return audited.error();
    return tokenReply(env, user, session.value().sessionId, session.value().refreshToken);
}

Reply loginInTransaction(Env& env, const QString& email, const QString& password,
                         PasswordCheck check, const QString& totp, const QString& deviceName)
{
    const QString key = clientKey(env);
    auto throttle = checkThrottle(env.db, env.ctx, kLoginKind, key,
                                  env.ctx.scaledLimit(AuthContext::kLoginFailuresPerIp),
                                  AuthContext::kLoginWindowSeconds);
    if (!throttle)
        return throttle.error();
    if (throttle.value().blocked)
        return tooManyAttempts(throttle.value().retryAfterSeconds,
                               tr("Too many failed sign-ins from here; try again later."));
    auto found = findUserByEmail(env.db, email);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->status != QLatin1String("active"))
        return refuseLogin(env, key, invalidCredentials());
    const UserRecord& user = *found.value();
    // The password changed between the check and this transaction (rare): check again.
    if (user.passwordHash != check.checkedHash)
        check = checkPassword(env, user, password);
    const QDateTime now = env.ctx.now();
    if (auto locked = lockedReply(user, now))
        return refuseLogin(env, key, std::move(*locked));
    if (!check.matches) {
        if (auto counted = countAccountFailure(env, user); !counted)
            return counted.error();
        return refuseLogin(env, key, invalidCredentials());
    }
    if (user.mfaEnabled) {
        if (auto refused = secondFactorRefusal(env, user, totp, key, now))
            return std::move(*refused);
    }
    return completeLogin(env, user, check, deviceName, now);
}

// Revokes every token of the family and its session: a used token came back.
store::StoreStatus revokeFamily(const Env& env, const QString& familyId, const QString& sessionId,
                                const QString& userId)
{
    auto revoked = env.db.exec(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? "
                                              "WHERE family_id = ? AND revoked_at IS NULL"),
                               {AuthContext::iso(env.ctx.now()), familyId});
    if (!revoked)
        return revoked.error();
    if (auto session = revokeSession(env.db, env.ctx, sessionId); !session)
        return session.error();
    return audit(env, userId, QStringLiteral("session.refresh_reused"), QStringLiteral("session"),
                 sessionId);
}

QHttpServerResponse refreshRefused(const QString& code, const QString& message)
{
    return errorReply(Status::Unauthorized, code, message);
}

Reply refreshInTransaction(Env& env, const QByteArray& token)
{
    auto found = env.db.exec(QStringLiteral("SELECT id, family_id, session_id, user_id, "
                                            "expires_at, used_at, revoked_at FROM refresh_tokens "
                                            "WHERE token_hash = ?"),
                             {QString::fromLatin1(RefreshTokens::hash(token))});
    if (!found)
        return found.error();
    QSqlQuery& row = found.value();
    if (!row.next())
        return refreshRefused(QStringLiteral("invalid_refresh_token"),
                              tr("The refresh token is not known; sign in again."));
    const QString id = row.value(0).toString();
    const QString familyId = row.value(1).toString();
    const QString sessionId = row.value(2).toString();
    const QString userId = row.value(3).toString();
    RefreshTokens::Stored stored;
    stored.expiresAt = AuthContext::parseIso(row.value(4).toString()).toSecsSinceEpoch();
    stored.used = !row.value(5).toString().isEmpty();
    stored.revoked = !row.value(6).toString().isEmpty();
    const QDateTime now = env.ctx.now();

    auto reused = [&]() -> Reply {
        if (auto revoked = revokeFamily(env, familyId, sessionId, userId); !revoked)
            return revoked.error();
        return refreshRefused(QStringLiteral("refresh_token_reused"),
                              tr("This refresh token was already used; every token of its "
                                 "sign-in is now revoked. Sign in again."));
    };
    switch (RefreshTokens::decide(stored, now.toSecsSinceEpoch())) {
    case RefreshTokens::Decision::ReuseDetected:
        return reused();
    case RefreshTokens::Decision::Revoked:
        return refreshRefused(QStringLiteral("refresh_token_revoked"),
                              tr("This sign-in has ended; sign in again."));
    case RefreshTokens::Decision::Expired:
        return refreshRefused(QStringLiteral("refresh_token_expired"),
                              tr("The refresh token has expired; sign in again."));
    case RefreshTokens::Decision::Rotate:
        break;
    }
    // Claimed with a guarded update: of two requests with one token, the second is a reuse.
    auto claimed = env.db.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE id = ? "
                                              "AND used_at IS NULL AND revoked_at IS NULL"),
                               {AuthContext::iso(now), id});
    if (!claimed)
        return claimed.error();
    if (claimed.value().numRowsAffected() != 1)
        return reused();

    auto user = findUserById(env.db, userId);
    if (!user)
        return user.error();
    auto session =
        env.db.exec(QStringLiteral("SELECT revoked_at FROM sessions WHERE id = ?"), {sessionId});
    if (!session)
        return session.error();
    const bool sessionLive = session.value().next() && session.value().value(0).isNull();
    if (!user.value() || user.value()->status != QLatin1String("active") || !sessionLive) {
        if (auto revoked = revokeSession(env.db, env.ctx, sessionId); !revoked)
            return revoked.error();
        return refreshRefused(QStringLiteral("refresh_token_revoked"),
                              tr("This sign-in has ended; sign in again."));
    }
    auto next = issueRefreshToken(env.db, env.ctx, userId, sessionId, familyId);
    if (!next)
        return next.error();
    auto touched = env.db.exec(QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE id = ?"),
                               {AuthContext::iso(now), sessionId});
    if (!touched)
        return touched.error();
    return tokenReply(env, *user.value(), sessionId, next.value());
}

} // namespace

QHttpServerResponse login(Env& env, const QJsonObject& body)
{
    FieldErrors errors;
    const QString email = normaliseEmail(stringField(body, "email", errors, true, 255));
    // Longer than the policy allows is still checked (an old password), but bounded.
    const QString password = stringField(body, "password", errors, true, 1024);
    const QString totp = stringField(body, "totp", errors, false, 16);
    const QString deviceName = stringField(body, "deviceName", errors, false, 100);
    if (!errors.isEmpty())
        return invalidInput(errors);
    // A blocked address is refused before any hashing; the transaction checks again.
    const QString key = clientKey(env);
    auto early = checkThrottle(env.db, env.ctx, kLoginKind, key,
                               env.ctx.scaledLimit(AuthContext::kLoginFailuresPerIp),
                               AuthContext::kLoginWindowSeconds, false);
    if (!early)
        return databaseError("login", early.error());
    if (early.value().blocked)
        return tooManyAttempts(early.value().retryAfterSeconds,
                               tr("Too many failed sign-ins from here; try again later."));
    auto found = findUserByEmail(env.db, email);
    if (!found)
        return databaseError("login", found.error());
    const PasswordCheck check = checkPassword(env, found.value(), password);
    return settle("login", env.db.transaction([&] {
        return loginInTransaction(env, email, password, check, totp.trimmed(),
                                  deviceName.trimmed());
    }));
}

QHttpServerResponse refresh(Env& env, const QJsonObject& body)
{
    FieldErrors errors;
    const QString token = stringField(body, "refreshToken", errors, true, 100);
    if (!errors.isEmpty())
        return invalidInput(errors);
    if (!RefreshTokens::wellFormed(token.toLatin1()))
        return refreshRefused(QStringLiteral("invalid_refresh_token"),
                              tr("The refresh token is not known; sign in again."));
    return settle("refresh",
                  env.db.transaction([&] { return refreshInTransaction(env, token.toLatin1()); }));
}

QHttpServerResponse logout(Env& env, const Principal& who)
{
    return settle("logout", env.db.transaction([&]() -> Reply {
        auto revoked = revokeSession(env.db, env.ctx, who.sessionId);
        if (!revoked)
            return revoked.error();
        if (auto audited = audit(env, who.userId, QStringLiteral("user.logout"),
                                 QStringLiteral("session"), who.sessionId);
            !audited)
            return audited.error();
        return noContent();
    }));
}

} // namespace rentflow::server::auth
