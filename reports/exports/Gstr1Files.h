#pragma once

#include "CsvTable.h"

#include <exports/Gstr1Summary.h>

#include <QByteArray>

namespace rentflow::reports {

// GSTR-1 in the GST portal offline tool's JSON (field names in reports/exports/EXPORTS.md).
// Amounts are JSON numbers in rupees with two decimals, written from paise as text.
QByteArray gstr1Json(const Gstr1& gstr1);
// The same sections as one CSV, a `section` column saying which table each row is.
CsvTable gstr1Csv(const Gstr1& gstr1);

// A rate in basis points as the return writes it: 500 → "5", 250 → "2.5".
QString ratePercent(int rateBp);

} // namespace rentflow::reports
