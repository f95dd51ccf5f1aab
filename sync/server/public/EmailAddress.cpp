#include "server/public/EmailAddress.h"

#include "server/public/DisposableDomains.h"

#include <QStringList>

namespace rentflow::server {

namespace {

constexpr qsizetype kMaxEmail = 254;
constexpr qsizetype kMaxLocal = 64;
constexpr qsizetype kMaxLabel = 63;
constexpr qsizetype kMaxDomain = 253;

bool isAsciiAlpha(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isLocalChar(QChar c)
{
    if (isAsciiAlpha(c) || isAsciiDigit(c))
        return true;
    static const QString specials = QStringLiteral("!#$%&'*+/=?^_`{|}~.-");
    return specials.contains(c);
}

bool validLocal(QStringView local)
{
    if (local.isEmpty() || local.size() > kMaxLocal)
        return false;
    if (local.front() == QLatin1Char('.') || local.back() == QLatin1Char('.'))
        return false;
    QChar previous;
    for (QChar c : local) {
        if (!isLocalChar(c))
            return false;
        if (c == QLatin1Char('.') && previous == QLatin1Char('.'))
            return false;
        previous = c;
    }
    return true;
}

bool validDomain(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > kMaxDomain)
        return false;
    const QList<QStringView> labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > kMaxLabel)
            return false;
        if (label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
            return false;
        for (QChar c : label) {
            if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != QLatin1Char('-'))
                return false;
        }
    }
    const QStringView tld = labels.back();
    if (tld.size() < 2)
        return false;
    for (QChar c : tld) {
        if (!isAsciiAlpha(c))
            return false;
    }
    return true;
}

// local@domain split, or nothing when there is not exactly one '@' or a part is malformed.
std::optional<std::pair<QString, QString>> splitAddress(const QString& trimmed)
{
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    if (at < 0 || trimmed.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return std::nullopt;
    const QStringView local = QStringView(trimmed).left(at);
    const QStringView domain = QStringView(trimmed).mid(at + 1);
    if (!validLocal(local) || !validDomain(domain))
        return std::nullopt;
    return std::make_pair(local.toString(), domain.toString().toLower());
}

QString keyOf(const QString& local, const QString& domain)
{
    QString l = local.toLower();
    QString d = domain;
    if (d == QLatin1String("gmail.com") || d == QLatin1String("googlemail.com")) {
        const qsizetype plus = l.indexOf(QLatin1Char('+'));
        if (plus >= 0)
            l.truncate(plus);
        l.remove(QLatin1Char('.'));
        d = QStringLiteral("gmail.com");
        if (l.isEmpty()) // "+x@gmail.com" or ".": keep something stable
            l = local.toLower();
    }
    return l + QLatin1Char('@') + d;
}

} // namespace

EmailCheck checkEmail(const QString& typed)
{
    EmailCheck check;
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty()) {
        check.problem = EmailProblem::Empty;
        return check;
    }
    if (trimmed.size() > kMaxEmail) {
        check.problem = EmailProblem::TooLong;
        return check;
    }
    const auto parts = splitAddress(trimmed);
    if (!parts) {
        check.problem = EmailProblem::BadFormat;
        return check;
    }
    const auto& [local, domain] = *parts;
    if (isDisposableDomain(domain)) {
        check.problem = EmailProblem::Disposable;
        return check;
    }
    check.address.display = trimmed;
    check.address.domain = domain;
    check.address.key = keyOf(local, domain);
    return check;
}

QString emailProblemMessage(EmailProblem problem)
{
    switch (problem) {
    case EmailProblem::None:
        return {};
    case EmailProblem::Empty:
        return QStringLiteral("is required");
    case EmailProblem::TooLong:
        return QStringLiteral("must be at most 254 characters");
    case EmailProblem::BadFormat:
        return QStringLiteral("must be a valid email address");
    case EmailProblem::Disposable:
        return QStringLiteral("uses a disposable email domain; please use a permanent address");
    }
    return {};
}

QString emailKey(const QString& typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.size() > kMaxEmail)
        return {};
    const auto parts = splitAddress(trimmed);
    if (!parts)
        return {};
    return keyOf(parts->first, parts->second);
}

bool isRoleBased(const EmailAddress& address)
{
    static const QStringList roles = {
        QStringLiteral("admin"),     QStringLiteral("administrator"), QStringLiteral("info"),
        QStringLiteral("support"),   QStringLiteral("sales"),         QStringLiteral("contact"),
        QStringLiteral("hello"),     QStringLiteral("office"),        QStringLiteral("billing"),
        QStringLiteral("webmaster"), QStringLiteral("postmaster"),    QStringLiteral("hostmaster"),
        QStringLiteral("noreply"),   QStringLiteral("no-reply"),      QStringLiteral("abuse"),
        QStringLiteral("help"),      QStringLiteral("team"),          QStringLiteral("enquiry"),
        QStringLiteral("enquiries"), QStringLiteral("accounts"),
    };
    QString local = address.key.section(QLatin1Char('@'), 0, 0);
    const qsizetype plus = local.indexOf(QLatin1Char('+'));
    if (plus >= 0)
        local.truncate(plus);
    return roles.contains(local);
}

} // namespace rentflow::server
