#include "Pincode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

Parsed<Pincode> Pincode::parse(QStringView text)
{
    QString value = text.trimmed().toString();
    value.remove(QLatin1Char(' '));
    static const QRegularExpression shape(QStringLiteral("^[1-9][0-9]{5}$"));
    if (!shape.match(value).hasMatch())
        return Parsed<Pincode>::fail(QCoreApplication::translate(
            "Pincode", "a PIN code has six digits and does not start with 0"));
    return Parsed<Pincode>::ok(Pincode(value));
}

} // namespace rentflow
