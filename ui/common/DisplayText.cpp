#include "DisplayText.h"

namespace rentflow::ui {

QString rupees(Money amount)
{
    if (amount.isNegative())
        return QStringLiteral("−₹\u00A0") + Money::fromPaise(-amount.paise()).toIndianString();
    return QStringLiteral("₹\u00A0") + amount.toIndianString();
}

QString shownDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace rentflow::ui
