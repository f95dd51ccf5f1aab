#include "UtilityMath.h"

#include <QStringList>

#include <algorithm>
#include <numeric>

namespace rentflow {

qint64 rolloverPoint(qint64 previous, std::optional<qint64> configured)
{
    if (configured && *configured > previous)
        return *configured;
    qint64 point = 100; // hundredths of one unit
    while (point <= previous)
        point *= 10;
    return point;
}

qint64 meterConsumption(qint64 previous, qint64 current, const QString& kind,
                        std::optional<qint64> rolloverAt)
{
    if (kind == QLatin1String("replacement"))
        return 0;
    if (kind == QLatin1String("rollover"))
        return rolloverPoint(previous, rolloverAt) - previous + current;
    return current - previous;
}

namespace {

// The hundredths of consumption that fall in each slab, in slab order.
QList<qint64> unitsPerSlab(const QList<TariffSlab>& slabs, qint64 consumption)
{
    QList<qint64> units;
    qint64 below = 0;
    for (const TariffSlab& slab : slabs) {
        const qint64 top = slab.uptoHundredths.value_or(std::max(consumption, below));
        units.append(std::clamp(consumption, below, std::max(top, below)) - below);
        below = std::max(top, below);
    }
    return units;
}

} // namespace

Money Tariff::charge(Quantity consumption) const
{
    // Σ hundredths × paise per unit, then one rounding: exact to the last slab.
    qint64 hundredthPaise = 0;
    if (slabs.isEmpty()) {
        hundredthPaise = consumption.hundredths() * unitRate.paise();
    } else {
        const QList<qint64> units = unitsPerSlab(slabs, consumption.hundredths());
        for (qsizetype i = 0; i < slabs.size(); ++i)
            hundredthPaise += units[i] * slabs[i].ratePerUnit.paise();
    }
    return Money::fromPaise(hundredthPaise).prorated(1, 100) + fixedCharge;
}

QString Tariff::describe(Quantity consumption) const
{
    QStringList parts;
    if (slabs.isEmpty()) {
        parts << QStringLiteral("%1 units × ₹%2")
                     .arg(consumption.toString(), unitRate.toIndianString());
    } else {
        const QList<qint64> units = unitsPerSlab(slabs, consumption.hundredths());
        for (qsizetype i = 0; i < slabs.size(); ++i)
            if (units[i] > 0)
                parts << QStringLiteral("%1 units × ₹%2")
                             .arg(Quantity::fromHundredths(units[i]).toString(),
                                  slabs[i].ratePerUnit.toIndianString());
    }
    if (!fixedCharge.isZero())
        parts << QStringLiteral("fixed ₹%1").arg(fixedCharge.toIndianString());
    return parts.join(QStringLiteral(" + "));
}

QList<qint64> splitIntegerByWeight(qint64 total, const QList<qint64>& weights)
{
    const qint64 sum = std::accumulate(weights.begin(), weights.end(), qint64(0));
    QList<qint64> shares;
    if (sum <= 0)
        return shares;
    QList<std::pair<qint64, qsizetype>> remainders; // (remainder, index)
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        // total × weight / sum without overflow: totals stay far below 2^63 / days.
        const qint64 scaled = total * weights[i];
        shares.append(scaled / sum);
        remainders.append({scaled % sum, i});
        given += scaled / sum;
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qint64 left = total - given, k = 0; left > 0; --left, ++k)
        shares[remainders[k].second] += 1;
    return shares;
}

QList<Money> splitByWeight(Money total, const QList<qint64>& weights)
{
    QList<Money> shares;
    for (qint64 paise : splitIntegerByWeight(total.paise(), weights))
        shares.append(Money::fromPaise(paise));
    return shares;
}

} // namespace rentflow
