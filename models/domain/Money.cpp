#include "Money.h"

#include <QCoreApplication>

namespace rentflow {

Parsed<Money> Money::parse(QStringView input)
{
    QString text = input.trimmed().toString();
    if (text.startsWith(QChar(0x20B9))) // ₹
        text = text.mid(1).trimmed();
    else if (text.startsWith(QLatin1String("Rs."), Qt::CaseInsensitive))
        text = text.mid(3).trimmed();
    text.remove(QLatin1Char(','));
    if (text.isEmpty())
        return Parsed<Money>::fail(QCoreApplication::translate("Money", "an amount is required"));

    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    auto allDigits = [](const QString& s) {
        return std::all_of(s.begin(), s.end(),
                           [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction) ||
        (dot >= 0 && fraction.isEmpty()))
        return Parsed<Money>::fail(
            QCoreApplication::translate("Money",
                                        "'%1' is not an amount in rupees (e.g. 12000 or 12000.50)")
                .arg(input.toString()));
    if (fraction.size() > 2)
        return Parsed<Money>::fail(QCoreApplication::translate(
            "Money", "amounts have at most two decimal places (paise)"));
    if (whole.size() > 13)
        return Parsed<Money>::fail(QCoreApplication::translate("Money", "the amount is too large"));

    const qint64 rupees = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 paise =
        rupees * 100 + (fraction.isEmpty()
                            ? 0
                            : QString(fraction).leftJustified(2, QLatin1Char('0')).toLongLong());
    if (paise > kMaxPaise)
        return Parsed<Money>::fail(QCoreApplication::translate("Money", "the amount is too large"));
    return Parsed<Money>::ok(Money(negative ? -paise : paise));
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_paise < 0 ? -m_paise : m_paise;
    return QStringLiteral("%1%2.%3")
        .arg(m_paise < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace rentflow
