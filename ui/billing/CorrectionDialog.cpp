#include "CorrectionDialog.h"

#include <common/AmountField.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentflow::ui::billing {

CorrectionDialog::CorrectionDialog(Texts texts, bool withAmount, Submit submit, QWidget* parent)
    : QDialog(parent), m_texts(std::move(texts)), m_submit(std::move(submit))
{
    setWindowTitle(m_texts.title);
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(m_texts.intro, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    m_errors = new FormErrors(this, m_general);
    if (withAmount) {
        m_amount = new AmountField(this);
        m_amount->setObjectName(QStringLiteral("amountField"));
        form->addRow(tr("&Amount (with tax):"), m_amount);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Printed on the document and kept in the audit log"));
    form->addRow(tr("&Reason:"), m_reason);
    if (m_amount)
        m_errors->bind(QStringLiteral("amount"), m_amount, form);
    m_errors->bind(QStringLiteral("reason"), m_reason, form);
    layout->addLayout(form);
    layout->addWidget(m_general);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(m_texts.actionLabel, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CorrectionDialog::reject);
    layout->addWidget(buttons);
    (m_amount ? static_cast<QWidget*>(m_amount) : m_reason)->setFocus();
}

void CorrectionDialog::accept()
{
    FieldErrors problems;
    if (m_amount && !m_amount->problem().isEmpty())
        problems.append({QStringLiteral("amount"), m_amount->problem()});
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        problems.append({QStringLiteral("reason"), tr("Say why: it is printed on the document.")});
    if (!problems.isEmpty()) {
        m_errors->show(problems);
        return;
    }
    m_errors->clear();
    const std::optional<Money> amount = m_amount ? m_amount->amount() : std::nullopt;
    const QString question =
        amount ? m_texts.confirmation.arg(rupees(*amount)) : m_texts.confirmation;
    if (QMessageBox::question(this, m_texts.title, question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::Yes) != QMessageBox::Yes)
        return;
    if (auto done = m_submit(amount, reason); !done) {
        m_errors->show(done.error());
        return;
    }
    QDialog::accept();
}

} // namespace rentflow::ui::billing
