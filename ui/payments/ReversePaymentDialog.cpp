#include "ReversePaymentDialog.h"

#include "PaymentText.h"

#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>
#include <payments/ReversePayment.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentflow::ui::payments {

ReversePaymentDialog::ReversePaymentDialog(AppContext& context, const PaymentList::Row& payment,
                                           QWidget* parent)
    : QDialog(parent), m_context(context), m_payment(payment), m_reason(new QLineEdit(this)),
      m_date(new DateField(this)), m_general(new QLabel(this)),
      m_errors(new FormErrors(this, m_general))
{
    setObjectName(QStringLiteral("reversePaymentDialog"));
    setWindowTitle(tr("Reverse a payment"));
    auto* about = new QLabel(this);
    about->setObjectName(QStringLiteral("paymentLabel"));
    about->setWordWrap(true);
    QString what = tr("Receipt %1: %2 from %3 on %4, %5")
                       .arg(payment.receiptNumber, rupees(payment.amount), payment.residentName,
                            shownDate(payment.date), methodName(payment.method));
    if (!payment.reference.isEmpty())
        what += QLatin1Char(' ') + payment.reference;
    about->setText(what + QLatin1Char('\n') +
                   tr("Reversing keeps the receipt's number; what the payment paid is owed "
                      "again."));
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. cheque bounced: insufficient funds"));
    m_date->setObjectName(QStringLiteral("dateField"));
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto* dateLabel = new QLabel(tr("Reversed on (Da&te):"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    m_errors->bind(QStringLiteral("reason"), m_reason, form);
    m_errors->bind(QStringLiteral("date"), m_date, form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* reverse = buttons->addButton(tr("Re&verse"), QDialogButtonBox::AcceptRole);
    reverse->setObjectName(QStringLiteral("reverseButton"));
    reverse->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReversePaymentDialog::reverse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_reason->setFocus();
}

void ReversePaymentDialog::reverse()
{
    const auto reversed = ReversePayment(m_context.store())
                              .run(m_payment.id, m_reason->text(),
                                   m_date->date().toString(Qt::ISODate), QDate::currentDate());
    if (!reversed) {
        m_errors->show(reversed.error());
        return;
    }
    accept();
}

} // namespace rentflow::ui::payments
