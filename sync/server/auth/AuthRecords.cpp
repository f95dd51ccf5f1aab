#include "server/auth/AuthRecords.h"

#include "server/auth/AuthContext.h"
#include "server/auth/RefreshTokens.h"

#include <store/Uuid7.h>

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cmath>

namespace rentflow::server::auth {

namespace {

const QString kUserColumns = QStringLiteral(
    "id, organisation_id, email, password_hash, role, status, failed_logins, locked_until, "
    "mfa_enabled, mfa_secret, mfa_pending_secret, mfa_last_step, created_at, last_login_at");

StoreResult<std::optional<UserRecord>> readUser(StoreResult<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    if (!q.next())
        return std::optional<UserRecord>();
    UserRecord user;
    user.id = q.value(0).toString();
    user.organisationId = q.value(1).toString();
    user.email = q.value(2).toString();
    user.passwordHash = q.value(3).toString().toLatin1();
    const auto role = roleFromName(q.value(4).toString());
    if (!role)
        return StoreError{StoreError::Code::Database,
                          QStringLiteral("user %1 has an unknown role").arg(user.id)};
    user.role = *role;
    user.status = q.value(5).toString();
    user.failedLogins = q.value(6).toInt();
    user.lockedUntil = q.value(7).toString();
    user.mfaEnabled = q.value(8).toInt() != 0;
    user.mfaSecret = q.value(9).toString();
    user.mfaPending = q.value(10).toString();
    user.mfaLastStep = q.value(11).toLongLong();
    user.createdAt = q.value(12).toString();
    user.lastLoginAt = q.value(13).toString();
    return std::optional<UserRecord>(std::move(user));
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

QString normaliseEmail(const QString& email)
{
    return email.trimmed().toLower();
}

QString emailError(const QString& email)
{
    // Seed §5.2: 5 to 255 characters; the seed's users.email CHECK pattern.
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$"));
    if (email.isEmpty())
        return QStringLiteral("is required");
    if (email.size() < 5)
        return QStringLiteral("is too short");
    if (email.size() > 255)
        return QStringLiteral("is too long (255 characters at most)");
    if (!pattern.match(email).hasMatch() || email.contains(QStringLiteral("..")))
        return QStringLiteral("is not an email address");
    return {};
}

StoreResult<std::optional<UserRecord>> findUserByEmail(const ServerDb& db, const QString& email)
{
    return readUser(
        db.exec(QStringLiteral("SELECT %1 FROM users WHERE email = ?").arg(kUserColumns), {email}));
}

StoreResult<std::optional<UserRecord>> findUserById(const ServerDb& db, const QString& id)
{
    return readUser(
        db.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id}));
}

QJsonObject userJson(const UserRecord& user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("role"), roleName(user.role)},
            {QStringLiteral("organisationId"),
             user.organisationId.isEmpty() ? QJsonValue() : QJsonValue(user.organisationId)},
            {QStringLiteral("mfaEnabled"), user.mfaEnabled},
            {QStringLiteral("createdAt"), user.createdAt},
            {QStringLiteral("lastLoginAt"),
             user.lastLoginAt.isEmpty() ? QJsonValue() : QJsonValue(user.lastLoginAt)}};
}

StoreResult<Throttle> checkThrottle(const ServerDb& db, const AuthContext& ctx, const QString& kind,
                                    const QString& clientKey, int limit, qint64 windowSeconds,
                                    bool lock)
{
    if (limit <= 0)
        return Throttle{};
    if (lock && db.backend() == Backend::Postgres) {
        // hashtext() spreads (kind, client) over advisory lock ids; a collision only
        // serialises two unrelated clients for one short transaction.
        auto locked = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"),
                              {kind + QLatin1Char(':') + clientKey});
        if (!locked)
            return locked.error();
    }
    const QDateTime now = ctx.now();
    const QString since = AuthContext::iso(now.addSecs(-windowSeconds));
    auto counted = db.exec(QStringLiteral("SELECT COUNT(*), MIN(at) FROM login_attempts "
                                          "WHERE kind = ? AND client_key = ? AND at > ?"),
                           {kind, clientKey, since});
    if (!counted)
        return counted.error();
    QSqlQuery& q = counted.value();
    if (!q.next())
        return StoreError{StoreError::Code::Database, QStringLiteral("COUNT returned no row")};
    const int count = q.value(0).toInt();
    if (count < limit)
        return Throttle{};
    // Free again when the oldest attempt in the window leaves it.
    const QDateTime oldest = AuthContext::parseIso(q.value(1).toString());
    const qint64 ms = now.msecsTo(oldest.addSecs(windowSeconds));
    return Throttle{true, static_cast<int>(qMax<qint64>(1, (ms + 999) / 1000))};
}

