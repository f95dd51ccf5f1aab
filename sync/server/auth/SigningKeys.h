#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

namespace rentflow::server {

// The RSA-2048 key pair that signs access tokens (seed §5.4: RS256, key id in the header),
// kept in <data-dir>/keys/:
//   signing-key.pem       the current private key (PKCS#8 PEM, mode 0600)
//   <kid>.public.pem      every public key that has signed, so tokens signed before a
//                         rotation still verify until they expire
// The first start creates them; two processes starting at once end up with the same key
// (KeyFile.h). Instances on several machines sharing one PostgreSQL must share this folder
// (or a copy of it), since a token signed by one is verified by the others.
class SigningKeys
{
public:
    static constexpr int kRsaBits = 2048;

    // Reads the keys in `keysDir`, creating the folder and the first key pair if needed.
    static std::variant<std::shared_ptr<const SigningKeys>, QString>
    loadOrCreate(const QString& keysDir);

    // A new key pair becomes current; the old public key stays for verification.
    // Returns the error, or an empty string.
    static QString rotate(const QString& keysDir);

    // The key id: the first 16 characters of base64url(SHA-256(DER SubjectPublicKeyInfo)).
    static QString keyIdOfPublicDer(const QByteArray& der);

    QString currentKid() const { return m_currentKid; }
    const QByteArray& currentPrivatePem() const { return m_privatePem; }
    // The PEM public key with this id, or nullopt for a key we never had.
    std::optional<QByteArray> publicPem(const QString& kid) const;
    QStringList kids() const { return m_publicPems.keys(); }

private:
    QString m_currentKid;
    QByteArray m_privatePem;
    QHash<QString, QByteArray> m_publicPems; // kid -> PEM
};

} // namespace rentflow::server
