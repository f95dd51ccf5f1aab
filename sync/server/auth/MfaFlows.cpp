// POST /api/v1/auth/mfa/enable, /mfa/verify, /mfa/disable (RFC 6238 TOTP).
#include "server/auth/FlowSupport.h"
#include "server/auth/SecretBox.h"
#include "server/auth/Totp.h"
#include "server/storage/AuditLog.h"

#include <QCoreApplication>

#include <variant>

namespace rentflow::server::auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Auth", text);
}

using Reply = StoreResult<QHttpServerResponse>;

StoreError unreadableSecret()
{
    return StoreError{StoreError::Code::Database,
                      QStringLiteral("an MFA secret does not open with this server's key")};
}

// The code checked against the sealed secret: the step it belongs to, or the reply that
// refuses it (a wrong code counts as a wrong guess).
StoreResult<std::variant<qint64, QHttpServerResponse>> checkCode(Env& env, const QString& userId,
                                                                 const QString& sealedSecret,
                                                                 const QString& code,
                                                                 qint64 lastStep)
{
    const auto secret = env.ctx.box().open(sealedSecret);
    if (!secret)
        return unreadableSecret();
    if (const auto step = Totp::verify(*secret, code, env.ctx.now().toSecsSinceEpoch(), lastStep))
        return std::variant<qint64, QHttpServerResponse>(*step);
    auto refused =
        wrongGuess(env, userId,
                   invalidInput({{QStringLiteral("code"),
                                  QStringLiteral("is not the code the app shows now")}}));
    if (!refused)
        return refused.error();
    return std::variant<qint64, QHttpServerResponse>(refused.take());
}

store::StoreStatus auditMfa(Env& env, const QString& userId, const char* action)
{
    return auditWrite(env.db, {userId,
                               QString::fromLatin1(action),
                               QStringLiteral("user"),
                               userId,
                               env.client.requestId,
                               {}});
}

QString codeField(const QJsonObject& body, FieldErrors& errors)
{
    const QString code = stringField(body, "code", errors, true, 16).trimmed();
    if (!errors.contains(QStringLiteral("code")) &&
        (code.size() != Totp::kDigits ||
         !std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); })))
        errors.insert(QStringLiteral("code"), QStringLiteral("must be the 6 digits the app shows"));
    return code;
}

} // namespace

QHttpServerResponse mfaEnable(Env& env, const Principal& who)
{
    return settle("mfa-enable", env.db.transaction([&]() -> Reply {
        auto user = findUserById(env.db, who.userId);
        if (!user)
            return user.error();
        if (!user.value())
            return userGone();
        if (user.value()->mfaEnabled)
            return errorReply(Status::Conflict, QStringLiteral("mfa_already_enabled"),
                              tr("Two-step sign-in is already on; turn it off first."));
        // A new secret each time: an enrolment that was never verified is replaced.
        const QByteArray secret = Totp::generateSecret();
        const QString sealed = env.ctx.box().seal(secret);
        if (secret.isEmpty() || sealed.isEmpty())
            return StoreError{StoreError::Code::Database, QStringLiteral("no random bytes")};
        auto stored = env.db.exec(
            QStringLiteral("UPDATE users SET mfa_pending_secret = ?, updated_at = ? WHERE id = ?"),
            {sealed, AuthContext::iso(env.ctx.now()), who.userId});
        if (!stored)
            return stored.error();
        if (auto audited = auditMfa(env, who.userId, "user.mfa_enrol"); !audited)
            return audited.error();
        return jsonReply(
            {{QStringLiteral("secret"), Totp::base32Encode(secret)},
             {QStringLiteral("otpauthUri"), Totp::provisioningUri(secret, user.value()->email)},
             {QStringLiteral("digits"), Totp::kDigits},
             {QStringLiteral("period"), Totp::kStepSeconds},
             {QStringLiteral("algorithm"), QStringLiteral("SHA1")}});
    }));
}

QHttpServerResponse mfaVerify(Env& env, const Principal& who, const QJsonObject& body)
{
    FieldErrors errors;
    const QString code = codeField(body, errors);
    if (!errors.isEmpty())
        return invalidInput(errors);
    return settle("mfa-verify", env.db.transaction([&]() -> Reply {
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
        if (user.value()->mfaEnabled)
            return errorReply(Status::Conflict, QStringLiteral("mfa_already_enabled"),
                              tr("Two-step sign-in is already on."));
        if (user.value()->mfaPending.isEmpty())
            return errorReply(Status::Conflict, QStringLiteral("mfa_not_started"),
                              tr("Start with POST /api/v1/auth/mfa/enable."));
        auto codeCheck =
            checkCode(env, who.userId, user.value()->mfaPending, code, user.value()->mfaLastStep);
        if (!codeCheck)
            return codeCheck.error();
        if (auto* refused = std::get_if<QHttpServerResponse>(&codeCheck.value()))
            return std::move(*refused);
        const qint64 step = std::get<qint64>(codeCheck.value());
        auto updated = env.db.exec(
            QStringLiteral("UPDATE users SET mfa_enabled = 1, mfa_secret = mfa_pending_secret, "
                           "mfa_pending_secret = NULL, mfa_last_step = ?, updated_at = ? "
                           "WHERE id = ? AND mfa_enabled = 0"),
            {step, AuthContext::iso(env.ctx.now()), who.userId});
        if (!updated)
            return updated.error();
        if (auto audited = auditMfa(env, who.userId, "user.mfa_on"); !audited)
            return audited.error();
        return jsonReply({{QStringLiteral("mfaEnabled"), true}});
    }));
}

QHttpServerResponse mfaDisable(Env& env, const Principal& who, const QJsonObject& body)
{
    FieldErrors errors;
    const QString password = stringField(body, "password", errors, true, 1024);
    const QString code = codeField(body, errors);
    if (!errors.isEmpty())
        return invalidInput(errors);
    const auto checked = checkOwnPassword(env, who.userId, password);
    if (!checked)
        return databaseError("mfa-disable", checked.error());
    return settle("mfa-disable", env.db.transaction([&]() -> Reply {
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
        if (!user.value()->mfaEnabled)
            return errorReply(Status::Conflict, QStringLiteral("mfa_not_enabled"),
                              tr("Two-step sign-in is not on."));
        if (!stillMatches(env, checked.value(), *user.value(), password))
            return wrongGuess(env, who.userId,
                              invalidInput({{QStringLiteral("password"),
                                             QStringLiteral("is not your current password")}}));
        auto codeCheck =
            checkCode(env, who.userId, user.value()->mfaSecret, code, user.value()->mfaLastStep);
        if (!codeCheck)
            return codeCheck.error();
        if (auto* refused = std::get_if<QHttpServerResponse>(&codeCheck.value()))
            return std::move(*refused);
        const qint64 step = std::get<qint64>(codeCheck.value());
        auto updated = env.db.exec(
            QStringLiteral("UPDATE users SET mfa_enabled = 0, mfa_secret = NULL, "
                           "mfa_pending_secret = NULL, mfa_last_step = ?, updated_at = ? "
                           "WHERE id = ?"),
            {step, AuthContext::iso(env.ctx.now()), who.userId});
        if (!updated)
            return updated.error();
        if (auto audited = auditMfa(env, who.userId, "user.mfa_off"); !audited)
            return audited.error();
        return jsonReply({{QStringLiteral("mfaEnabled"), false}});
    }));
}

} // namespace rentflow::server::auth
