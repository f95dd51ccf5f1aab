// GET /api/v1/auth/me, POST /change-password, GET /sessions, DELETE /sessions/<id>,
// GET /organisation/users.
#include "server/auth/FlowSupport.h"
#include "server/auth/PasswordPolicy.h"
#include "server/storage/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace rentflow::server::auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Auth", text);
}

using Reply = StoreResult<QHttpServerResponse>;

} // namespace

QHttpServerResponse me(Env& env, const Principal& who)
{
    auto user = findUserById(env.db, who.userId);
    if (!user)
        return databaseError("me", user.error());
    if (!user.value())
        return userGone();
    QJsonObject body = userJson(*user.value());
    if (!who.organisationId.isEmpty()) {
        auto name = env.db.scalar(QStringLiteral("SELECT name FROM organisations WHERE id = ?"),
                                  {who.organisationId});
        if (!name)
            return databaseError("me", name.error());
        body.insert(QStringLiteral("organisationName"), name.value().toString());
    } else {
        body.insert(QStringLiteral("organisationName"), QJsonValue());
    }
    body.insert(QStringLiteral("sessionId"), who.sessionId);
    return jsonReply(body);
}

QHttpServerResponse changePassword(Env& env, const Principal& who, const QJsonObject& body)
{
    FieldErrors errors;
    const QString current = stringField(body, "currentPassword", errors, true, 1024);
    const QString next = stringField(body, "newPassword", errors, true, 1024);
    if (!errors.contains(QStringLiteral("newPassword"))) {
        if (const QString why = passwordPolicyError(next); !why.isEmpty())
            errors.insert(QStringLiteral("newPassword"), why);
        else if (next == current)
            errors.insert(QStringLiteral("newPassword"),
                          QStringLiteral("must differ from the current password"));
    }
    if (!errors.isEmpty())
        return invalidInput(errors);
    const auto hashed = env.ctx.hasher().hash(next);
    if (!hashed)
        return errorReply(Status::ServiceUnavailable, QStringLiteral("busy"),
                          tr("The server is short of memory; try again."));
    const auto checked = checkOwnPassword(env, who.userId, current);
    if (!checked)
        return databaseError("change-password", checked.error());
    return settle("change-password", env.db.transaction([&]() -> Reply {
        auto blocked = guessesBlocked(env, who.userId);
        if (!blocked)
            return blocked.error();
        if (blocked.value())
            return std::move(*blocked.value());
        auto user = findUserById(env.db, who.userId);
        if (!user)
            return user.error();
        if (!user.value())
            return userGone();
        if (!stillMatches(env, checked.value(), *user.value(), current))
            return wrongGuess(env, who.userId,
                              invalidInput({{QStringLiteral("currentPassword"),
                                             QStringLiteral("is not your current password")}}));
        const QString now = AuthContext::iso(env.ctx.now());
        auto updated = env.db.exec(QStringLiteral("UPDATE users SET password_hash = ?, "
                                                  "password_changed_at = ?, updated_at = ? "
                                                  "WHERE id = ?"),
                                   {QString::fromLatin1(*hashed), now, now, who.userId});
        if (!updated)
            return updated.error();
        // SPEC §8.2: sessions revoked on password change (all but the one changing it).
        auto revoked = revokeUserSessions(env.db, env.ctx, who.userId, who.sessionId);
        if (!revoked)
            return revoked.error();
        // Pending reset links die too: the password they would replace is gone.
        auto resets = env.db.exec(QStringLiteral("UPDATE password_reset_tokens SET used_at = ? "
                                                 "WHERE user_id = ? AND used_at IS NULL"),
                                  {now, who.userId});
        if (!resets)
            return resets.error();
        if (auto audited =
                auditWrite(env.db, {who.userId,
                                    QStringLiteral("user.password_change"),
                                    QStringLiteral("user"),
                                    who.userId,
                                    env.client.requestId,
                                    {{QStringLiteral("sessionsRevoked"), revoked.value()}}});
            !audited)
            return audited.error();
        return jsonReply({{QStringLiteral("message"),
                           tr("Password changed; your other sessions were signed out.")},
                          {QStringLiteral("sessionsRevoked"), revoked.value()}});
    }));
}

QHttpServerResponse listSessions(Env& env, const Principal& who)
{
    // Live sessions only: not revoked, and used within a refresh token's life.
    auto rows = env.db.exec(QStringLiteral("SELECT id, device_name, user_agent, created_at, "
                                           "last_used_at FROM sessions WHERE user_id = ? AND "
                                           "revoked_at IS NULL AND last_used_at > ? "
                                           "ORDER BY created_at DESC, id DESC"),
                            {who.userId, sessionsLiveSince(env.ctx)});
    if (!rows)
        return databaseError("sessions", rows.error());
    QJsonArray sessions;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        const QString id = q.value(0).toString();
        auto text = [&](int column) {
            return q.value(column).isNull() ? QJsonValue() : QJsonValue(q.value(column).toString());
        };
        sessions.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("deviceName"), text(1)},
                                    {QStringLiteral("userAgent"), text(2)},
                                    {QStringLiteral("createdAt"), q.value(3).toString()},
                                    {QStringLiteral("lastUsedAt"), q.value(4).toString()},
                                    {QStringLiteral("current"), id == who.sessionId}});
    }
    return jsonReply({{QStringLiteral("sessions"), sessions}});
}

QHttpServerResponse revokeSession(Env& env, const Principal& who, const QString& sessionId)
{
    return settle("revoke-session", env.db.transaction([&]() -> Reply {
        // Only the caller's own sessions: another user's id is "not found", as is an unknown
        // one (no way to learn which ids exist).
        auto owner = env.db.scalar(
            QStringLiteral("SELECT user_id FROM sessions WHERE id = ? AND revoked_at IS NULL"),
            {sessionId});
        if (!owner)
            return owner.error();
        if (owner.value().toString() != who.userId)
            return errorReply(Status::NotFound, QStringLiteral("not_found"),
                              tr("No such session."));
        auto revoked = auth::revokeSession(env.db, env.ctx, sessionId);
        if (!revoked)
            return revoked.error();
        if (auto audited = auditWrite(env.db, {who.userId,
                                               QStringLiteral("session.revoke"),
                                               QStringLiteral("session"),
                                               sessionId,
                                               env.client.requestId,
                                               {}});
            !audited)
            return audited.error();
        return noContent();
    }));
}

QHttpServerResponse listOrganisationUsers(Env& env, const Principal& who)
{
    // Always the caller's own organisation: there is no parameter that could name another.
    auto rows = env.db.exec(
        QStringLiteral("SELECT id, email, role, mfa_enabled, created_at, last_login_at, status "
                       "FROM users WHERE organisation_id = ? ORDER BY email"),
        {who.organisationId});
    if (!rows)
        return databaseError("organisation-users", rows.error());
    QJsonArray users;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        users.append(
            QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                        {QStringLiteral("email"), q.value(1).toString()},
                        {QStringLiteral("role"), q.value(2).toString()},
                        {QStringLiteral("mfaEnabled"), q.value(3).toInt() != 0},
                        {QStringLiteral("createdAt"), q.value(4).toString()},
                        {QStringLiteral("lastLoginAt"),
                         q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toString())},
                        {QStringLiteral("status"), q.value(6).toString()}});
    }
    return jsonReply(
        {{QStringLiteral("organisationId"), who.organisationId}, {QStringLiteral("users"), users}});
}

} // namespace rentflow::server::auth
