#include "server/auth/PasswordHasher.h"

#include "server/auth/Sodium.h"

#include <sodium.h>

#include <mutex>

namespace rentflow::server {

PasswordHasher::Limits PasswordHasher::interactiveLimits()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Limits PasswordHasher::minimumLimits()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Limits limits) : m_limits(limits) {}

std::optional<QByteArray> PasswordHasher::hash(const QString& password) const
{
    if (!ensureSodium())
        return std::nullopt;
    QByteArray clear = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc =
        crypto_pwhash_str_alg(out, clear.constData(), static_cast<unsigned long long>(clear.size()),
                              m_limits.opsLimit, m_limits.memLimit, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(clear.data(), static_cast<std::size_t>(clear.size()));
    if (rc != 0)
        return std::nullopt;
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& encoded, const QString& password) const
{
    if (!ensureSodium() || encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray clear = password.toUtf8();
    // crypto_pwhash_str_verify wants a NUL-terminated string; QByteArray always has one.
    return crypto_pwhash_str_verify(encoded.constData(), clear.constData(),
                                    static_cast<unsigned long long>(clear.size())) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& encoded) const
{
    if (!ensureSodium() || encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return true;
    // Not 0: other limits (1) or not an Argon2id string at all (-1).
    return crypto_pwhash_str_needs_rehash(encoded.constData(), m_limits.opsLimit,
                                          m_limits.memLimit) != 0;
}

void PasswordHasher::verifyDummy(const QString& password) const
{
    // One hash per limits, made on first use, so the dummy verify costs what a real one does.
    static std::once_flag once;
    static QByteArray dummy;
    std::call_once(once, [this] {
        dummy = hash(QStringLiteral("no user has this password")).value_or(QByteArray());
    });
    (void)verify(dummy, password);
}

} // namespace rentflow::server
