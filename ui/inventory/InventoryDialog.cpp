#include "InventoryDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentflow::ui::inventory {

InventoryDialog::InventoryDialog(store::Store& store, const QString& title, QWidget* parent)
    : QDialog(parent), m_store(store), m_form(new QFormLayout), m_general(new QLabel(this)),
      m_errors(new FormErrors(this, m_general)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InventoryDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

void InventoryDialog::addRow(const QString& label, QWidget* input, const QString& objectName,
                             const QString& field)
{
    input->setObjectName(objectName);
    m_form->addRow(label, input);
    if (!field.isEmpty())
        m_errors->bind(field, input, m_form);
}

void InventoryDialog::trySave()
{
    m_errors->clear();
    if (save())
        accept();
}

} // namespace rentflow::ui::inventory
