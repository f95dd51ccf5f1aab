#include "KeyCheck.h"

#include "KeyMaterial.h"
#include "store/sqlcipher/SqlCipherDriver.h"

#include <QRandomGenerator>

#include <openssl/evp.h>

namespace rentflow::store {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kValueBytes = 32;
} // namespace

int KeyCheck::iterationsFor(const QString& key)
{
    const bool rawKey = key.startsWith(QLatin1String("x'")) && key.endsWith(QLatin1Char('\''));
    return rawKey ? 1 : SqlCipherDriver::kPassphraseKdfIterations;
}

QByteArray KeyCheck::derive(const QString& key, const QByteArray& salt, int iterations)
{
    QByteArray secret = key.toUtf8();
    QByteArray out(kValueBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), kValueBytes,
                                     reinterpret_cast<unsigned char*>(out.data()));
    wipeKeyMaterial(secret);
    return ok == 1 ? out : QByteArray();
}

KeyCheck KeyCheck::make(const QString& key)
{
    KeyCheck check;
    check.salt.resize(kSaltBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(check.salt.data()),
                                          kSaltBytes / 4);
    check.iterations = iterationsFor(key);
    check.value = derive(key, check.salt, check.iterations);
    return check;
}

bool KeyCheck::matches(const QString& key) const
{
    if (value.isEmpty() || iterations < 1)
        return false;
    const QByteArray candidate = derive(key, salt, iterations);
    // Constant-time comparison: the time taken says nothing about how much matched.
    if (candidate.size() != value.size())
        return false;
    unsigned char differences = 0;
    for (qsizetype i = 0; i < value.size(); ++i)
        differences |= static_cast<unsigned char>(candidate[i] ^ value[i]);
    return differences == 0;
}

QJsonObject KeyCheck::toJson() const
{
    return {{QStringLiteral("algorithm"), QStringLiteral("pbkdf2-hmac-sha256")},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
            {QStringLiteral("iterations"), iterations},
            {QStringLiteral("value"), QString::fromLatin1(value.toBase64())}};
}

std::optional<KeyCheck> KeyCheck::fromJson(const QJsonObject& object)
{
    if (object.value(QStringLiteral("algorithm")).toString() != QLatin1String("pbkdf2-hmac-sha256"))
        return std::nullopt;
    KeyCheck check;
    check.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
    check.iterations = object.value(QStringLiteral("iterations")).toInt();
    check.value =
        QByteArray::fromBase64(object.value(QStringLiteral("value")).toString().toLatin1());
    if (check.salt.size() != kSaltBytes || check.value.size() != kValueBytes ||
        check.iterations < 1)
        return std::nullopt;
    return check;
}

} // namespace rentflow::store
