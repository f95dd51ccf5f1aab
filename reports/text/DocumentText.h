#pragma once

#include "Lang.h"

#include <domain/Money.h>

#include <QDate>
#include <QString>

namespace rentflow::reports {

// How values are written on documents, in either language. Figures stay in
// international (Latin) digits with Indian grouping in Hindi too, as Indian tax
// documents and banks print them: "12,34,567.00".
namespace text {

// "₹12,34,567.00"; a negative amount "-₹500.00".
QString rupees(Money amount);
// "12,34,567.00" (table columns, where the heading says ₹).
QString figures(Money amount);
// The amount in words in the Indian system: English ("Rupees One Lakh … Only")
// or Hindi ("एक लाख … रुपये मात्र").
QString inWords(Money amount, Lang lang);
// "26-11-2026"; an invalid date is empty.
QString date(const QDate& date);
// "November 2026" / "नवंबर 2026".
QString monthYear(const QDate& anyDayOfMonth, Lang lang);
// "01-11-2026 to 30-11-2026" / "01-11-2026 से 30-11-2026".
QString dateRange(const QDate& from, const QDate& to, Lang lang);
// A GST state code as invoices and notes print it (the place of supply, Rule 46(n)):
// "Karnataka (29)"; a code that is no state is printed as it is.
QString stateWithCode(const QString& code);
// A tax rate in basis points: "18%", "2.5%", "0.25%".
QString percent(int basisPoints);
// An Indian mobile number as it is read aloud, "+91 98450 12345" (stored "+919845012345");
// any other number as stored.
QString phone(const QString& stored);

} // namespace text
} // namespace rentflow::reports
