#pragma once

#include "domain/IsoDate.h"
#include "domain/Money.h"

#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace rentflow::store {

// Values as the read models take them from a row (dates: storedDate in IsoDate.h).

// An amount stored in paise.
inline Money storedMoney(const QVariant& value)
{
    return Money::fromPaise(value.toLongLong());
}

// Parts of an address as one printed line, "12 MG Road, Bengaluru, 560001": each part
// trimmed, empty ones left out.
inline QString joinedParts(std::initializer_list<QString> parts)
{
    QStringList kept;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    return kept.join(QStringLiteral(", "));
}

} // namespace rentflow::store
