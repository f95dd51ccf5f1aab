#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <optional>

namespace rentflow::server {

// Argon2id password hashes (libsodium's crypto_pwhash_str: the encoded string carries the
// algorithm, salt and limits, so a hash made under older limits still verifies).
//
// Limits: libsodium's INTERACTIVE set (2 passes over 64 MiB, about 0.1 s on one core of
// a 2020s server). SENSITIVE (4 passes, 1 GiB) would make every login a gigabyte per
// request thread; MODERATE (3, 256 MiB) four times the memory of INTERACTIVE for ~3x the
// attacker's cost. With one worker per core, INTERACTIVE keeps a burst of logins inside
// 64 MiB x cores. Tests may pass the MIN limits for speed.
class PasswordHasher
{
public:
    struct Limits
    {
        unsigned long long opsLimit;
        std::size_t memLimit;
    };
    static Limits interactiveLimits();
    static Limits minimumLimits(); // for tests only: fast, not safe

    explicit PasswordHasher(Limits limits = interactiveLimits());

    // The encoded Argon2id string ("$argon2id$v=19$m=65536,t=2,p=1$..."), or nullopt if
    // libsodium could not get the memory.
    std::optional<QByteArray> hash(const QString& password) const;

    // Whether `password` matches `encoded`; a malformed or empty `encoded` never matches.
    bool verify(const QByteArray& encoded, const QString& password) const;

    // Whether `encoded` was made with other limits (or another algorithm) than ours: the
    // login that has the clear password should store a new hash.
    bool needsRehash(const QByteArray& encoded) const;

    // Spends the same time as verify() against a real hash, for an email with no user:
    // the reply time does not tell whether the account exists.
    void verifyDummy(const QString& password) const;

private:
    Limits m_limits;
};

} // namespace rentflow::server
