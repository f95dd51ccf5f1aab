#include "FirstPropertyDialog.h"

#include <common/FormErrors.h>
#include <domain/StateCode.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentflow::ui {

FirstPropertyDialog::FirstPropertyDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstPropertyDialog"));
    setWindowTitle(tr("Your first property"));
    auto* intro = new QLabel(tr("The PG or hostel building you run. More properties, and their "
                                "floors, rooms and beds, are added later."),
                             this);
    intro->setWordWrap(true);

    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("propertyNameLineEdit"));
    m_nameLineEdit->setPlaceholderText(tr("e.g. Koramangala"));
    m_kindComboBox = new QComboBox(this);
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_kindComboBox->addItem(tr("PG (paying guest)"), QStringLiteral("pg"));
    m_kindComboBox->addItem(tr("Hostel"), QStringLiteral("hostel"));
    m_kindComboBox->addItem(tr("Co-living"), QStringLiteral("coliving"));
    m_kindComboBox->addItem(tr("Apartment"), QStringLiteral("apartment"));
    m_addressLineEdit = new QLineEdit(this);
    m_addressLineEdit->setObjectName(QStringLiteral("propertyAddressLineEdit"));
    m_cityLineEdit = new QLineEdit(this);
    m_cityLineEdit->setObjectName(QStringLiteral("cityLineEdit"));
    m_stateComboBox = new QComboBox(this);
    m_stateComboBox->setObjectName(QStringLiteral("propertyStateComboBox"));
    m_stateComboBox->addItem(tr("(choose the state)"), QString());
    for (int code = 1; code <= 38; ++code)
        if (const auto state = StateCode::parse(QString::number(code)))
            m_stateComboBox->addItem(
                QStringLiteral("%1 – %2").arg(state->twoDigits(), state->name()),
                state->twoDigits());
    m_pincodeLineEdit = new QLineEdit(this);
    m_pincodeLineEdit->setObjectName(QStringLiteral("pincodeLineEdit"));
    m_pincodeLineEdit->setMaxLength(6);

    auto* form = new QFormLayout;
    form->addRow(tr("Property &name:"), m_nameLineEdit);
    form->addRow(tr("&Kind:"), m_kindComboBox);
    form->addRow(tr("&Address:"), m_addressLineEdit);
    form->addRow(tr("&City:"), m_cityLineEdit);
    form->addRow(tr("&State:"), m_stateComboBox);
    form->addRow(tr("&Pincode:"), m_pincodeLineEdit);

    m_generalLabel = new QLabel(this);
    m_generalLabel->setObjectName(QStringLiteral("generalErrorLabel"));
    m_generalLabel->setWordWrap(true);
    m_generalLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_generalLabel->hide();
    m_errors = new FormErrors(this, m_generalLabel);
    m_errors->bind(QStringLiteral("name"), m_nameLineEdit, form);
    m_errors->bind(QStringLiteral("type"), m_kindComboBox, form);
    m_errors->bind(QStringLiteral("address"), m_addressLineEdit, form);
    m_errors->bind(QStringLiteral("city"), m_cityLineEdit, form);
    m_errors->bind(QStringLiteral("state-code"), m_stateComboBox, form);
    m_errors->bind(QStringLiteral("pincode"), m_pincodeLineEdit, form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create workspace"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstPropertyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_generalLabel);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void FirstPropertyDialog::setInput(const PropertyInput& input)
{
    m_nameLineEdit->setText(input.name);
    const int kind = m_kindComboBox->findData(input.kind);
    m_kindComboBox->setCurrentIndex(kind < 0 ? 0 : kind);
    m_addressLineEdit->setText(input.address);
    m_cityLineEdit->setText(input.city);
    const int state = m_stateComboBox->findData(input.stateCode);
    m_stateComboBox->setCurrentIndex(state < 0 ? 0 : state);
    m_pincodeLineEdit->setText(input.pincode);
}

void FirstPropertyDialog::showErrors(const FieldErrors& errors)
{
    m_errors->clear();
    m_errors->show(errors);
}

QString FirstPropertyDialog::messageFor(const QString& field) const
{
    return m_errors->messageFor(field);
}

PropertyInput FirstPropertyDialog::input() const
{
    PropertyInput input;
    input.name = m_nameLineEdit->text();
    input.kind = m_kindComboBox->currentData().toString();
    input.address = m_addressLineEdit->text();
    input.city = m_cityLineEdit->text();
    input.stateCode = m_stateComboBox->currentData().toString();
    input.pincode = m_pincodeLineEdit->text();
    return input;
}

} // namespace rentflow::ui

namespace rentflow::ui {

void FirstPropertyDialog::accept()
{
    if (auto valid = PropertyRepository::validate(input()); !valid) {
        showErrors(valid.error().fields);
        return;
    }
    QDialog::accept();
}

} // namespace rentflow::ui
