#pragma once

#include <domain/Money.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>

// How the residents screen writes amounts, days and the store's words for people.
namespace rentflow::ui::residents {

// A day typed as the office writes it (26-11-2026, also 26/11/2026) as the store's
// YYYY-MM-DD; the text itself when it is not such a day (the model names the field).
inline QString storedDay(const QString& typed)
{
    const QString text = typed.trimmed();
    for (const char* format : {"dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy"}) {
        const QDate day = QDate::fromString(text, QString::fromLatin1(format));
        if (day.isValid())
            return day.toString(Qt::ISODate);
    }
    return text;
}

// Whether `typed` is empty or a day storedDay() understands.
inline bool isDayOrEmpty(const QString& typed)
{
    const QString text = typed.trimmed();
    return text.isEmpty() || QDate::fromString(storedDay(text), Qt::ISODate).isValid();
}

} // namespace rentflow::ui::residents
