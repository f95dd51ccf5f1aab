#pragma once

#include <QByteArray>
#include <QJsonObject>

// Builds JWTs by hand with OpenSSL (not through the code under test), for the tokens an
// attacker or a broken client would send.
namespace tokenforge {

QByteArray b64url(const QByteArray& bytes);
QByteArray b64urlJson(const QJsonObject& object);

// header.payload.signature with RS256 over the private PEM key.
QByteArray signRs256(const QJsonObject& header, const QJsonObject& payload,
                     const QByteArray& privatePem);
// header.payload.signature with HMAC-SHA256 keyed with `secret`.
QByteArray signHs256(const QJsonObject& header, const QJsonObject& payload,
                     const QByteArray& secret);
// A fresh RSA-2048 private key, PEM.
QByteArray newRsaPrivatePem();

} // namespace tokenforge
