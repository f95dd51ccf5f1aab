#include "server/mail/MailMessage.h"

#include "server/mail/HeaderEncoding.h"

#include <QRandomGenerator>
#include <QUuid>

namespace rentflow::server {

namespace {

constexpr int kBase64Line = 76; // RFC 2045 §6.8

QString cleanedSubject(const QString& subject)
{
    QString cleaned = subject;
    for (QChar& c : cleaned) {
        if (hasControlCharacter(QStringView(&c, 1)))
            c = QLatin1Char(' ');
    }
    return cleaned.trimmed();
}

// Text in MIME's canonical form: every line break CRLF (RFC 2046 §4.1.1).
QByteArray canonicalText(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    return utf8;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / kBase64Line * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += kBase64Line) {
        out += encoded.mid(i, kBase64Line);
        out += "\r\n";
    }
    return out;
}

QByteArray part(const char* type, const QString& body)
{
    return QByteArray("Content-Type: ") + type +
           "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(canonicalText(body));
}

// A boundary that cannot occur in base64 text or in our headers ('=' and '_' are
// outside the base64 alphabet's line content; RFC 2046 §5.1.1).
QByteArray newBoundary()
{
    return "=_rentflow_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) +
           QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

QByteArray rfc5322Date(const QDateTime& when)
{
    static const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QByteArray(kDays[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' ' +
           kMonths[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' ' +
           QString::asprintf("%02d:%02d:%02d", t.hour(), t.minute(), t.second()).toLatin1() +
           " +0000";
}

QString effectiveMessageId(const MailMessage& message)
{
    if (!message.messageId.isEmpty())
        return message.messageId;
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') +
           QString::fromLatin1(message.from.domain());
}

QByteArray toMime(const MailMessage& message)
{
    QString messageId = effectiveMessageId(message);
    // A Message-ID is an ASCII msg-id; anything else in it would break the header.
    if (!isPrintableAscii(messageId) || messageId.contains(QLatin1Char('<')) ||
        messageId.contains(QLatin1Char('>')) || messageId.contains(QLatin1Char(' ')))
        messageId = effectiveMessageId(MailMessage{message.from, message.to, {}, {}, {}, {}, {}});

    QByteArray out;
    out += "Date: " +
           rfc5322Date(message.date.isValid() ? message.date : QDateTime::currentDateTimeUtc()) +
           "\r\n";
    out += "From: " + message.from.headerValue() + "\r\n";
    out += "To: " + message.to.headerValue() + "\r\n";
    out += "Subject: " + encodeHeaderText(cleanedSubject(message.subject), 9) + "\r\n";
    out += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (message.html.isEmpty()) {
        out += part("text/plain", message.text);
        return out;
    }
    const QByteArray boundary = newBoundary();
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + part("text/plain", message.text);
    out += "--" + boundary + "\r\n" + part("text/html", message.html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace rentflow::server
