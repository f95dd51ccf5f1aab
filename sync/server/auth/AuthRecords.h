#pragma once

#include "server/http/Principal.h"
#include "server/storage/ServerDb.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rentflow::server {

class AuthContext;

// The auth tables' rows and the statements over them (0010_auth.sql). Every function
// returns the database's failure as an error, never as "nothing found".
namespace auth {

struct UserRecord
{
    QString id;
    QString organisationId; // empty: the platform's super_admin
    QString email;
    QByteArray passwordHash;
    Role role = Role::Viewer;
    QString status; // "active", "suspended"
    int failedLogins = 0;
    QString lockedUntil; // ISO or empty
    bool mfaEnabled = false;
    QString mfaSecret;  // sealed (SecretBox), never clear
    QString mfaPending; // sealed, between mfa/enable and mfa/verify
    qint64 mfaLastStep = -1;
    QString createdAt;
    QString lastLoginAt;
};

// Seed §5.2: trimmed, lower-case.
QString normaliseEmail(const QString& email);
// What is wrong with a normalised email (5 to 255 characters, local@domain.tld), or empty.
QString emailError(const QString& email);

StoreResult<std::optional<UserRecord>> findUserByEmail(const ServerDb& db, const QString& email);
StoreResult<std::optional<UserRecord>> findUserById(const ServerDb& db, const QString& id);

// {id, email, role, organisationId, mfaEnabled, createdAt, lastLoginAt}
QJsonObject userJson(const UserRecord& user);

// Counting failed attempts (kind "login", "forgot") from one client in a window.
struct Throttle
{
    bool blocked = false;
    int retryAfterSeconds = 0;
};
// On PostgreSQL, also takes a transaction-scoped lock on (kind, client) so that two
// requests from one client cannot both pass the count before either records its attempt.
// `lock` false: a look without the lock, for refusing early outside a transaction.
StoreResult<Throttle> checkThrottle(const ServerDb& db, const AuthContext& ctx, const QString& kind,
                                    const QString& clientKey, int limit, qint64 windowSeconds,
                                    bool lock = true);
store::StoreStatus recordAttempt(const ServerDb& db, const AuthContext& ctx, const QString& kind,
                                 const QString& clientKey);

// A session lives while its refresh tokens do: 7 days after its last use (every refresh
// moves last_used_at and issues a token for 7 more days). Ended sessions are kept this long
// (for the audit's sake), then deleted when the user next signs in.
inline constexpr int kSessionKeepDays = 30;
QString sessionsLiveSince(const AuthContext& ctx); // last_used_at after this: still alive

// A new session and the first refresh token of its family.
struct StartedSession
{
    QString sessionId;
    QByteArray refreshToken;
};
StoreResult<StartedSession> startSession(const ServerDb& db, const AuthContext& ctx,
                                         const QString& userId, const QString& deviceName,
                                         const QString& userAgent);
// The next refresh token of `familyId`.
StoreResult<QByteArray> issueRefreshToken(const ServerDb& db, const AuthContext& ctx,
                                          const QString& userId, const QString& sessionId,
                                          const QString& familyId);

// Revokes one session and its refresh tokens; the number of sessions revoked (0 or 1).
StoreResult<int> revokeSession(const ServerDb& db, const AuthContext& ctx,
                               const QString& sessionId);
// Revokes every live session of a user but `keepSessionId` (may be empty); how many.
StoreResult<int> revokeUserSessions(const ServerDb& db, const AuthContext& ctx,
                                    const QString& userId, const QString& keepSessionId);

} // namespace auth
} // namespace rentflow::server
