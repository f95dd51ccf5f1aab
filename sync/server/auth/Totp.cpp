#include "server/auth/Totp.h"

#include "server/auth/Sodium.h"

#include <QUrl>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <sodium.h>

namespace rentflow::server {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const EVP_MD* digestOf(Totp::Hash hash)
{
    switch (hash) {
    case Totp::Hash::Sha1:
        return EVP_sha1();
    case Totp::Hash::Sha256:
        return EVP_sha256();
    case Totp::Hash::Sha512:
        return EVP_sha512();
    }
    return EVP_sha1();
}

} // namespace

QByteArray Totp::generateSecret()
{
    if (!ensureSodium())
        return {};
    QByteArray secret(kSecretBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    return secret;
}

QString Totp::base32Encode(const QByteArray& bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

std::optional<QByteArray> Totp::base32Decode(const QString& text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('='))
            continue;
        const char16_t u = c.toUpper().unicode();
        int value = -1;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'2' && u <= u'7')
            value = 26 + (u - u'2');
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

QString Totp::codeAt(const QByteArray& secret, qint64 step, int digits, Hash hash)
{
    // RFC 4226 §5.3: HMAC over the 8-byte big-endian counter, dynamic truncation.
    unsigned char counter[8];
    for (int i = 7; i >= 0; --i) {
        counter[i] = static_cast<unsigned char>(step & 0xff);
        step >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(digestOf(hash), secret.constData(), static_cast<int>(secret.size()), counter,
              sizeof counter, mac, &macLength) ||
        macLength < 20)
        return {};
    const unsigned offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac[offset] & 0x7f) << 24) |
                           (static_cast<quint32>(mac[offset + 1]) << 16) |
                           (static_cast<quint32>(mac[offset + 2]) << 8) |
                           static_cast<quint32>(mac[offset + 3]);
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

std::optional<qint64> Totp::verify(const QByteArray& secret, const QString& code,
                                   qint64 unixSeconds, qint64 lastUsedStep)
{
    if (secret.isEmpty() || code.size() != kDigits)
        return std::nullopt;
    for (const QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const qint64 now = stepAt(unixSeconds);
    const QByteArray given = code.toLatin1();
    std::optional<qint64> matched;
    // Every step of the window is computed and compared in constant time, so the reply time
    // does not say which step (if any) matched.
    for (qint64 step = now - kWindowSteps; step <= now + kWindowSteps; ++step) {
        const QByteArray expected = codeAt(secret, step).toLatin1();
        if (expected.size() == given.size() &&
            sodium_memcmp(expected.constData(), given.constData(),
                          static_cast<size_t>(given.size())) == 0 &&
            step > lastUsedStep && !matched)
            matched = step;
    }
    return matched;
}

QString Totp::provisioningUri(const QByteArray& secret, const QString& account,
                              const QString& issuer)
{
    // Concatenated, not arg()-ed: the percent-encoded parts contain '%' followed by digits.
    const QString encodedIssuer = QString::fromLatin1(QUrl::toPercentEncoding(issuer));
    return QStringLiteral("otpauth://totp/") + encodedIssuer + QLatin1Char(':') +
           QString::fromLatin1(QUrl::toPercentEncoding(account, "@")) + QStringLiteral("?secret=") +
           base32Encode(secret) + QStringLiteral("&issuer=") + encodedIssuer +
           QStringLiteral("&algorithm=SHA1&digits=") + QString::number(kDigits) +
           QStringLiteral("&period=") + QString::number(kStepSeconds);
}

} // namespace rentflow::server
