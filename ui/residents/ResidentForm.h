#pragma once

#include <residents/ResidentRepository.h>

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rentflow::ui {

class FormErrors;

// Every field of a resident (SPEC §3.1) as the office types it: who they are, how to reach
// them, their identity numbers and the KYC and police-verification status. The same form
// adds a resident and edits one; refusals show under their field (the models' names:
// name, phone, email, dob, pan, aadhaar, …). The Aadhaar number is kept masked: its box
// is empty and shows the masked number; typing a new one replaces it.
class ResidentForm : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentForm(QWidget* parent = nullptr);

    void setResident(const Resident& resident);
    // Shows or hides the KYC and police-verification fields (a new resident starts pending).
    void setVerificationShown(bool shown);
    // Refuses what the form itself can tell (a day not written as a day), next to the
    // field; true when nothing was refused.
    bool checkTyped();
    // Every field as typed (the Aadhaar only when a number was typed).
    ResidentChanges changes() const;
    ResidentInput input() const;
    FormErrors& errors() { return *m_errors; }
    // Whether anything was typed or chosen since setResident().
    bool isModified() const { return m_modified; }
    QLabel* generalErrorLabel() const { return m_generalError; }

private:
    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& field,
                       const QString& objectName, const QString& placeholder = {});

    FormErrors* m_errors;
    QLabel* m_generalError;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_dateOfBirth;
    QComboBox* m_gender;
    QComboBox* m_language;
    QLineEdit* m_fatherName;
    QLineEdit* m_address;
    QLineEdit* m_occupation;
    QLineEdit* m_employer;
    QLineEdit* m_emergencyName;
    QLineEdit* m_emergencyPhone;
    QLineEdit* m_pan;
    QLineEdit* m_aadhaar;
    QLineEdit* m_gstin;
    QGroupBox* m_verification;
    QComboBox* m_kycStatus;
    QComboBox* m_policeStatus;
    QLineEdit* m_policeVerifiedOn;
    QPlainTextEdit* m_notes;
    bool m_modified = false;
};

} // namespace rentflow::ui
