#include "server/auth/RefreshTokens.h"

#include "server/auth/Sodium.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace rentflow::server {

QByteArray RefreshTokens::generate()
{
    if (!ensureSodium())
        return {};
    QByteArray random(kRandomBytes, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray RefreshTokens::hash(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool RefreshTokens::wellFormed(const QByteArray& token)
{
    if (token.size() != kEncodedLength)
        return false;
    for (const char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

RefreshTokens::Decision RefreshTokens::decide(const Stored& stored, qint64 now)
{
    // A used token coming back is theft whatever else holds: even expired or revoked, the
    // family goes (revoking twice is harmless).
    if (stored.used)
        return Decision::ReuseDetected;
    if (stored.revoked)
        return Decision::Revoked;
    if (now >= stored.expiresAt)
        return Decision::Expired;
    return Decision::Rotate;
}

} // namespace rentflow::server
