#include "DepositDialogs.h"
#include "StayView.h"

#include <common/AmountField.h>
#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>
#include <documents/DocumentPreviewDialog.h>
#include <payments/RecordPayment.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentflow::ui::stays {

DepositDemandDialog::DepositDemandDialog(AppContext& context, const QString& residentId,
                                         Money amount, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("depositDemandDialog"));
    setWindowTitle(tr("Deposit due"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("Checked in. A security deposit of %1 is now due from the "
                               "resident.")
                                .arg(rupees(amount)),
                            this);
    text->setObjectName(QStringLiteral("depositDemandLabel"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(this);
    auto* record =
        buttons->addButton(tr("&Record deposit payment now"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordDepositButton"));
    record->setDefault(true);
    auto* later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, &context, residentId, amount] {
        auto* payment = new DepositPaymentDialog(context, residentId, amount, parentWidget());
        payment->setAttribute(Qt::WA_DeleteOnClose);
        payment->show();
        accept();
    });
}

DepositPaymentDialog::DepositPaymentDialog(AppContext& context, const QString& residentId,
                                           Money amount, QWidget* parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setObjectName(QStringLiteral("depositPaymentDialog"));
    setWindowTitle(tr("Deposit received"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    m_amount = new AmountField(this);
    m_amount->setObjectName(QStringLiteral("amountField"));
    m_amount->setAmount(amount);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    m_method->addItem(tr("UPI"), QStringLiteral("upi"));
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("Bank transfer"), QStringLiteral("bank"));
    m_method->addItem(tr("Cheque"), QStringLiteral("cheque"));
    m_method->addItem(tr("Card"), QStringLiteral("card"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reference->setPlaceholderText(tr("UTR, cheque number… (required for a cheque)"));
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("paymentDateField"));
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("Received &on:"), m_date);
    layout->addLayout(form);
    auto* general = new QLabel(this);
    general->setObjectName(QStringLiteral("generalErrorLabel"));
    layout->addWidget(general);
    m_errors = new FormErrors(this, general);
    m_errors->bind(QStringLiteral("amount"), m_amount, form);
    m_errors->bind(QStringLiteral("method"), m_method, form);
    m_errors->bind(QStringLiteral("reference"), m_reference, form);
    m_errors->bind(QStringLiteral("date"), m_date, form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record &payment"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DepositPaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    context.guard.guard(buttons->button(QDialogButtonBox::Ok), Permission::RecordPayments);
    setMinimumWidth(440);
}

void DepositPaymentDialog::accept()
{
    m_errors->clear();
    if (const QString problem = m_amount->problem(); !problem.isEmpty()) {
        m_errors->add(QStringLiteral("amount"), problem);
        return;
    }
    PaymentInput input{m_residentId,
                       m_amount->amount()->toDecimalString(),
                       m_method->currentData().toString(),
                       m_reference->text().trimmed(),
                       m_date->date().toString(Qt::ISODate),
                       QStringLiteral("deposit")};
    auto recorded = RecordPayment(m_context.store()).run(input, m_today);
    if (!recorded) {
        m_errors->show(recorded.error());
        return;
    }
    m_paymentId = recorded.value().paymentId;
    DocumentPreviewDialog::open(m_context, {DocumentRef::Kind::DepositReceipt, m_paymentId, {}, {}},
                                parentWidget());
    QDialog::accept();
}

} // namespace rentflow::ui::stays
