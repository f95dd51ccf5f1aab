#pragma once

#include "domain/Money.h"
#include "domain/Quantity.h"

#include <QList>
#include <QString>

#include <optional>

namespace rentflow {

// The pure arithmetic of utilities (SPEC §4.4): consumption between two
// readings, the tariff's charge for it, and its split among residents.

// Units used between two readings, in hundredths. `kind` is the later
// reading's: regular (or final) subtracts; rollover counts through the
// register's maximum (`rolloverAt`, else the next power of ten); replacement
// starts a new register, so nothing is counted on the old one.
qint64 meterConsumption(qint64 previous, qint64 current, const QString& kind,
                        std::optional<qint64> rolloverAt);

// A register without a known maximum rolls over at the next power of ten.
qint64 rolloverPoint(qint64 previous, std::optional<qint64> configured);

struct TariffSlab
{
    std::optional<qint64> uptoHundredths; // cumulative upper bound; none: no bound
    Money ratePerUnit;
};

struct Tariff
{
    Money unitRate;          // used when there are no slabs
    QList<TariffSlab> slabs; // in ascending order of their bound
    Money fixedCharge;       // per reading period

    // consumption × rate (or through the slabs) + the fixed charge, rounded
    // half up to the paisa once, at the end.
    Money charge(Quantity consumption) const;
    // "12 units × ₹9.50" or "first 100 units × ₹5.00, next 20 units × ₹7.00", and the fixed charge.
    QString describe(Quantity consumption) const;
};

// Splits `total` in proportion to `weights` (days occupied, or 1 per head),
// to the paisa, so that the shares add up to the total exactly: each share is
// rounded down and the paise left over go to the largest remainders (ties to
// the earlier weight). Weights are not negative; a zero weight gets nothing.
QList<Money> splitByWeight(Money total, const QList<qint64>& weights);
// The same for a whole number (hundredths of a unit, say).
QList<qint64> splitIntegerByWeight(qint64 total, const QList<qint64>& weights);

} // namespace rentflow
