// libFuzzer target over what the auth area reads from strangers (sync/server/auth): any
// bytes as an access token, as a TOTP code and secret, as a base32 text, as a password for
// the policy, as a refresh token. Built and run by tests/fuzz/run-auth.sh (clang,
// -fsanitize=fuzzer,address,undefined).
#include "server/auth/AccessTokens.h"
#include "server/auth/PasswordPolicy.h"
#include "server/auth/RefreshTokens.h"
#include "server/auth/SigningKeys.h"
#include "server/auth/Totp.h"

#include <QByteArray>
#include <QDir>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace rentflow::server;

namespace {
std::unique_ptr<AccessTokens> g_tokens;
QByteArray g_header; // base64url of an RS256 header naming our kid
constexpr qint64 kNow = 1'790'000'000;
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // One key pair for the whole run, in a folder of its own.
    const QString dir = QDir::tempPath() + QStringLiteral("/rentflow-auth-fuzz-keys");
    auto keys = SigningKeys::loadOrCreate(dir);
    if (!std::holds_alternative<std::shared_ptr<const SigningKeys>>(keys)) {
        std::fprintf(stderr, "fuzz: no signing keys: %s\n", qPrintable(std::get<QString>(keys)));
        std::abort();
    }
    const auto& signing = std::get<std::shared_ptr<const SigningKeys>>(keys);
    g_tokens = std::make_unique<AccessTokens>(signing);
    g_header = (QByteArrayLiteral("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"") +
                signing->currentKid().toLatin1() + QByteArrayLiteral("\"}"))
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    // Nobody but the server can sign with its key: an accepted token is a forgery that passed.
    if (std::holds_alternative<AccessClaims>(g_tokens->verify(bytes, kNow)))
        std::abort();

    // The same bytes as the claims of a token that names our key, so that libjwt's decoding
    // and signature check see them (the kid is random per run: the fuzzer could not guess it).
    const QByteArray named =
        g_header + '.' +
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + ".c2ln";
    if (std::holds_alternative<AccessClaims>(g_tokens->verify(named, kNow)))
        std::abort();

    const QString text = QString::fromUtf8(bytes);
    if (const auto decoded = Totp::base32Decode(text)) {
        // What decodes, encodes back to something that decodes to the same bytes.
        if (Totp::base32Decode(Totp::base32Encode(*decoded)) != *decoded)
            std::abort();
    }
    const QByteArray secret = bytes.left(20).isEmpty() ? QByteArray("x") : bytes.left(20);
    if (const auto step = Totp::verify(secret, text, kNow, -1)) {
        if (*step < Totp::stepAt(kNow) - 1 || *step > Totp::stepAt(kNow) + 1)
            std::abort();
    }
    (void)passwordPolicyError(text);
    if (RefreshTokens::wellFormed(bytes) && bytes.size() != RefreshTokens::kEncodedLength)
        std::abort();
    (void)RefreshTokens::hash(bytes);
    return 0;
}
