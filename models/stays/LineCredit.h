#pragma once

#include "billing/InvoiceCorrections.h"

#include <QDate>

namespace rentflow {

// One issued invoice line that billed a stretch of days (invoice_line.period_from/to):
// a rent stretch, a recurring charge's days, or a utility share of a meter interval.
struct BilledLine
{
    QDate periodFrom, periodTo; // the days the line bills
    // The first day the resident counted for in the line: the period's first day for
    // rent and recurring charges; for a utility share, the later of the interval's first
    // day and the day she came to the meter's room (her days are countedFrom..periodTo).
    QDate countedFrom;
    CreditAmounts heads; // the line's own value and tax heads (its own rate or exemption)
};

// What a line billed for days after `lastDay`, the stay's last day: the line's value
// and each of its tax heads × (its counted days after lastDay) / (its counted days).
// Nothing when the line ends on or before lastDay. Pure.
CreditAmounts creditAfter(const BilledLine& line, QDate lastDay);

} // namespace rentflow
