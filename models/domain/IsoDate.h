#pragma once

#include "Parsed.h"

#include <QDate>

namespace rentflow {

// A business date typed as YYYY-MM-DD (CLI.md), refused unless it is a real day.
Parsed<QDate> parseIsoDate(QStringView text);

} // namespace rentflow
