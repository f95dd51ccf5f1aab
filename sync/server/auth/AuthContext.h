#pragma once

#include "server/auth/AccessTokens.h"
#include "server/auth/PasswordHasher.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <variant>

namespace rentflow::server {

class SecretBox;
class SigningKeys;
struct ServerConfig;

// The auth area's process-wide objects (Services::provide), made once at start: the
// signing keys, the secret box, the hasher and the limits. Thread-safe: nothing in it
// changes after start.
class AuthContext
{
public:
    // Seed §5.3 and SPEC §8.2.
    static constexpr int kLoginFailuresPerIp = 5; // per 15 minutes, per IP (429 beyond)
    static constexpr qint64 kLoginWindowSeconds = 15 * 60;
    static constexpr int kLockoutFailures = 10;        // in a row on one account ...
    static constexpr qint64 kLockoutSeconds = 15 * 60; // ... lock it this long (423)
    static constexpr int kForgotPerIp = 3;             // per hour, per IP
    static constexpr qint64 kForgotWindowSeconds = 60 * 60;
    static constexpr qint64 kResetTokenSeconds = 60 * 60;

    // Keys from <dataDir>/keys (made on the first start).
    static std::variant<std::shared_ptr<AuthContext>, QString> create(const ServerConfig& config);
    // Over given keys (tests).
    AuthContext(std::shared_ptr<const SigningKeys> keys, std::shared_ptr<const SecretBox> box,
                PasswordHasher::Limits limits, double rateLimitMultiplier, QString publicBaseUrl);

    const SigningKeys& keys() const { return *m_keys; }
    const SecretBox& box() const { return *m_box; }
    const AccessTokens& tokens() const { return m_tokens; }
    const PasswordHasher& hasher() const { return m_hasher; }
    const QString& publicBaseUrl() const { return m_publicBaseUrl; }

    // A rate limit scaled by --rate-limit-multiplier; 0 means no limit.
    int scaledLimit(int base) const;

    // The time now, UTC, to the millisecond (tests move it).
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // As stored: "2026-02-23T10:30:00.000Z".
    static QString iso(const QDateTime& time);
    static QDateTime parseIso(const QString& text);

private:
    std::shared_ptr<const SigningKeys> m_keys;
    std::shared_ptr<const SecretBox> m_box;
    AccessTokens m_tokens;
    PasswordHasher m_hasher;
    double m_rateLimitMultiplier;
    QString m_publicBaseUrl;
    std::function<QDateTime()> m_clock;
};

} // namespace rentflow::server
