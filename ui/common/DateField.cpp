#include "DateField.h"

namespace rentflow::ui {

DateField::DateField(QWidget* parent) : DateField(QDate::currentDate(), parent) {}

DateField::DateField(const QDate& date, QWidget* parent) : QDateEdit(date, parent)
{
    setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    setCalendarPopup(true);
    setMinimumDate(QDate(2000, 1, 1));
    setMaximumDate(QDate(2099, 12, 31));
}

} // namespace rentflow::ui
