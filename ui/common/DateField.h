#pragma once

#include <QDateEdit>

namespace rentflow::ui {

// A day, shown and typed as the office writes it (26-11-2026), with a calendar popup.
// Starts on today; setDate() any other.
class DateField : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);
    explicit DateField(const QDate& date, QWidget* parent = nullptr);
};

} // namespace rentflow::ui
