#include "Ifsc.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

Parsed<Ifsc> Ifsc::parse(QStringView text)
{
    const QString value = text.trimmed().toString().toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{4}0[A-Z0-9]{6}$"));
    if (!shape.match(value).hasMatch())
        return Parsed<Ifsc>::fail(QCoreApplication::translate(
            "Ifsc", "an IFSC is 4 letters, a zero and 6 letters or digits (e.g. HDFC0001234)"));
    return Parsed<Ifsc>::ok(Ifsc(value));
}

} // namespace rentflow
