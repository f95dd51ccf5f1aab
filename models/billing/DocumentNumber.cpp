#include "DocumentNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

Parsed<QString> DocumentNumber::checkPrefix(QStringView prefix)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,5}$"));
    if (!shape.match(prefix.toString()).hasMatch())
        return Parsed<QString>::fail(QCoreApplication::translate(
            "DocumentNumber",
            "a series prefix is 1 to 6 capital letters, digits or '-' (e.g. KOR-A)"));
    return Parsed<QString>::ok(prefix.toString());
}

Parsed<QString> DocumentNumber::compose(const QString& prefix, const FinancialYear& year, qint64 n)
{
    if (auto checked = checkPrefix(prefix); !checked)
        return checked;
    if (n < 1)
        return Parsed<QString>::fail(QStringLiteral("document numbers start at 1"));
    const QString number =
        QStringLiteral("%1/%2/%3").arg(prefix, year.compactLabel()).arg(n, 4, 10, QLatin1Char('0'));
    if (number.size() > kMaxLength)
        return Parsed<QString>::fail(
            QCoreApplication::translate(
                "DocumentNumber",
                "%1 is longer than the 16 characters GST allows; use a shorter series prefix")
                .arg(number));
    return Parsed<QString>::ok(number);
}

} // namespace rentflow
