#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace rentflow::server {

// Opaque refresh tokens (seed §2.1: 7 days, rotating): 32 random bytes, base64url without
// padding (43 characters). Only their SHA-256 is stored, so a copy of the database does
// not hold usable tokens. Each login starts a family; every refresh uses its token up
// and issues the next one of the same family. A used token that comes back means two
// holders (one of them a thief): the whole family is revoked.
class RefreshTokens
{
public:
    static constexpr qint64 kLifetimeSeconds = 7 * 24 * 60 * 60;
    static constexpr int kRandomBytes = 32;
    static constexpr int kEncodedLength = 43;

    // A new token (empty if libsodium did not start).
    static QByteArray generate();

    // Lower-case hex SHA-256 of the token's text: what the database holds.
    static QByteArray hash(const QByteArray& token);

    // Whether `token` has the shape generate() makes (43 base64url characters); anything
    // else is refused before the database is asked.
    static bool wellFormed(const QByteArray& token);

    // What a presented token's stored row allows.
    struct Stored
    {
        bool used = false;    // already exchanged for a successor
        bool revoked = false; // logged out, family revoked, password changed
        qint64 expiresAt = 0; // seconds since 1970
    };
    enum class Decision
    {
        Rotate,        // good: mark used, issue the successor
        ReuseDetected, // revoke the family (and its session)
        Revoked,
        Expired,
    };
    static Decision decide(const Stored& stored, qint64 now);
};

} // namespace rentflow::server
