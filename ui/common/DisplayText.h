#pragma once

#include <domain/Money.h>

#include <QDate>
#include <QString>

// How every screen writes amounts and days (SPEC §6.7: Indian grouping, dd-MM-yyyy).
namespace rentflow::ui {

// "₹ 8,000.00", "−₹ 500.00": Indian grouping, a no-break space after ₹ so a line never
// ends between the sign and the figure.
QString rupees(Money amount);
// "26-11-2026"; empty for no day.
QString shownDate(const QDate& date);

} // namespace rentflow::ui
