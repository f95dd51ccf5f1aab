#include "MonthPicker.h"

#include <QDate>
#include <QLocale>

namespace rentflow::ui::billing {

MonthPicker::MonthPicker(bool withAll, QWidget* parent) : QComboBox(parent)
{
    if (withAll)
        addItem(tr("All months"), QString());
    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    const QLocale english(QLocale::English, QLocale::India);
    for (int ahead = 1; ahead >= -24; --ahead) {
        const QDate first = thisMonth.addMonths(ahead);
        addItem(english.toString(first, QStringLiteral("MMMM yyyy")),
                first.toString(QStringLiteral("yyyy-MM")));
    }
    if (!withAll)
        setMonth(thisMonth.toString(QStringLiteral("yyyy-MM")));
}

bool MonthPicker::setMonth(const QString& month)
{
    const int index = findData(month);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace rentflow::ui::billing
