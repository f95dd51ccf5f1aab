#pragma once

#include <QString>

#include <optional>

namespace rentflow::server {

// An email address as the public forms take it (SPEC §8.3, seed §5.2):
//   display — what the person typed, trimmed (shown back to them and used to write to them);
//   key     — the duplicate-detection key: lower-case; for gmail.com / googlemail.com the
//             dots and any "+tag" of the local part dropped and the domain made gmail.com
//             (Gmail delivers all of those to one mailbox); other providers keep dots and
//             tags, since for them a "+tag" or a dot may be a different mailbox;
//   domain  — the lower-case domain (disposable check, per-domain rate limit).
// Role-based addresses (info@, admin@, sales@ …) are ACCEPTED: a PG operator's business
// address is often exactly that, and refusing it would turn real leads away; isRoleBased()
// says so for whoever wants to know (nothing refuses on it).
// No DNS/MX lookup is made: the server never sends requests out on a form post.
struct EmailAddress
{
    QString display;
    QString key;
    QString domain;
};

enum class EmailProblem
{
    None,
    Empty,
    TooLong,    // more than 254 characters (RFC 5321's path limit)
    BadFormat,  // not local@domain.tld with the characters below
    Disposable, // a throw-away mailbox provider (disposable-email-domains)
};

// The checks, in order: trimmed; 3..254 characters; exactly one '@'; local part 1..64 of
// A–Z a–z 0–9 and !#$%&'*+/=?^_`{|}~.- without a leading, trailing or doubled dot (no quoted
// local parts); domain of 2+ dot-separated labels, each 1..63 of letters, digits and inner
// hyphens, the last alphabetic, 2+ long (an IDN domain must be sent in its xn-- form);
// then the disposable-domain list (a listed domain or any subdomain of one).
struct EmailCheck
{
    EmailProblem problem = EmailProblem::None;
    EmailAddress address; // filled when problem is None
};
EmailCheck checkEmail(const QString& typed);

// The message for a field error, or empty for None.
QString emailProblemMessage(EmailProblem problem);

// The duplicate-detection key of a well-formed address (see above). Empty if malformed.
QString emailKey(const QString& typed);

// info@, admin@, support@ … (the local part before any "+tag", compared lower-case).
bool isRoleBased(const EmailAddress& address);

} // namespace rentflow::server
