#include "BillingPeriod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

Parsed<BillingPeriod> BillingPeriod::parse(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = shape.match(text.trimmed().toString());
    const int month = match.hasMatch() ? match.captured(2).toInt() : 0;
    const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (!match.hasMatch() || month < 1 || month > 12 || year < 2000 || year > 2200)
        return Parsed<BillingPeriod>::fail(
            QCoreApplication::translate("BillingPeriod",
                                        "'%1' is not a month (YYYY-MM, e.g. 2026-11)")
                .arg(text.toString()));
    return Parsed<BillingPeriod>::ok(BillingPeriod(year, month));
}

int BillingPeriod::daysOverlapping(QDate from, QDate to) const
{
    const QDate start = std::max(from, firstDay());
    const QDate end = to.isValid() ? std::min(to, lastDay()) : lastDay();
    return end < start ? 0 : int(start.daysTo(end)) + 1;
}

QString BillingPeriod::toString() const
{
    return QStringLiteral("%1-%2")
        .arg(m_year, 4, 10, QLatin1Char('0'))
        .arg(m_month, 2, 10, QLatin1Char('0'));
}

} // namespace rentflow
