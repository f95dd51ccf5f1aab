#include "server/auth/PasswordPolicy.h"

#include <QList>

namespace rentflow::server {

QString passwordPolicyError(const QString& password)
{
    // Counted in Unicode code points, as a person would count them.
    const qsizetype length = password.toUcs4().size();
    if (length < kPasswordMinLength)
        return QStringLiteral("must be at least %1 characters").arg(kPasswordMinLength);
    if (length > kPasswordMaxLength)
        return QStringLiteral("must be at most %1 characters").arg(kPasswordMaxLength);
    bool upper = false, lower = false, digit = false, other = false;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            upper = true;
        else if (u >= u'a' && u <= u'z')
            lower = true;
        else if (u >= u'0' && u <= u'9')
            digit = true;
        else
            other = true; // the seed's [^A-Za-z0-9]: punctuation, spaces, other scripts
    }
    if (!upper)
        return QStringLiteral("must contain an upper-case letter (A-Z)");
    if (!lower)
        return QStringLiteral("must contain a lower-case letter (a-z)");
    if (!digit)
        return QStringLiteral("must contain a digit (0-9)");
    if (!other)
        return QStringLiteral("must contain a character other than a letter or digit");
    return {};
}

} // namespace rentflow::server
