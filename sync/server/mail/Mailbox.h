#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace rentflow::server {

// One email address with an optional display name ("RentFlow <no-reply@rentflow.in>").
// It exists only valid: no CR, LF or other control character anywhere (header
// injection), an ASCII local part (no SMTPUTF8), a domain that converts to ASCII (IDNA).
class Mailbox
{
public:
    // "addr@domain" or "Display Name <addr@domain>"; nullopt when either part is refused.
    static std::optional<Mailbox> parse(QStringView text);
    // An address and a display name given apart (the name may be empty).
    static std::optional<Mailbox> make(QStringView address, QStringView displayName = {});

    // addr@domain with the domain in ASCII (punycode when it was not), for SMTP's envelope.
    const QByteArray& address() const { return m_address; }
    const QString& displayName() const { return m_displayName; }
    QByteArray domain() const;

    // The header form: the bare address, or the name (RFC 2047 encoded-word when not
    // ASCII, quoted-string when it has specials) and the address in angle brackets.
    QByteArray headerValue() const;

private:
    Mailbox() = default;
    QByteArray m_address;
    QString m_displayName;
};

// True when `text` holds a character that must never reach a header: CR, LF, NUL or
// another C0/C1 control character (TAB included).
bool hasControlCharacter(QStringView text);

} // namespace rentflow::server
