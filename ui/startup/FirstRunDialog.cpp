#include "FirstRunDialog.h"

#include <domain/StateCode.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentflow::ui {

FirstRunDialog::FirstRunDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to RentFlow"));
    setObjectName(QStringLiteral("firstRunDialog"));
    auto* intro = new QLabel(
        tr("Set up your business. Your data stays on this PC, encrypted. Only the business "
           "name is required; GST details are needed for tax invoices."),
        this);
    intro->setWordWrap(true);

    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameLineEdit->setPlaceholderText(tr("e.g. Sunrise PG for Men"));
    m_stateComboBox = new QComboBox(this);
    m_stateComboBox->setObjectName(QStringLiteral("stateComboBox"));
    m_stateComboBox->addItem(tr("(choose later)"), QString());
    for (int code = 1; code <= 38; ++code)
        if (const auto state = StateCode::parse(QString::number(code)))
            m_stateComboBox->addItem(
                QStringLiteral("%1 – %2").arg(state->twoDigits(), state->name()),
                state->twoDigits());
    m_gstinLineEdit = new QLineEdit(this);
    m_gstinLineEdit->setObjectName(QStringLiteral("gstinLineEdit"));
    m_gstinLineEdit->setPlaceholderText(tr("only if GST-registered"));
    m_panLineEdit = new QLineEdit(this);
    m_panLineEdit->setObjectName(QStringLiteral("panLineEdit"));
    m_addressLineEdit = new QLineEdit(this);
    m_addressLineEdit->setObjectName(QStringLiteral("addressLineEdit"));
    m_upiLineEdit = new QLineEdit(this);
    m_upiLineEdit->setObjectName(QStringLiteral("upiLineEdit"));
    m_upiLineEdit->setPlaceholderText(tr("e.g. sunrisepg@okicici"));

    auto* form = new QFormLayout;
    form->addRow(tr("Business &name:"), m_nameLineEdit);
    form->addRow(tr("&State:"), m_stateComboBox);
    form->addRow(tr("&GSTIN:"), m_gstinLineEdit);
    form->addRow(tr("&PAN:"), m_panLineEdit);
    form->addRow(tr("&Address:"), m_addressLineEdit);
    form->addRow(tr("&UPI ID:"), m_upiLineEdit);

    m_errorsLabel = new QLabel(this);
    m_errorsLabel->setObjectName(QStringLiteral("errorsLabel"));
    m_errorsLabel->setWordWrap(true);
    m_errorsLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorsLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Next"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("nextButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void FirstRunDialog::setInput(const OrganisationInput& input)
{
    m_nameLineEdit->setText(input.name);
    const int state = m_stateComboBox->findData(input.stateCode);
    m_stateComboBox->setCurrentIndex(state < 0 ? 0 : state);
    m_gstinLineEdit->setText(input.gstin);
    m_panLineEdit->setText(input.pan);
    m_addressLineEdit->setText(input.address);
    m_upiLineEdit->setText(input.upiVpa);
}

void FirstRunDialog::showErrors(const FieldErrors& errors)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("org"), tr("Business name")}, {QStringLiteral("state-code"), tr("State")},
        {QStringLiteral("gstin"), tr("GSTIN")},       {QStringLiteral("pan"), tr("PAN")},
        {QStringLiteral("address"), tr("Address")},   {QStringLiteral("upi"), tr("UPI ID")}};
    QStringList lines;
    for (const FieldError& error : errors)
        lines.append(
            QStringLiteral("%1: %2").arg(labels.value(error.field, error.field), error.message));
    m_errorsLabel->setText(lines.join(QLatin1Char('\n')));
    m_errorsLabel->setVisible(!lines.isEmpty());
}

OrganisationInput FirstRunDialog::input() const
{
    return OrganisationInput{m_nameLineEdit->text(),    m_gstinLineEdit->text(),
                             m_panLineEdit->text(),     m_stateComboBox->currentData().toString(),
                             m_addressLineEdit->text(), m_upiLineEdit->text()};
}

} // namespace rentflow::ui

namespace rentflow::ui {

void FirstRunDialog::accept()
{
    if (auto valid = OrganisationRepository::validate(input()); !valid) {
        showErrors(valid.error().fields);
        return;
    }
    QDialog::accept();
}

} // namespace rentflow::ui
