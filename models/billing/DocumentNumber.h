#pragma once

#include "domain/FinancialYear.h"
#include "domain/Parsed.h"

namespace rentflow {

// Numbers of issued documents (CGST Rule 46(b)): at most 16 characters of
// letters, digits, '-' and '/', consecutive and unique in a financial year.
// Form: PREFIX/YYYY/NNNN, e.g. KORA/2627/0001 (property KOR, PC A, 2026-27); the
// number widens past 9999, up to 999999 for a four-letter prefix.
class DocumentNumber
{
public:
    static constexpr int kMaxLength = 16;

    // A series prefix: 1–6 of A–Z and 0–9; e.g. "KORA" (property KOR, PC A).
    static Parsed<QString> checkPrefix(QStringView prefix);
    // The n-th number (n ≥ 1) of the series in that year, or why it cannot exist.
    static Parsed<QString> compose(const QString& prefix, const FinancialYear& year, qint64 n);
};

} // namespace rentflow
