#pragma once

#include <organisation/OrganisationRepository.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rentflow::ui {

// First run (SPEC §1.2): the organisation the workspace belongs to. Refused
// fields are shown next to what the user typed, which is kept.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget* parent = nullptr);

    void setInput(const OrganisationInput& input);
    void showErrors(const FieldErrors& errors);
    OrganisationInput input() const;
    // Refuses bad fields here, naming them, and stays open with what was typed.
    void accept() override;

private:
    QLineEdit* m_nameLineEdit;
    QComboBox* m_stateComboBox;
    QLineEdit* m_gstinLineEdit;
    QLineEdit* m_panLineEdit;
    QLineEdit* m_addressLineEdit;
    QLineEdit* m_upiLineEdit;
    QLabel* m_errorsLabel;
};

} // namespace rentflow::ui
