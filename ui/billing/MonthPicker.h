#pragma once

#include <QComboBox>

namespace rentflow::ui::billing {

// A billing month chosen from a short list (a year back to next month, newest
// first), optionally with "All months" at the top. month() is YYYY-MM, empty for all.
class MonthPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit MonthPicker(bool withAll, QWidget* parent = nullptr);
    QString month() const { return currentData().toString(); }
    // Selects YYYY-MM (or all, when empty); false when it is not in the list.
    bool setMonth(const QString& month);
};

} // namespace rentflow::ui::billing
