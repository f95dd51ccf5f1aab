#include "server/auth/AccessTokens.h"

#include "server/auth/SigningKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <jwt.h>

#include <cstdlib>

namespace rentflow::server {

namespace {

struct JwtDeleter
{
    void operator()(jwt_t* jwt) const { jwt_free(jwt); }
};
using Jwt = std::unique_ptr<jwt_t, JwtDeleter>;

std::optional<QJsonObject> decodeJsonPart(const QByteArray& part)
{
    auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// libjwt 1.10's jwt_get_grant_int() answers 0 for a claim of another type: claims are
// read from the (signature-checked) JSON instead, with their types checked.
QString claimString(const QJsonObject& claims, const char* name)
{
    return claims.value(QLatin1String(name)).toString();
}

std::optional<qint64> claimInt(const QJsonObject& claims, const char* name)
{
    const QJsonValue value = claims.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != static_cast<double>(static_cast<qint64>(number)))
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace

AccessTokens::AccessTokens(std::shared_ptr<const SigningKeys> keys) : m_keys(std::move(keys)) {}

QString AccessTokens::refusalText(Refusal refusal)
{
    switch (refusal) {
    case Refusal::Malformed:
        return QStringLiteral("the access token is malformed");
    case Refusal::BadAlgorithm:
        return QStringLiteral("the access token is not signed with RS256");
    case Refusal::UnknownKey:
        return QStringLiteral("the access token was signed by an unknown key");
    case Refusal::BadSignature:
        return QStringLiteral("the access token's signature is invalid");
    case Refusal::Expired:
        return QStringLiteral("the access token has expired");
    case Refusal::NotYetValid:
        return QStringLiteral("the access token is not valid yet");
    case Refusal::WrongIssuer:
        return QStringLiteral("the access token was issued by someone else");
    case Refusal::WrongAudience:
        return QStringLiteral("the access token is meant for another service");
    case Refusal::MissingClaim:
        return QStringLiteral("the access token lacks a required claim");
    }
    return {};
}

QByteArray AccessTokens::issue(AccessClaims claims, qint64 now) const
{
    jwt_t* raw = nullptr;
    if (jwt_new(&raw) != 0)
        return {};
    const Jwt jwt(raw);
    claims.issuedAt = now;
    claims.expiresAt = now + kLifetimeSeconds;
    const QByteArray kid = m_keys->currentKid().toLatin1();
    const QByteArray sub = claims.userId.toUtf8();
    const QByteArray org = claims.organisationId.toUtf8();
    const QByteArray role = roleName(claims.role).toLatin1();
    const QByteArray sid = claims.sessionId.toUtf8();
    const QByteArray iss = issuer().toLatin1();
    const QByteArray aud = audience().toLatin1();
    const QByteArray& key = m_keys->currentPrivatePem();
    bool ok = jwt_add_header(raw, "kid", kid.constData()) == 0 &&
              jwt_add_grant(raw, "iss", iss.constData()) == 0 &&
              jwt_add_grant(raw, "aud", aud.constData()) == 0 &&
              jwt_add_grant(raw, "sub", sub.constData()) == 0 &&
              jwt_add_grant(raw, "role", role.constData()) == 0 &&
              jwt_add_grant(raw, "sid", sid.constData()) == 0 &&
              jwt_add_grant_int(raw, "iat", static_cast<long>(claims.issuedAt)) == 0 &&
              jwt_add_grant_int(raw, "exp", static_cast<long>(claims.expiresAt)) == 0;
    if (ok && !org.isEmpty())
        ok = jwt_add_grant(raw, "org", org.constData()) == 0;
    if (!ok ||
        jwt_set_alg(raw, JWT_ALG_RS256, reinterpret_cast<const unsigned char*>(key.constData()),
                    static_cast<int>(key.size())) != 0)
        return {};
    char* encoded = jwt_encode_str(raw);
    if (!encoded)
        return {};
    QByteArray token(encoded);
    std::free(encoded);
    return token;
}

std::variant<AccessClaims, AccessTokens::Refusal> AccessTokens::verify(const QByteArray& token,
                                                                       qint64 now) const
{
    if (token.isEmpty() || token.size() > kMaxTokenBytes)
        return Refusal::Malformed;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return Refusal::Malformed;
    // The header is read before libjwt sees the token: libjwt 1.10 verifies with whatever
    // algorithm the token names, so an HS256 token "signed" with our public PEM as the
    // secret, or an alg "none" token, must be refused here, not there.
    const auto header = decodeJsonPart(parts[0]);
    const auto payload = decodeJsonPart(parts[1]);
    if (!header || !payload)
        return Refusal::Malformed;
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return Refusal::BadAlgorithm;
    const auto typ = header->value(QLatin1String("typ"));
    if (!typ.isUndefined() && typ.toString() != QLatin1String("JWT"))
        return Refusal::Malformed;
    const auto publicPem = m_keys->publicPem(header->value(QLatin1String("kid")).toString());
    if (!publicPem)
        return Refusal::UnknownKey;

    jwt_t* raw = nullptr;
    const int rc = jwt_decode(&raw, token.constData(),
                              reinterpret_cast<const unsigned char*>(publicPem->constData()),
                              static_cast<int>(publicPem->size()));
    if (rc != 0 || !raw)
        return Refusal::BadSignature;
    const Jwt jwt(raw);
    if (jwt_get_alg(raw) != JWT_ALG_RS256)
        return Refusal::BadAlgorithm;

    if (claimString(*payload, "iss") != issuer())
        return Refusal::WrongIssuer;
    if (claimString(*payload, "aud") != audience())
        return Refusal::WrongAudience;
    const auto exp = claimInt(*payload, "exp");
    const auto iat = claimInt(*payload, "iat");
    if (!exp || !iat)
        return Refusal::MissingClaim;
    if (now > *exp + kClockSkewSeconds)
        return Refusal::Expired;
    if (*iat > now + kClockSkewSeconds)
        return Refusal::NotYetValid;

    AccessClaims claims;
    claims.userId = claimString(*payload, "sub");
    claims.sessionId = claimString(*payload, "sid");
    claims.organisationId = claimString(*payload, "org");
    const auto role = roleFromName(claimString(*payload, "role"));
    if (claims.userId.isEmpty() || claims.sessionId.isEmpty() || !role)
        return Refusal::MissingClaim;
    claims.role = *role;
    claims.issuedAt = *iat;
    claims.expiresAt = *exp;
    return claims;
}

} // namespace rentflow::server
