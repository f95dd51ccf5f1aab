#pragma once

#include "Parsed.h"

#include <QDate>
#include <QVariant>

namespace rentflow {

// A business date typed as YYYY-MM-DD (CLI.md), refused unless it is a real day.
Parsed<QDate> parseIsoDate(QStringView text);

// A date column as the store keeps it (ISO text); NULL or empty: an invalid date.
inline QDate storedDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace rentflow
