#pragma once

#include <domain/Money.h>

#include <QDate>
#include <QString>

namespace rentflow::ui::billing {

// Money as the billing screen shows it: "₹ 8,000.00" (Indian grouping), the sign and
// the amount joined by a no-break space so a line never ends between them.
inline QString rupees(Money amount)
{
    return QStringLiteral("₹\u00A0") + amount.toIndianString();
}

// A day as the office writes it: 26-11-2026.
inline QString shortDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace rentflow::ui::billing
