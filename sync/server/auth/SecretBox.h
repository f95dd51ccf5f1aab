#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace rentflow::server {

// Seals small secrets at rest (users' TOTP secrets) with libsodium's secretbox
// (XSalsa20-Poly1305) under a 256-bit key kept in <data-dir>/keys/secret-box.key (mode
// 0600, created once like the signing key). Also gives keyed hashes, so values such as a
// client's IP address can be counted in the database without being stored in clear.
class SecretBox
{
public:
    static std::variant<std::shared_ptr<const SecretBox>, QString>
    loadOrCreate(const QString& keysDir);
    // A box over a given 32-byte key (tests).
    static std::shared_ptr<const SecretBox> fromKey(const QByteArray& key);

    // "v1." + base64(nonce || ciphertext); empty if libsodium failed.
    QString seal(const QByteArray& plain) const;
    // nullopt when the text was not sealed with this key or was altered.
    std::optional<QByteArray> open(const QString& sealed) const;

    // Hex BLAKE2b-256 of `value` keyed with a key derived from the box's key.
    QString keyedHash(const QByteArray& value) const;

    ~SecretBox();

private:
    SecretBox() = default;
    QByteArray m_key;
    QByteArray m_hashKey;
};

} // namespace rentflow::server
