#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rentflow::server {

// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP), as authenticator apps
// make them: HMAC-SHA1, 6 digits, 30-second steps from the Unix epoch, base32 secrets.
class Totp
{
public:
    static constexpr int kDigits = 6;
    static constexpr qint64 kStepSeconds = 30;
    static constexpr int kSecretBytes = 20; // RFC 4226 §4 recommends 160 bits
    static constexpr int kWindowSteps = 1;  // a code of the step before or after is accepted

    enum class Hash
    {
        Sha1,
        Sha256,
        Sha512,
    };

    // A new random secret (empty if libsodium did not start).
    static QByteArray generateSecret();

    // RFC 4648 base32, upper case, no padding (what otpauth:// URIs carry).
    static QString base32Encode(const QByteArray& bytes);
    // Case, spaces and padding are forgiven; any other character is nullopt.
    static std::optional<QByteArray> base32Decode(const QString& text);

    // The step of a time (floor(unixSeconds / 30)).
    static qint64 stepAt(qint64 unixSeconds) { return unixSeconds / kStepSeconds; }

    // The code for `step`, zero-padded to `digits`.
    static QString codeAt(const QByteArray& secret, qint64 step, int digits = kDigits,
                          Hash hash = Hash::Sha1);

    // The step whose code `code` is, within ±kWindowSteps of `unixSeconds`, and after
    // `lastUsedStep` (a step once used never opens again: no replay). nullopt: refused.
    static std::optional<qint64> verify(const QByteArray& secret, const QString& code,
                                        qint64 unixSeconds, qint64 lastUsedStep);

    // otpauth://totp/<issuer>:<account>?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
    static QString provisioningUri(const QByteArray& secret, const QString& account,
                                   const QString& issuer = QStringLiteral("RentFlow"));
};

} // namespace rentflow::server
