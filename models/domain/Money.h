#pragma once

#include "Parsed.h"
#include "Rate.h"

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
    // No monthly rent, deposit or single payment at a PG reaches ₹10 lakh: above
    // it, an amount is a typing mistake and is refused.
    static constexpr qint64 kMaxEverydayPaise = 10'00'000'00;

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
    // "12,34,567.00": Indian digit grouping (SPEC §4.1, QLocale English/India).
    QString toIndianString() const;
    // "Rupees One Lakh Twenty Thousand and Fifty Paise Only" (Indian system).
    QString toWords() const;

    // Arithmetic never wraps silently: amounts are bounded at input, so an
    // overflow here is a programming error and stops the program loudly.
    friend Money operator+(Money a, Money b);
    friend Money operator-(Money a, Money b);
    Money operator-() const { return Money(0) - *this; }
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    Money times(qint64 factor) const;
    // The share numerator/denominator of this amount, rounded half away from zero to the paisa.
    Money prorated(qint64 numerator, qint64 denominator) const;
    // The rate of this amount (e.g. GST), rounded half away from zero to the paisa.
    Money percent(Rate rate) const
    {
        return prorated(rate.basisPoints(), Rate::kBasisPointsPerWhole);
    }
    // To the nearest rupee, halves up (away from zero).
    Money roundedToRupee() const { return prorated(1, 100).times(100); }

    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 paise) : m_paise(paise) {}
    qint64 m_paise = 0;
};

} // namespace rentflow
