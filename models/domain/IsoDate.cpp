#include "IsoDate.h"

#include <QCoreApplication>

namespace rentflow {

namespace {
// Exactly DDDD-DD-DD in ASCII digits: Qt's ISO reader also takes 2026/11/05 and
// 2026.11.05, which are not the form CLI.md and the files promise.
bool hasIsoShape(const QString& text)
{
    if (text.size() != 10)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool dash = i == 4 || i == 7;
        if (dash ? c != u'-' : (c < u'0' || c > u'9'))
            return false;
    }
    return true;
}
} // namespace

Parsed<QDate> parseIsoDate(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    const QDate date = hasIsoShape(trimmed) ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (!date.isValid())
        return Parsed<QDate>::fail(
            QCoreApplication::translate("IsoDate", "'%1' is not a date as YYYY-MM-DD")
                .arg(trimmed));
    return Parsed<QDate>::ok(date);
}

} // namespace rentflow
