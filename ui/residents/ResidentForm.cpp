#include "ResidentForm.h"

#include "ResidentText.h"

#include <common/DisplayText.h>
#include <common/FormErrors.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rentflow::ui {

namespace {

void addChoices(QComboBox* box, const QList<std::pair<QString, QString>>& choices)
{
    for (const auto& [value, label] : choices)
        box->addItem(label, value);
}

void choose(QComboBox* box, const QString& value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QString chosen(const QComboBox* box)
{
    return box->currentData().toString();
}

} // namespace

ResidentForm::ResidentForm(QWidget* parent) : QWidget(parent)
{
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("residentFormErrorLabel"));
    m_errors = new FormErrors(this, m_generalError);

    auto* personal = new QGroupBox(tr("Person"), this);
    auto* personalForm = new QFormLayout(personal);
    m_name = addLine(personalForm, tr("&Name:"), QStringLiteral("name"), QStringLiteral("nameEdit"),
                     tr("First and last name"));
    m_phone = addLine(personalForm, tr("&Phone:"), QStringLiteral("phone"),
                      QStringLiteral("phoneEdit"), tr("10-digit mobile"));
    m_email =
        addLine(personalForm, tr("E-&mail:"), QStringLiteral("email"), QStringLiteral("emailEdit"));
    m_dateOfBirth = addLine(personalForm, tr("Date of &birth:"), QStringLiteral("dob"),
                            QStringLiteral("dateOfBirthEdit"), tr("dd-mm-yyyy"));
    m_gender = new QComboBox(personal);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    addChoices(m_gender, {{QString(), tr("Not given")},
                          {QStringLiteral("female"), tr("Female")},
                          {QStringLiteral("male"), tr("Male")},
                          {QStringLiteral("other"), tr("Other")}});
    personalForm->addRow(tr("&Gender:"), m_gender);
    m_errors->bind(QStringLiteral("gender"), m_gender, personalForm);
    m_fatherName = addLine(personalForm, tr("&Father's name:"), QStringLiteral("father-name"),
                           QStringLiteral("fatherNameEdit"), tr("Father's or guardian's"));
    m_language = new QComboBox(personal);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    addChoices(m_language,
               {{QStringLiteral("en"), tr("English")}, {QStringLiteral("hi"), tr("Hindi")}});
    personalForm->addRow(tr("Documents &language:"), m_language);
    m_errors->bind(QStringLiteral("lang"), m_language, personalForm);
    m_address = addLine(personalForm, tr("Permanent &address:"), QStringLiteral("address"),
                        QStringLiteral("addressEdit"));

    auto* identity = new QGroupBox(tr("Identity"), this);
    auto* identityForm = new QFormLayout(identity);
    m_pan = addLine(identityForm, tr("PA&N:"), QStringLiteral("pan"), QStringLiteral("panEdit"),
                    tr("ABCDE1234F"));
    m_aadhaar = addLine(identityForm, tr("Aadhaa&r:"), QStringLiteral("aadhaar"),
                        QStringLiteral("aadhaarEdit"), tr("12 digits"));
    m_gstin = addLine(identityForm, tr("GST&IN:"), QStringLiteral("gstin"),
                      QStringLiteral("gstinEdit"), tr("Only for a registered business"));

    auto* work = new QGroupBox(tr("Work and emergency contact"), this);
    auto* workForm = new QFormLayout(work);
    m_occupation = addLine(workForm, tr("&Occupation:"), QStringLiteral("occupation"),
                           QStringLiteral("occupationEdit"), tr("Student, engineer…"));
    m_employer = addLine(workForm, tr("&Employer / college:"), QStringLiteral("employer"),
                         QStringLiteral("employerEdit"));
    m_emergencyName = addLine(workForm, tr("Emergency &contact:"), QStringLiteral("emergency-name"),
                              QStringLiteral("emergencyNameEdit"), tr("Name"));
    m_emergencyPhone = addLine(workForm, tr("Emergency p&hone:"), QStringLiteral("emergency-phone"),
                               QStringLiteral("emergencyPhoneEdit"));

