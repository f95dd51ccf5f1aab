#pragma once

#include <domain/FieldError.h>
#include <inventory/PropertyRepository.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rentflow::ui {

class FormErrors;

// First run, after the business: its first property (name, kind, address, city, state,
// pincode). Refused fields are shown next to what the user typed, which is kept.
class FirstPropertyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstPropertyDialog(QWidget* parent = nullptr);

    void setInput(const PropertyInput& input);
    void showErrors(const FieldErrors& errors);
    PropertyInput input() const;
    QString messageFor(const QString& field) const; // the error shown next to a field
    // Refuses bad fields here, next to them, and stays open with what was typed.
    void accept() override;

private:
    QLineEdit* m_nameLineEdit;
    QComboBox* m_kindComboBox;
    QLineEdit* m_addressLineEdit;
    QLineEdit* m_cityLineEdit;
    QComboBox* m_stateComboBox;
    QLineEdit* m_pincodeLineEdit;
    QLabel* m_generalLabel;
    FormErrors* m_errors;
};

} // namespace rentflow::ui
