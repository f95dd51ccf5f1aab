#include "server/auth/SecretBox.h"

#include "server/auth/KeyFile.h"
#include "server/auth/Sodium.h"

#include <QFile>

#include <sodium.h>

namespace rentflow::server {

namespace {
const QString kKeyName = QStringLiteral("secret-box.key");
const QString kPrefix = QStringLiteral("v1.");
} // namespace

std::shared_ptr<const SecretBox> SecretBox::fromKey(const QByteArray& key)
{
    if (!ensureSodium() || key.size() != crypto_secretbox_KEYBYTES)
        return nullptr;
    std::shared_ptr<SecretBox> box(new SecretBox);
    box->m_key = key;
    box->m_hashKey.resize(crypto_generichash_KEYBYTES);
    // A separate key for hashing: the sealing key is never used for two purposes.
    crypto_generichash(
        reinterpret_cast<unsigned char*>(box->m_hashKey.data()), crypto_generichash_KEYBYTES,
        reinterpret_cast<const unsigned char*>("rentflow keyed hash"), 19,
        reinterpret_cast<const unsigned char*>(key.constData()), static_cast<size_t>(key.size()));
    return box;
}

std::variant<std::shared_ptr<const SecretBox>, QString>
SecretBox::loadOrCreate(const QString& keysDir)
{
    if (!ensureSodium())
        return QStringLiteral("libsodium did not start");
    if (const QString error = ensurePrivateDir(keysDir); !error.isEmpty())
        return error;
    const QString path = keysDir + QLatin1Char('/') + kKeyName;
    if (!QFile::exists(path)) {
        QByteArray fresh(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
        crypto_secretbox_keygen(reinterpret_cast<unsigned char*>(fresh.data()));
        const auto created = createKeyFileExclusive(path, fresh.toBase64() + '\n');
        sodium_memzero(fresh.data(), static_cast<size_t>(fresh.size()));
        if (created.outcome == KeyFileResult::Outcome::Failed)
            return created.error;
    }
    if (readableByOthers(path))
        return QStringLiteral("%1 can be read by other users; run chmod 600 on it").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    auto box = fromKey(key);
    if (!box)
        return QStringLiteral("%1 does not hold a %2-byte key")
            .arg(path)
            .arg(crypto_secretbox_KEYBYTES);
    return box;
}

SecretBox::~SecretBox()
{
    sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
    sodium_memzero(m_hashKey.data(), static_cast<size_t>(m_hashKey.size()));
}

QString SecretBox::seal(const QByteArray& plain) const
{
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    if (crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                              reinterpret_cast<const unsigned char*>(plain.constData()),
                              static_cast<unsigned long long>(plain.size()), nonce,
                              reinterpret_cast<const unsigned char*>(m_key.constData())) != 0)
        return {};
    return kPrefix + QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> SecretBox::open(const QString& sealed) const
{
    if (!sealed.startsWith(kPrefix))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(kPrefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray& bytes = *decoded;
    if (bytes.size() < qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return std::nullopt;
    const auto* nonce = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype cipherSize = bytes.size() - qsizetype(crypto_secretbox_NONCEBYTES);
    QByteArray plain(cipherSize - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(cipherSize), nonce,
                                   reinterpret_cast<const unsigned char*>(m_key.constData())) != 0)
        return std::nullopt;
    return plain;
}

QString SecretBox::keyedHash(const QByteArray& value) const
{
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest,
                       reinterpret_cast<const unsigned char*>(value.constData()),
                       static_cast<size_t>(value.size()),
                       reinterpret_cast<const unsigned char*>(m_hashKey.constData()),
                       static_cast<size_t>(m_hashKey.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

} // namespace rentflow::server
