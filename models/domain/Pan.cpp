#include "Pan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

Parsed<Pan> Pan::parse(QStringView text)
{
    const QString value = text.trimmed().toString().toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{5}[0-9]{4}[A-Z]$"));
    if (!shape.match(value).hasMatch())
        return Parsed<Pan>::fail(QCoreApplication::translate(
            "Pan", "a PAN is 5 letters, 4 digits and a letter (e.g. ABCPE1234F)"));
    static const QString holderTypes = QStringLiteral("PCHFATBLJG");
    if (!holderTypes.contains(value.at(3)))
        return Parsed<Pan>::fail(QCoreApplication::translate(
            "Pan",
            "the fourth letter of a PAN names the holder type (P, C, H, F, A, T, B, L, J or G)"));
    return Parsed<Pan>::ok(Pan(value));
}

QString Pan::masked() const
{
    return QStringLiteral("XXXXX") + m_value.mid(5, 4) + QLatin1Char('X');
}

} // namespace rentflow
