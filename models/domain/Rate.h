#pragma once

#include "Parsed.h"

namespace rentflow {

// A percentage in basis points (18% = 1800): rates are never floating point.
class Rate
{
public:
    static constexpr int kBasisPointsPerWhole = 10000;

    constexpr Rate() = default;
    static constexpr Rate fromBasisPoints(int bp) { return Rate(bp); }
    static constexpr Rate fromPercent(int percent) { return Rate(percent * 100); }
    // "18", "18%", "2.5%", "0.25" (percent; at most two decimals; 0–100).
    static Parsed<Rate> parse(QStringView text);

    constexpr int basisPoints() const { return m_bp; }
    constexpr bool isZero() const { return m_bp == 0; }
    // "18%", "2.5%", "0.25%".
    QString toString() const;
    // Half of it, as for CGST and SGST (odd basis points are not valid GST rates).
    constexpr Rate half() const { return Rate(m_bp / 2); }

    friend constexpr bool operator==(Rate a, Rate b) = default;
    friend constexpr auto operator<=>(Rate a, Rate b) = default;

private:
    constexpr explicit Rate(int bp) : m_bp(bp) {}
    int m_bp = 0;
};

} // namespace rentflow
