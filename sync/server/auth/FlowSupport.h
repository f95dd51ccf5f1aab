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

// Guesses a signed-in user makes at their own password or TOTP code (change-password,
// mfa/verify, mfa/disable): after 5 wrong in 15 minutes, 429 until the oldest leaves the
// window, so that a stolen access token cannot try a million codes. Call guessesBlocked()
// first inside the transaction; wrongGuess() records one and returns `reply`.
StoreResult<std::optional<QHttpServerResponse>> guessesBlocked(const Env& env,
                                                               const QString& userId);
StoreResult<QHttpServerResponse> wrongGuess(const Env& env, const QString& userId,
                                            QHttpServerResponse reply);

// A signed-in user's own password, checked before the transaction: Argon2id takes about
// 0.1 s, and the embedded store lets one writer in at a time. Inside the transaction,
// stillMatches() trusts the check if the stored hash is the one checked, else checks again.
struct OwnPasswordCheck
{
    QByteArray hash;
    bool matches = false;
};
StoreResult<OwnPasswordCheck> checkOwnPassword(const Env& env, const QString& userId,
                                               const QString& password);
bool stillMatches(const Env& env, const OwnPasswordCheck& check, const UserRecord& user,
                  const QString& password);

// 401 for every sign-in failure, whatever the cause (unknown email, wrong password).
QHttpServerResponse invalidCredentials();
// 401 session_revoked: the signed-in user is no longer there.
QHttpServerResponse userGone();

QHttpServerResponse withHeader(QHttpServerResponse reply, const QByteArray& name,
                               const QByteArray& value);

} // namespace rentflow::server::auth
