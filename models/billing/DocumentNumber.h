#pragma once

#include "domain/FinancialYear.h"
#include "domain/Parsed.h"

namespace rentflow {

// Numbers of issued documents (CGST Rule 46(b)): at most 16 characters of
// letters, digits, '-' and '/', consecutive and unique in a financial year.
// Form: PREFIX/YY-YY/NNNN, e.g. KOR-A/26-27/0001; the number widens past 9999.
class DocumentNumber
{
public:
    static constexpr int kMaxLength = 16;

    // A series prefix: 1–6 of A–Z, 0–9, '-'; e.g. "KOR-A" (property KOR, PC A).
    static Parsed<QString> checkPrefix(QStringView prefix);
    // The n-th number (n ≥ 1) of the series in that year, or why it cannot exist.
    static Parsed<QString> compose(const QString& prefix, const FinancialYear& year, qint64 n);
};

} // namespace rentflow
