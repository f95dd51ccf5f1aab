#include "server/public/FieldRules.h"

#include <QUrl>

namespace rentflow::server {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAlnum(QChar c)
{
    return isDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

QString compactLower(const QString& typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

std::optional<QString> normaliseIndianMobile(const QString& typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 20)
        return std::nullopt;
    bool plus = false;
    QString digits;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (isDigit(c)) {
            digits.append(c);
        } else if (c == QLatin1Char('+') && i == 0) {
            plus = true;
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                   c == QLatin1Char('(') || c == QLatin1Char(')')) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (plus) {
        if (digits.size() != 12 || !digits.startsWith(QLatin1String("91")))
            return std::nullopt;
        digits = digits.mid(2);
    } else if (digits.size() == 12 && digits.startsWith(QLatin1String("91"))) {
        digits = digits.mid(2);
    } else if (digits.size() == 11 && digits.startsWith(QLatin1Char('0'))) {
        digits = digits.mid(1);
    }
    if (digits.size() != 10 || digits.at(0) < QLatin1Char('6'))
        return std::nullopt;
    return QStringLiteral("+91") + digits;
}

std::optional<QString> normaliseInvestorType(const QString& typed)
{
    QString t = typed.trimmed().toLower();
    t.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    if (t == QLatin1String("angel") || t == QLatin1String("vc") ||
        t == QLatin1String("pg_operator") || t == QLatin1String("corporate"))
        return t;
    return std::nullopt;
}

std::optional<QString> normaliseInvestmentRange(const QString& typed)
{
    const QString t = compactLower(typed);
    if (t == QLatin1String("<10l") || t == QLatin1String("under10l"))
        return QStringLiteral("<10L");
    if (t == QLatin1String("10-50l"))
        return QStringLiteral("10-50L");
    if (t == QLatin1String("50l-1cr"))
        return QStringLiteral("50L-1Cr");
    if (t == QLatin1String("1cr+"))
        return QStringLiteral("1Cr+");
    return std::nullopt;
}

std::optional<QString> normaliseLinkedinUrl(const QString& typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 300)
        return std::nullopt;
    for (QChar c : trimmed) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e)
            return std::nullopt;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return std::nullopt;
    if (!url.userInfo().isEmpty() || url.port() != -1)
        return std::nullopt;
    const QString host = url.host().toLower();
    const bool linkedin = host == QLatin1String("linkedin.com") ||
                          (host.endsWith(QLatin1String(".linkedin.com")) &&
                           host.count(QLatin1Char('.')) == 2 && host.size() > 13);
    if (!linkedin)
        return std::nullopt;
    const QString path = url.path();
    static const QLatin1String prefixes[] = {QLatin1String("/in/"), QLatin1String("/company/"),
                                             QLatin1String("/pub/")};
    bool pathOk = false;
    for (const QLatin1String& prefix : prefixes) {
        if (path.startsWith(prefix, Qt::CaseInsensitive) && path.size() > prefix.size() &&
            path.at(prefix.size()) != QLatin1Char('/'))
            pathOk = true;
    }
    if (!pathOk)
        return std::nullopt;
    QUrl out(url);
    out.setScheme(QStringLiteral("https"));
    out.setHost(host);
    return out.toString();
}

std::optional<QString> normaliseReferralCode(const QString& typed)
{
    const QString t = typed.trimmed();
    if (t.size() < 4 || t.size() > 20)
        return std::nullopt;
    for (QChar c : t) {
        if (!isAlnum(c))
            return std::nullopt;
    }
    return t.toUpper();
}

qsizetype codePointLength(const QString& text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

bool hasControlCharacters(const QString& text, bool multiline)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (multiline && (u == u'\n' || u == u'\r' || u == u'\t'))
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

} // namespace rentflow::server
