#include "StayDialog.h"

#include "StayView.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentflow::ui::stays {

StayDialog::StayDialog(AppContext& context, const StayView& view, const QString& title,
                       const QString& okText, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* headline = new QLabel(view.headline(), this);
    headline->setObjectName(QStringLiteral("stayHeadline"));
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);
    m_form = new QFormLayout();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    layout->addWidget(m_general);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StayDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StayDialog::reject);
    layout->addWidget(m_buttons);
    m_errors = new FormErrors(this, m_general);
    setMinimumWidth(520);
}

void StayDialog::accept()
{
    m_errors->clear();
    if (save())
        QDialog::accept();
}

} // namespace rentflow::ui::stays