store::StoreStatus recordAttempt(const ServerDb& db, const AuthContext& ctx, const QString& kind,
                                 const QString& clientKey)
{
    // The client's attempts older than a day count for nothing: they go, so the table holds
    // at most a day of each address's failures.
    auto pruned = db.exec(QStringLiteral("DELETE FROM login_attempts WHERE kind = ? AND "
                                         "client_key = ? AND at < ?"),
                          {kind, clientKey, AuthContext::iso(ctx.now().addDays(-1))});
    if (!pruned)
        return pruned.error();
    auto inserted = db.exec(
        QStringLiteral("INSERT INTO login_attempts(id, kind, client_key, at) VALUES (?, ?, ?, ?)"),
        {store::Uuid7::generate(), kind, clientKey, AuthContext::iso(ctx.now())});
    if (!inserted)
        return inserted.error();
    return store::Done{};
}

QString sessionsLiveSince(const AuthContext& ctx)
{
    return AuthContext::iso(ctx.now().addSecs(-RefreshTokens::kLifetimeSeconds));
}

StoreResult<StartedSession> startSession(const ServerDb& db, const AuthContext& ctx,
                                         const QString& userId, const QString& deviceName,
                                         const QString& userAgent)
{
    // The user's sessions that ended more than 30 days ago go (their refresh tokens with
    // them, ON DELETE CASCADE): a sign-in keeps the tables from growing without end.
    const QString longAgo = AuthContext::iso(ctx.now().addDays(-kSessionKeepDays));
    auto pruned = db.exec(QStringLiteral("DELETE FROM refresh_tokens WHERE session_id IN "
                                         "(SELECT id FROM sessions WHERE user_id = ? AND "
                                         "(revoked_at < ? OR last_used_at < ?))"),
                          {userId, longAgo, longAgo});
    if (!pruned)
        return pruned.error();
    pruned = db.exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ? AND "
                                    "(revoked_at < ? OR last_used_at < ?)"),
                     {userId, longAgo, longAgo});
    if (!pruned)
        return pruned.error();

    const QString sessionId = store::Uuid7::generate();
    const QString now = AuthContext::iso(ctx.now());
    auto inserted =
        db.exec(QStringLiteral("INSERT INTO sessions(id, user_id, device_name, "
                               "user_agent, created_at, last_used_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {sessionId, userId, nullable(deviceName), nullable(userAgent), now, now});
    if (!inserted)
        return inserted.error();
    auto token = issueRefreshToken(db, ctx, userId, sessionId, store::Uuid7::generate());
    if (!token)
        return token.error();
    return StartedSession{sessionId, token.take()};
}

StoreResult<QByteArray> issueRefreshToken(const ServerDb& db, const AuthContext& ctx,
                                          const QString& userId, const QString& sessionId,
                                          const QString& familyId)
{
    const QByteArray token = RefreshTokens::generate();
    if (token.isEmpty())
        return StoreError{StoreError::Code::Database, QStringLiteral("no random bytes")};
    const QDateTime now = ctx.now();
    auto inserted = db.exec(
        QStringLiteral("INSERT INTO refresh_tokens(id, token_hash, family_id, session_id, user_id, "
                       "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {store::Uuid7::generate(), QString::fromLatin1(RefreshTokens::hash(token)), familyId,
         sessionId, userId, AuthContext::iso(now),
         AuthContext::iso(now.addSecs(RefreshTokens::kLifetimeSeconds))});
    if (!inserted)
        return inserted.error();
    return token;
}

StoreResult<int> revokeSession(const ServerDb& db, const AuthContext& ctx, const QString& sessionId)
{
    const QString now = AuthContext::iso(ctx.now());
    auto sessions = db.exec(
        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        {now, sessionId});
    if (!sessions)
        return sessions.error();
    const int revoked = sessions.value().numRowsAffected();
    auto tokens = db.exec(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? "
                                         "WHERE session_id = ? AND revoked_at IS NULL"),
                          {now, sessionId});
    if (!tokens)
        return tokens.error();
    return revoked;
}

StoreResult<int> revokeUserSessions(const ServerDb& db, const AuthContext& ctx,
                                    const QString& userId, const QString& keepSessionId)
{
    const QString now = AuthContext::iso(ctx.now());
    // '' never matches a session id (UUIDs), so an empty keepSessionId keeps nothing.
    auto sessions = db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? "
                                           "AND id <> ? AND revoked_at IS NULL"),
                            {now, userId, keepSessionId});
    if (!sessions)
        return sessions.error();
    const int revoked = sessions.value().numRowsAffected();
    auto tokens =
        db.exec(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? "
                               "AND session_id <> ? AND revoked_at IS NULL"),
                {now, userId, keepSessionId});
    if (!tokens)
        return tokens.error();
    return revoked;
}

} // namespace rentflow::server::auth
