#pragma once

#include "Parsed.h"

#include <QtGlobal>

namespace rentflow {

// A meter quantity (kWh, litres…) in exact hundredths of a unit.
class Quantity
{
public:
    static constexpr qint64 kMaxHundredths = 9'999'999'999; // a 8-digit register with two decimals

    static constexpr Quantity fromHundredths(qint64 h) { return Quantity(h); }
    // "1234", "1234.5", "1234.56"; not negative.
    static Parsed<Quantity> parse(QStringView text);

    constexpr qint64 hundredths() const { return m_hundredths; }
    QString toString() const; // "1234.50"

    friend constexpr auto operator<=>(Quantity a, Quantity b) = default;

private:
    constexpr explicit Quantity(qint64 h) : m_hundredths(h) {}
    qint64 m_hundredths = 0;
};

} // namespace rentflow
