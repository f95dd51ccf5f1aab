#pragma once

#include "server/http/Principal.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <variant>

namespace rentflow::server {

class SigningKeys;

// What an access token says about its bearer.
struct AccessClaims
{
    QString userId;         // "sub"
    QString organisationId; // "org"; empty for the platform's super_admin
    Role role = Role::Viewer;
    QString sessionId;    // "sid": the session a revoked login ends
    qint64 issuedAt = 0;  // "iat", seconds since 1970
    qint64 expiresAt = 0; // "exp"
};

// JWT RS256 access tokens (seed §5.4), signed and checked with libjwt 1.10: header
// {"alg":"RS256","typ":"JWT","kid":<key id>}, claims iss, aud, sub, org, role, sid, iat,
// exp. Fifteen minutes of life; a small allowance for clocks that disagree.
class AccessTokens
{
public:
    static constexpr qint64 kLifetimeSeconds = 15 * 60;
    static constexpr qint64 kClockSkewSeconds = 30;
    static constexpr int kMaxTokenBytes = 4096;

    static QString issuer() { return QStringLiteral("rentflow-server"); }
    static QString audience() { return QStringLiteral("rentflow-api"); }

    explicit AccessTokens(std::shared_ptr<const SigningKeys> keys);

    // A signed token for `claims` (issuedAt/expiresAt are set from `now`), or an empty
    // array if signing failed.
    QByteArray issue(AccessClaims claims, qint64 now) const;

    enum class Refusal
    {
        Malformed,    // not three base64url parts with JSON inside, or too long
        BadAlgorithm, // anything but RS256 (none, HS256 with the public key as secret...)
        UnknownKey,   // a kid we never had
        BadSignature, // tampered, or signed by another key
        Expired,      // exp + skew has passed
        NotYetValid,  // iat is in the future beyond the skew
        WrongIssuer,
        WrongAudience,
        MissingClaim, // sub, sid, role, iat or exp absent or of the wrong kind
    };
    static QString refusalText(Refusal refusal);

    std::variant<AccessClaims, Refusal> verify(const QByteArray& token, qint64 now) const;

private:
    std::shared_ptr<const SigningKeys> m_keys;
};

} // namespace rentflow::server
