#include "UpiVpa.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

Parsed<UpiVpa> UpiVpa::parse(QStringView text)
{
    const QString value = text.trimmed().toString();
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$"));
    if (!shape.match(value).hasMatch())
        return Parsed<UpiVpa>::fail(QCoreApplication::translate(
            "UpiVpa", "a UPI ID looks like name@bank (e.g. sunrisepg@okicici)"));
    return Parsed<UpiVpa>::ok(UpiVpa(value.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@') +
                                     value.section(QLatin1Char('@'), 1).toLower()));
}

} // namespace rentflow
