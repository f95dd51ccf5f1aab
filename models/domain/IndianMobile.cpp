#include "IndianMobile.h"

#include <QCoreApplication>

namespace rentflow {

Parsed<IndianMobile> IndianMobile::parse(QStringView text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('+') &&
                 c != QLatin1Char('(') && c != QLatin1Char(')'))
            return Parsed<IndianMobile>::fail(QCoreApplication::translate(
                "IndianMobile", "a phone number has only digits, spaces, '+' and '-'"));
    }
    if (digits.size() == 12 && digits.startsWith(QLatin1String("91")))
        digits = digits.mid(2);
    else if (digits.size() == 11 && digits.startsWith(QLatin1Char('0')))
        digits = digits.mid(1);
    if (digits.size() != 10)
        return Parsed<IndianMobile>::fail(QCoreApplication::translate(
            "IndianMobile", "an Indian mobile number has 10 digits (optionally after +91)"));
    if (digits.at(0) < QLatin1Char('6'))
        return Parsed<IndianMobile>::fail(QCoreApplication::translate(
            "IndianMobile", "an Indian mobile number starts with 6, 7, 8 or 9"));
    return Parsed<IndianMobile>::ok(IndianMobile(QStringLiteral("+91") + digits));
}

} // namespace rentflow
