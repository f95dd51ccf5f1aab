#include "TokenForge.h"

#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>

#include <memory>

namespace tokenforge {

QByteArray b64url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray b64urlJson(const QJsonObject& object)
{
    return b64url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray signRs256(const QJsonObject& header, const QJsonObject& payload,
                     const QByteArray& privatePem)
{
    const QByteArray input = b64urlJson(header) + '.' + b64urlJson(payload);
    BIO* bio = BIO_new_mem_buf(privatePem.constData(), static_cast<int>(privatePem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (key && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<size_t>(input.size())) == 1) {
        signature.resize(static_cast<qsizetype>(length));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<size_t>(input.size()));
        signature.resize(static_cast<qsizetype>(length));
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return input + '.' + b64url(signature);
}

QByteArray signHs256(const QJsonObject& header, const QJsonObject& payload,
                     const QByteArray& secret)
{
    const QByteArray input = b64urlJson(header) + '.' + b64urlJson(payload);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.constData(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(input.constData()),
         static_cast<size_t>(input.size()), mac, &length);
    return input + '.' +
           b64url(QByteArray(reinterpret_cast<const char*>(mac), static_cast<qsizetype>(length)));
}

QByteArray newRsaPrivatePem()
{
    EVP_PKEY* key = EVP_RSA_gen(2048);
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, static_cast<qsizetype>(size));
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

} // namespace tokenforge
