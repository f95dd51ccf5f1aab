#include "NewResidentDialog.h"

#include "ResidentForm.h"

#include <common/AppContext.h>
#include <common/FormErrors.h>
#include <residents/ResidentRepository.h>

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentflow::ui {

NewResidentDialog::NewResidentDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("newResidentDialog"));
    setWindowTitle(tr("New resident"));
    m_form = new ResidentForm(this);
    m_form->setVerificationShown(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add resident"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addResidentButton"));
    context.guard.guard(buttons->button(QDialogButtonBox::Ok), Permission::ManageResidents);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewResidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

void NewResidentDialog::accept()
{
    if (!m_context.guard.allows(Permission::ManageResidents) || !m_form->checkTyped())
        return;
    const auto added = ResidentRepository(m_context.store()).add(m_form->input());
    if (!added) {
        m_form->errors().show(added.error());
        return;
    }
    m_residentId = added.value();
    QDialog::accept();
}

} // namespace rentflow::ui
