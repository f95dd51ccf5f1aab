#include "IntervalSplit.h"

#include "UtilityMath.h"

#include <algorithm>
#include <numeric>

namespace rentflow {

IntervalSplit IntervalSplit::of(const Input& input)
{
    IntervalSplit split;
    if (input.stayDays.isEmpty())
        return split;
    QList<qint64> weights;
    if (input.perHead) {
        weights.fill(1, input.stayDays.size());
    } else {
        const qint64 held =
            std::accumulate(input.stayDays.begin(), input.stayDays.end(), qint64(0));
        // More days held than beds × days only when beds were removed since: never below held.
        split.bedDays = std::max(qint64(input.days) * input.beds, held);
        split.emptyDays = split.bedDays - held;
        weights = input.stayDays;
        weights.prepend(split.emptyDays); // the operator's weight first: ties go to the operator
    }
    const QList<Money> money = splitByWeight(input.charge, weights);
    const QList<qint64> units = splitIntegerByWeight(input.unitsHundredths, weights);
    const qsizetype first = input.perHead ? 0 : 1;
    if (!input.perHead)
        split.operatorPart = {money.value(0), units.value(0)};
    for (qsizetype i = first; i < weights.size(); ++i)
        split.stays.append({money[i], units[i]});
    return split;
}

} // namespace rentflow
