#include "server/auth/SigningKeys.h"

#include "server/auth/KeyFile.h"

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>

namespace rentflow::server {

namespace {

const QString kPrivateName = QStringLiteral("signing-key.pem");
const QString kPublicSuffix = QStringLiteral(".public.pem");

struct PkeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

Pkey generateKey()
{
    return Pkey(EVP_RSA_gen(SigningKeys::kRsaBits));
}

QByteArray privatePemOf(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray publicPemOf(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray publicDerOf(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int size = i2d_PUBKEY(key, &der);
    if (size <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return out;
}

Pkey readPrivate(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return Pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Pkey readPublic(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return Pkey(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

bool isRsa2048(EVP_PKEY* key)
{
    return key && EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA &&
           EVP_PKEY_get_bits(key) >= SigningKeys::kRsaBits;
}

std::optional<QByteArray> readFile(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// Writes the public key of `key` as <kid>.public.pem (kept after rotations).
QString publishPublicKey(const QString& keysDir, EVP_PKEY* key)
{
    const QString kid = SigningKeys::keyIdOfPublicDer(publicDerOf(key));
    const auto result =
        createKeyFileExclusive(keysDir + QLatin1Char('/') + kid + kPublicSuffix, publicPemOf(key));
    return result.outcome == KeyFileResult::Outcome::Failed ? result.error : QString();
}

} // namespace

QString SigningKeys::keyIdOfPublicDer(const QByteArray& der)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(der.constData()), static_cast<size_t>(der.size()),
           digest);
    const QByteArray encoded =
        QByteArray(reinterpret_cast<const char*>(digest), sizeof digest)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(encoded.left(16));
}

std::variant<std::shared_ptr<const SigningKeys>, QString>
SigningKeys::loadOrCreate(const QString& keysDir)
{
    if (const QString error = ensurePrivateDir(keysDir); !error.isEmpty())
        return error;
    const QString privatePath = keysDir + QLatin1Char('/') + kPrivateName;

    QString error;
    std::optional<QByteArray> pem = readFile(privatePath, error);
    if (!error.isEmpty())
        return error;
    if (!pem) {
        const Pkey fresh = generateKey();
        if (!fresh)
            return QStringLiteral("OpenSSL could not generate an RSA key");
        const auto created = createKeyFileExclusive(privatePath, privatePemOf(fresh.get()));
        if (created.outcome == KeyFileResult::Outcome::Failed)
            return created.error;
        // Created, or Existed because another process won the race: read what is there.
        pem = readFile(privatePath, error);
        if (!pem)
            return error.isEmpty() ? QStringLiteral("%1 vanished").arg(privatePath) : error;
    }
    if (readableByOthers(privatePath))
        return QStringLiteral("%1 can be read by other users; run chmod 600 on it")
            .arg(privatePath);
    const Pkey key = readPrivate(*pem);
    if (!isRsa2048(key.get()))
        return QStringLiteral("%1 is not an RSA private key of at least %2 bits")
            .arg(privatePath)
            .arg(kRsaBits);
    if (const QString published = publishPublicKey(keysDir, key.get()); !published.isEmpty())
        return published;

    auto keys = std::make_shared<SigningKeys>();
    keys->m_privatePem = *pem;
    keys->m_currentKid = keyIdOfPublicDer(publicDerOf(key.get()));
    keys->m_publicPems.insert(keys->m_currentKid, publicPemOf(key.get()));

    const QDir dir(keysDir);
    const QStringList publicFiles =
        dir.entryList({QLatin1Char('*') + kPublicSuffix}, QDir::Files, QDir::Name);
    for (const QString& name : publicFiles) {
        const auto bytes = readFile(dir.filePath(name), error);
        if (!bytes)
            return error;
        const Pkey pub = readPublic(*bytes);
        if (!isRsa2048(pub.get()))
            return QStringLiteral("%1 is not an RSA public key").arg(dir.filePath(name));
        // The id comes from the key itself, never from the file's name.
        keys->m_publicPems.insert(keyIdOfPublicDer(publicDerOf(pub.get())), publicPemOf(pub.get()));
    }
    return std::shared_ptr<const SigningKeys>(std::move(keys));
}

QString SigningKeys::rotate(const QString& keysDir)
{
    if (const QString error = ensurePrivateDir(keysDir); !error.isEmpty())
        return error;
    const QString privatePath = keysDir + QLatin1Char('/') + kPrivateName;
    QString error;
    if (const auto old = readFile(privatePath, error)) {
        const Pkey oldKey = readPrivate(*old);
        if (oldKey) {
            if (const QString published = publishPublicKey(keysDir, oldKey.get());
                !published.isEmpty())
                return published;
        }
    } else if (!error.isEmpty()) {
        return error;
    }
    const Pkey fresh = generateKey();
    if (!fresh)
        return QStringLiteral("OpenSSL could not generate an RSA key");
    // The public half first: a process that loads the new private key finds its public key.
    if (const QString published = publishPublicKey(keysDir, fresh.get()); !published.isEmpty())
        return published;
    const auto replaced = replaceKeyFile(privatePath, privatePemOf(fresh.get()));
    return replaced.outcome == KeyFileResult::Outcome::Failed ? replaced.error : QString();
}

std::optional<QByteArray> SigningKeys::publicPem(const QString& kid) const
{
    const auto it = m_publicPems.constFind(kid);
    if (it == m_publicPems.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace rentflow::server
