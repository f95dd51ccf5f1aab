#include "StatementPeriodDialog.h"

#include <common/DateField.h>
#include <common/FormErrors.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace rentflow::ui {

StatementPeriodDialog::StatementPeriodDialog(QWidget* parent, QDate today) : QDialog(parent)
{
    setObjectName(QStringLiteral("statementPeriodDialog"));
    setWindowTitle(tr("Resident statement"));
    const QDate firstOfLastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    m_from = new DateField(firstOfLastMonth, this);
    m_from->setObjectName(QStringLiteral("statementFromDate"));
    m_to = new DateField(today, this);
    m_to->setObjectName(QStringLiteral("statementToDate"));
    auto* general = new QLabel(this);
    m_errors = new FormErrors(this, general);
    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    m_errors->bind(QStringLiteral("from"), m_from, form);
    m_errors->bind(QStringLiteral("to"), m_to, form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StatementPeriodDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
}

QDate StatementPeriodDialog::from() const
{
    return m_from->date();
}

QDate StatementPeriodDialog::to() const
{
    return m_to->date();
}

void StatementPeriodDialog::accept()
{
    if (from() > to()) {
        m_errors->show(FieldErrors{{QStringLiteral("from"), tr("is after the last day")}});
        return;
    }
    QDialog::accept();
}

} // namespace rentflow::ui
