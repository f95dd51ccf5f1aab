#include "Rate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

Parsed<Rate> Rate::parse(QStringView input)
{
    QString text = input.trimmed().toString();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return Parsed<Rate>::fail(
            QCoreApplication::translate("Rate", "'%1' is not a percentage (e.g. 18 or 2.5%)")
                .arg(input.toString()));
    const int bp = match.captured(1).toInt() * 100 +
                   match.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    if (bp > kBasisPointsPerWhole)
        return Parsed<Rate>::fail(
            QCoreApplication::translate("Rate", "a percentage is at most 100"));
    return Parsed<Rate>::ok(Rate(bp));
}

QString Rate::toString() const
{
    QString text = QString::number(m_bp / 100);
    if (m_bp % 100 != 0) {
        text += QStringLiteral(".%1").arg(m_bp % 100, 2, 10, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text + QLatin1Char('%');
}

} // namespace rentflow
