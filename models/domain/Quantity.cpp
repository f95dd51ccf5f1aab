#include "Quantity.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

Parsed<Quantity> Quantity::parse(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,8})(?:\\.(\\d{1,2}))?$"));
    const auto match = shape.match(text.trimmed().toString());
    if (!match.hasMatch())
        return Parsed<Quantity>::fail(
            QCoreApplication::translate("Quantity",
                                        "'%1' is not a meter value (e.g. 1234 or 1234.5)")
                .arg(text.toString()));
    const qint64 h = match.captured(1).toLongLong() * 100 +
                     match.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    return Parsed<Quantity>::ok(Quantity(h));
}

QString Quantity::toString() const
{
    return QStringLiteral("%1.%2")
        .arg(m_hundredths / 100)
        .arg(m_hundredths % 100, 2, 10, QLatin1Char('0'));
}

} // namespace rentflow
