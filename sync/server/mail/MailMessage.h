#pragma once

#include "server/mail/Mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rentflow::server {

// One email to one recipient: a text part and, when `html` is set, an HTML alternative.
struct MailMessage
{
    Mailbox from;
    Mailbox to;
    QString subject; // control characters (CR, LF, TAB...) become spaces
    QString text;
    QString html;      // empty: text/plain only
    QString messageId; // without angle brackets; empty: a fresh one @ the sender's domain
    QDateTime date;    // invalid: now
};

// The message in RFC 5322 / MIME form, UTF-8, CRLF line endings, ready for SMTP's DATA:
// Date, From, To, Subject, Message-ID, MIME-Version, then text/plain or
// multipart/alternative (text/plain then text/html), each part base64 in lines of 76.
QByteArray toMime(const MailMessage& message);

// The Message-ID toMime() writes for `message` (the given one, else a generated one).
QString effectiveMessageId(const MailMessage& message);

// RFC 5322 §3.3 date-time in UTC: "Thu, 26 Nov 2026 20:44:31 +0000".
QByteArray rfc5322Date(const QDateTime& when);

} // namespace rentflow::server
