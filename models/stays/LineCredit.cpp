#include "LineCredit.h"

#include <algorithm>

namespace rentflow {

CreditAmounts creditAfter(const BilledLine& line, QDate lastDay)
{
    const QDate from =
        line.countedFrom.isValid() ? std::max(line.countedFrom, line.periodFrom) : line.periodFrom;
    if (!from.isValid() || !line.periodTo.isValid() || line.periodTo < from)
        return {};
    const qint64 counted = from.daysTo(line.periodTo) + 1;
    const QDate firstAfter = std::max(from, lastDay.addDays(1));
    const qint64 after = firstAfter > line.periodTo ? 0 : firstAfter.daysTo(line.periodTo) + 1;
    if (after == 0)
        return {};
    return {line.heads.taxable.prorated(after, counted), line.heads.cgst.prorated(after, counted),
            line.heads.sgst.prorated(after, counted), line.heads.igst.prorated(after, counted)};
}

} // namespace rentflow
