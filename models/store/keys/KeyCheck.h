#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rentflow::store {

// A value in workspace.json that tells a wrong key from a damaged first page:
// PBKDF2-HMAC-SHA256 of the key under its own random salt, at the same cost as
// SQLCipher's own derivation of the database key (256,000 iterations for a
// passphrase; one for a random raw key, which SQLCipher uses as it is). Knowing
// it helps an attacker no more than the encrypted file itself does: each guess
// costs the same. Only consulted when the key fails to open page 1.
struct KeyCheck
{
    QByteArray salt;
    int iterations = 0;
    QByteArray value;

    static KeyCheck make(const QString& key);
    bool matches(const QString& key) const;

    QJsonObject toJson() const;
    static std::optional<KeyCheck> fromJson(const QJsonObject& object);

    // The iterations SQLCipher spends deriving the database key from `key`.
    static int iterationsFor(const QString& key);
    static QByteArray derive(const QString& key, const QByteArray& salt, int iterations);
};

} // namespace rentflow::store
