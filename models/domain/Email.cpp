#include "Email.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

Parsed<Email> Email::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    // local@domain.tld: a practical subset of RFC 5322 that mail servers accept.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$)"));
    if (trimmed.size() > 254 || !pattern.match(trimmed).hasMatch() ||
        trimmed.contains(QLatin1String("..")) || trimmed.startsWith(QLatin1Char('.')) ||
        trimmed.section(QLatin1Char('@'), 0, 0).endsWith(QLatin1Char('.')))
        return Parsed<Email>::fail(
            QCoreApplication::translate("Email", "'%1' is not an e-mail address (name@example.com)")
                .arg(trimmed));
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    return Parsed<Email>::ok(Email(trimmed.left(at + 1) + trimmed.mid(at + 1).toLower()));
}

} // namespace rentflow
