#pragma once

#include "Parsed.h"

#include <QString>
#include <QtGlobal>

namespace rentflow {

// An exact amount of Indian rupees as a whole number of paise (ARCHITECTURE.md:
// never floating point).
class Money
{
public:
    // Larger than any amount a PG business handles (₹1,000 crore); parse refuses more.
    static constexpr qint64 kMaxPaise = 1'000'00'00'000'00LL;

    constexpr Money() = default;
    static constexpr Money fromPaise(qint64 paise) { return Money(paise); }
    static constexpr Money fromRupees(qint64 rupees) { return Money(rupees * 100); }

    // "12000", "12000.5", "12,000.50", "₹ 12,000" → paise. At most two decimals.
    static Parsed<Money> parse(QStringView text);

    constexpr qint64 paise() const { return m_paise; }
    constexpr bool isNegative() const { return m_paise < 0; }
    constexpr bool isZero() const { return m_paise == 0; }

    // "12000.00", "-5.50": the JSON and CSV form (CLI.md).
    QString toDecimalString() const;

    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 paise) : m_paise(paise) {}
    qint64 m_paise = 0;
};

} // namespace rentflow
