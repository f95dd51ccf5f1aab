#include "server/mail/Mailbox.h"

#include "server/mail/HeaderEncoding.h"

#include <QUrl>

namespace rentflow::server {

namespace {

constexpr qsizetype kMaxLocalPart = 64; // RFC 5321 §4.5.3.1.1
constexpr qsizetype kMaxAddress = 254;  // RFC 5321 path limit less the angle brackets
constexpr qsizetype kMaxDisplayName = 200;

// RFC 5322 atext: what a dot-atom local part may hold besides the dots.
bool isAtext(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotAtom(const QByteArray& text)
{
    if (text.isEmpty() || text.startsWith('.') || text.endsWith('.') || text.contains(".."))
        return false;
    for (const char c : text) {
        if (c != '.' && !isAtext(c))
            return false;
    }
    return true;
}

bool isDomainLabel(const QByteArray& label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
        return false;
    for (const char c : label) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

// The address's ASCII form, or empty when refused.
QByteArray checkedAddress(QStringView address)
{
    if (address.isEmpty() || hasControlCharacter(address))
        return {};
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return {};
    const QStringView local = address.left(at);
    if (!isPrintableAscii(local) || local.size() > kMaxLocalPart)
        return {};
    const QByteArray localBytes = local.toLatin1();
    if (!isDotAtom(localBytes))
        return {};
    const QByteArray domain =
        QUrl::toAce(address.mid(at + 1).toString(), QUrl::AceProcessingOption{});
    if (domain.isEmpty())
        return {};
    for (const QByteArray& label : domain.split('.')) {
        if (!isDomainLabel(label))
            return {};
    }
    const QByteArray result = localBytes + '@' + domain;
    return result.size() <= kMaxAddress ? result : QByteArray();
}

// A display name that needs no quoting: atext words separated by single spaces.
bool isPlainPhrase(QStringView name)
{
    if (!isPrintableAscii(name))
        return false;
    for (const QStringView word : name.split(QLatin1Char(' '))) {
        if (word.isEmpty())
            return false;
        for (const QChar c : word) {
            if (!isAtext(char(c.unicode())))
                return false;
        }
    }
    return true;
}

} // namespace

bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

std::optional<Mailbox> Mailbox::make(QStringView address, QStringView displayName)
{
    const QStringView name = displayName.trimmed();
    if (hasControlCharacter(name) || name.size() > kMaxDisplayName)
        return std::nullopt;
    QByteArray ascii = checkedAddress(address.trimmed());
    if (ascii.isEmpty())
        return std::nullopt;
    Mailbox mailbox;
    mailbox.m_address = std::move(ascii);
    mailbox.m_displayName = name.toString();
    return mailbox;
}

std::optional<Mailbox> Mailbox::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.endsWith(QLatin1Char('>')))
        return make(trimmed);
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open < 0)
        return std::nullopt;
    const QStringView address = trimmed.mid(open + 1, trimmed.size() - open - 2);
    QStringView name = trimmed.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    if (name.contains(QLatin1Char('<')) || name.contains(QLatin1Char('>')) ||
        name.contains(QLatin1Char('"')) || name.contains(QLatin1Char('\\')))
        return std::nullopt;
    return make(address, name);
}

QByteArray Mailbox::domain() const
{
    return m_address.mid(m_address.lastIndexOf('@') + 1);
}

QByteArray Mailbox::headerValue() const
{
    if (m_displayName.isEmpty())
        return m_address;
    QByteArray phrase;
    if (isPlainPhrase(m_displayName)) {
        phrase = m_displayName.toLatin1();
    } else if (isPrintableAscii(m_displayName) && !m_displayName.contains(QLatin1String("=?"))) {
        QByteArray quoted = m_displayName.toLatin1();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        phrase = '"' + quoted + '"';
    } else {
        phrase = encodeHeaderText(m_displayName, 6);
    }
    return phrase + " <" + m_address + '>';
}

} // namespace rentflow::server
