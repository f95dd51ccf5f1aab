#include "IsoDate.h"

#include <QCoreApplication>

namespace rentflow {

Parsed<QDate> parseIsoDate(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (trimmed.size() != 10 || !date.isValid())
        return Parsed<QDate>::fail(
            QCoreApplication::translate("IsoDate", "'%1' is not a date as YYYY-MM-DD")
                .arg(trimmed));
    return Parsed<QDate>::ok(date);
}

} // namespace rentflow
