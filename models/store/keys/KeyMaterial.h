#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace rentflow::store {

// Overwrites a buffer that held key material (a key, passphrase or recovery key)
// before it is released. Implicitly shared copies elsewhere are not reached, so
// callers keep key material in as few copies as they can.
inline void wipeKeyMaterial(QString& secret)
{
    if (!secret.isEmpty())
        secret.fill(QChar(u'\0'));
    secret.clear();
}

inline void wipeKeyMaterial(QByteArray& secret)
{
    if (!secret.isEmpty())
        secret.fill('\0');
    secret.clear();
}

// Reads a secret (a passphrase, a recovery key) from the environment variable
// `name` and clears the variable, so programs started later do not inherit it
// and it is not read twice. "" when unset.
inline QString takeEnvironmentSecret(const QString& name)
{
    const QByteArray variable = name.toLocal8Bit();
    QString secret = qEnvironmentVariable(variable.constData());
    qunsetenv(variable.constData());
    return secret;
}

// A QString holding key material, wiped when it goes out of scope.
class WipedString
{
public:
    WipedString() = default;
    explicit WipedString(QString value) : m_value(std::move(value)) {}
    ~WipedString() { wipeKeyMaterial(m_value); }
    WipedString(const WipedString&) = delete;
    WipedString& operator=(const WipedString&) = delete;

    const QString& get() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }

private:
    QString m_value;
};

} // namespace rentflow::store
