#pragma once

#include <domain/Money.h>

#include <QString>

namespace rentflow::reports {

// An amount in Hindi words in the Indian system (सौ, हज़ार, लाख, करोड़):
// ₹1,20,000.50 → "एक लाख बीस हज़ार रुपये और पचास पैसे मात्र".
QString hindiAmountInWords(Money amount);

// A whole number in Hindi words, 0 … 99,99,99,99,999 ("शून्य", "एक सौ एक").
QString hindiNumberInWords(qint64 number);

} // namespace rentflow::reports
