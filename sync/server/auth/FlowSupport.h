#pragma once

// Helpers shared by the auth flows' files (not part of the area's interface).

#include "server/auth/AuthContext.h"
#include "server/auth/AuthFlows.h"
#include "server/auth/AuthRecords.h"
#include "server/http/ApiReply.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace rentflow::server::auth {

// A string field of the body: absent or null gives an empty string (and "is required" when
// required); any other JSON type is refused. Over `maxLength` characters is refused.
QString stringField(const QJsonObject& body, const char* name, FieldErrors& errors, bool required,
                    int maxLength = 255);

// 429 with Retry-After (seconds).
QHttpServerResponse tooManyAttempts(int retryAfterSeconds, const QString& message);
// 500 "database", with the failure logged (no personal data: the flow and the driver's code).
QHttpServerResponse databaseError(const char* flow, const StoreError& error);
// The reply of a flow's transaction, or 500 when the database failed.
QHttpServerResponse settle(const char* flow, StoreResult<QHttpServerResponse>&& result);

// The client's IP as counted in login_attempts: a keyed hash, never the address.
QString clientKey(const Env& env);

// Login and refresh's reply: {accessToken, tokenType, expiresIn, refreshToken,
// refreshExpiresIn, sessionId, user}.
QHttpServerResponse tokenReply(const Env& env, const UserRecord& user, const QString& sessionId,
                               const QByteArray& refreshToken);

// 401 for every sign-in failure, whatever the cause (unknown email, wrong password).
QHttpServerResponse invalidCredentials();

// db.transaction(work), and on the embedded store the write lock is taken first: SQLite in
// WAL mode refuses (SQLITE_BUSY_SNAPSHOT, no waiting) a write by a transaction whose reads
// began before another writer committed, which is what two requests racing over one row
// (a refresh token, a reset link) would otherwise get. A write that matches no row takes
// the lock and waits its turn under busy_timeout.
template <typename Work>
StoreResult<QHttpServerResponse> writeTransaction(ServerDb& db, Work&& work)
{
    return db.transaction([&]() -> StoreResult<QHttpServerResponse> {
        if (db.backend() == Backend::Embedded) {
            auto locked = db.exec(QStringLiteral("UPDATE users SET id = id WHERE 1 = 0"));
            if (!locked)
                return locked.error();
        }
        return work();
    });
}

QHttpServerResponse withHeader(QHttpServerResponse reply, const QByteArray& name,
                               const QByteArray& value);

} // namespace rentflow::server::auth