    m_verification = new QGroupBox(tr("Verification"), this);
    auto* verificationForm = new QFormLayout(m_verification);
    m_kycStatus = new QComboBox(m_verification);
    m_kycStatus->setObjectName(QStringLiteral("kycStatusCombo"));
    addChoices(m_kycStatus, {{QStringLiteral("pending"), tr("Pending")},
                             {QStringLiteral("submitted"), tr("Submitted")},
                             {QStringLiteral("verified"), tr("Verified")},
                             {QStringLiteral("rejected"), tr("Rejected")}});
    verificationForm->addRow(tr("&KYC:"), m_kycStatus);
    m_errors->bind(QStringLiteral("kyc-status"), m_kycStatus, verificationForm);
    m_policeStatus = new QComboBox(m_verification);
    m_policeStatus->setObjectName(QStringLiteral("policeStatusCombo"));
    addChoices(m_policeStatus, {{QStringLiteral("pending"), tr("Pending")},
                                {QStringLiteral("submitted"), tr("Submitted")},
                                {QStringLiteral("verified"), tr("Verified")},
                                {QStringLiteral("not_required"), tr("Not required")}});
    verificationForm->addRow(tr("Police &verification:"), m_policeStatus);
    m_errors->bind(QStringLiteral("police-status"), m_policeStatus, verificationForm);
    m_policeVerifiedOn =
        addLine(verificationForm, tr("Police verified on:"), QStringLiteral("police-verified-on"),
                QStringLiteral("policeVerifiedOnEdit"), tr("dd-mm-yyyy"));
    m_notes = new QPlainTextEdit(m_verification);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    verificationForm->addRow(tr("No&tes:"), m_notes);
    m_errors->bind(QStringLiteral("notes"), m_notes, verificationForm);

    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, [this] { m_modified = true; });
    for (QComboBox* box : findChildren<QComboBox*>())
        connect(box, &QComboBox::activated, this, [this] { m_modified = true; });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->hasFocus())
            m_modified = true;
    });

    auto* left = new QVBoxLayout;
    left->addWidget(personal);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(identity);
    right->addWidget(work);
    right->addWidget(m_verification);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_generalError);
    layout->addLayout(columns);
}

QLineEdit* ResidentForm::addLine(QFormLayout* form, const QString& label, const QString& field,
                                 const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    m_errors->bind(field, edit, form);
    return edit;
}

void ResidentForm::setVerificationShown(bool shown)
{
    m_verification->setVisible(shown);
}

void ResidentForm::setResident(const Resident& r)
{
    m_errors->clear();
    m_name->setText(r.fullName());
    m_phone->setText(r.phone);
    m_email->setText(r.email);
    m_dateOfBirth->setText(ui::shownDate(r.dateOfBirth));
    choose(m_gender, r.gender);
    m_fatherName->setText(r.fatherName);
    choose(m_language, r.language);
    m_address->setText(r.permanentAddress);
    m_occupation->setText(r.occupation);
    m_employer->setText(r.employer);
    m_emergencyName->setText(r.emergencyName);
    m_emergencyPhone->setText(r.emergencyPhone);
    m_pan->setText(r.pan);
    m_aadhaar->clear();
    m_aadhaar->setPlaceholderText(r.aadhaarMasked.isEmpty() ? tr("12 digits") : r.aadhaarMasked);
    m_gstin->setText(r.gstin);
    choose(m_kycStatus, r.kycStatus);
    choose(m_policeStatus, r.policeStatus);
    m_policeVerifiedOn->setText(ui::shownDate(r.policeVerifiedOn));
    m_notes->setPlainText(r.notes);
    m_modified = false;
}

bool ResidentForm::checkTyped()
{
    m_errors->clear();
    FieldErrors refused;
    if (!residents::isDayOrEmpty(m_dateOfBirth->text()))
        refused.append({QStringLiteral("dob"), tr("is a day written like 15-03-2001")});
    if (m_verification->isVisibleTo(this) && !residents::isDayOrEmpty(m_policeVerifiedOn->text()))
        refused.append(
            {QStringLiteral("police-verified-on"), tr("is a day written like 20-11-2026")});
    if (!refused.isEmpty())
        m_errors->show(refused);
    return refused.isEmpty();
}

ResidentChanges ResidentForm::changes() const
{
    ResidentChanges c;
    c.fullName = m_name->text();
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.dateOfBirth = residents::storedDay(m_dateOfBirth->text());
    c.gender = chosen(m_gender);
    c.fatherName = m_fatherName->text();
    c.language = chosen(m_language);
    c.permanentAddress = m_address->text();
    c.occupation = m_occupation->text();
    c.employer = m_employer->text();
    c.emergencyName = m_emergencyName->text();
    c.emergencyPhone = m_emergencyPhone->text();
    c.pan = m_pan->text();
    if (!m_aadhaar->text().trimmed().isEmpty())
        c.aadhaar = m_aadhaar->text();
    c.gstin = m_gstin->text();
    if (m_verification->isVisibleTo(this)) {
        c.kycStatus = chosen(m_kycStatus);
        c.policeStatus = chosen(m_policeStatus);
        c.policeVerifiedOn = residents::storedDay(m_policeVerifiedOn->text());
        c.notes = m_notes->toPlainText();
    }
    return c;
}

ResidentInput ResidentForm::input() const
{
    ResidentInput in;
    in.fullName = m_name->text();
    in.phone = m_phone->text();
    in.email = m_email->text();
    in.pan = m_pan->text();
    in.aadhaar = m_aadhaar->text();
    in.language = chosen(m_language);
    in.gstin = m_gstin->text();
    in.permanentAddress = m_address->text();
    in.dateOfBirth = residents::storedDay(m_dateOfBirth->text());
    in.gender = chosen(m_gender);
    in.fatherName = m_fatherName->text();
    in.occupation = m_occupation->text();
    in.employer = m_employer->text();
    in.emergencyName = m_emergencyName->text();
    in.emergencyPhone = m_emergencyPhone->text();
    return in;
}

} // namespace rentflow::ui
