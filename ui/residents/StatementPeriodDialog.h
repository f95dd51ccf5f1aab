#pragma once

#include <QDate>
#include <QDialog>

namespace rentflow::ui {

class DateField;
class FormErrors;

// Asks for the period of a resident's statement: from the first of last month to today
// unless changed; a `from` after `to` is refused next to the field.
class StatementPeriodDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StatementPeriodDialog(QWidget* parent = nullptr, QDate today = QDate::currentDate());
    QDate from() const;
    QDate to() const;
    void accept() override;

private:
    DateField* m_from;
    DateField* m_to;
    FormErrors* m_errors;
};

} // namespace rentflow::ui
