#include "RecordPaymentDialog.h"

#include "PaymentText.h"

#include <common/AmountField.h>
#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>
#include <common/ResidentPicker.h>
#include <documents/DocumentPreviewDialog.h>
#include <payments/DuesReport.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rentflow::ui::payments {

RecordPaymentDialog::RecordPaymentDialog(AppContext& context, QWidget* parent,
                                         const QString& residentId, std::optional<Money> amount)
    : QDialog(parent), m_context(context), m_resident(new ResidentPicker(context.store(), this)),
      m_owed(new QLabel(this)), m_amount(new AmountField(this)), m_methods(new QButtonGroup(this)),
      m_reference(new QLineEdit(this)), m_date(new DateField(this)), m_deposit(new QCheckBox(this)),
      m_general(new QLabel(this)), m_result(new QLabel(this)),
      m_record(new QPushButton(tr("Record"), this)), m_close(new QPushButton(tr("Cancel"), this)),
      m_errors(new FormErrors(this, m_general))
{
    setObjectName(QStringLiteral("recordPaymentDialog"));
    setWindowTitle(tr("Record a payment"));
    m_resident->setObjectName(QStringLiteral("residentPicker"));
    m_owed->setObjectName(QStringLiteral("owedLabel"));
    m_owed->setWordWrap(true);
    // The form grows only expanding fields: the line uses the field's width before wrapping.
    m_owed->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_amount->setObjectName(QStringLiteral("amountField"));
    m_reference->setObjectName(QStringLiteral("referenceField"));
    m_reference->setMaxLength(64);
    m_reference->setPlaceholderText(tr("UTR or cheque number"));
    m_date->setObjectName(QStringLiteral("dateField"));
    m_date->setMaximumDate(QDate::currentDate());
    m_deposit->setObjectName(QStringLiteral("depositCheck"));
    m_deposit->setText(tr("This is the security de&posit (held, not set against dues)"));
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setDefault(true);
    m_close->setObjectName(QStringLiteral("closeButton"));

    auto* methodRow = new QWidget(this);
    methodRow->setObjectName(QStringLiteral("methodRow"));
    auto* methodLayout = new QHBoxLayout(methodRow);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString& code : methodCodes()) {
        auto* button = new QRadioButton(methodLabel(code), methodRow);
        button->setObjectName(QStringLiteral("method_") + code);
        button->setProperty("method", code);
        m_methods->addButton(button);
        methodLayout->addWidget(button);
    }
    methodLayout->addStretch();
    m_methods->buttons().constFirst()->setChecked(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* residentLabel = new QLabel(tr("Resi&dent:"), this);
    residentLabel->setBuddy(m_resident);
    form->addRow(residentLabel, m_resident);
    form->addRow(QString(), m_owed);
    auto* amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, m_amount);
    form->addRow(tr("Method:"), methodRow);
    auto* referenceLabel = new QLabel(tr("R&eference:"), this);
    referenceLabel->setBuddy(m_reference);
    form->addRow(referenceLabel, m_reference);
    auto* dateLabel = new QLabel(tr("Received on (Da&te):"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    form->addRow(QString(), m_deposit);
    // Field names as RecordPayment's FieldErrors name them.
    m_errors->bind(QStringLiteral("resident"), m_resident, form);
    m_errors->bind(QStringLiteral("amount"), m_amount, form);
    m_errors->bind(QStringLiteral("method"), methodRow, form);
    m_errors->bind(QStringLiteral("reference"), m_reference, form);
    m_errors->bind(QStringLiteral("date"), m_date, form);
    m_errors->bind(QStringLiteral("for"), m_deposit, form);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_record, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(640);

    // Form order: resident, amount, method (arrows move among them), reference, day, deposit.
    QWidget* previous = m_resident;
    QList<QWidget*> order{m_amount};
    for (QAbstractButton* button : m_methods->buttons())
        order << button;
    order << m_reference << m_date << m_deposit << m_record << m_close;
    for (QWidget* next : std::as_const(order)) {
        setTabOrder(previous, next);
        previous = next;
    }
    connect(m_resident, &ResidentPicker::residentChosen, this, &RecordPaymentDialog::showOwed);
    connect(m_amount, &QLineEdit::textEdited, this, [this] { m_amountTyped = true; });
    connect(m_record, &QPushButton::clicked, this, &RecordPaymentDialog::record);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_recorded)
            accept();
        else
            reject();
    });

    if (amount) {
        m_amount->setAmount(*amount);
        m_amountTyped = true;
    }
    if (!residentId.isEmpty())
        m_resident->setResident(residentId);
    else
        showOwed(QString());
    (residentId.isEmpty() ? static_cast<QWidget*>(m_resident) : m_amount)->setFocus();
}

void RecordPaymentDialog::showOwed(const QString& residentId)
{
    if (residentId.isEmpty()) {
        m_owed->setText(tr("Type any part of the name, phone or bed, then choose."));
        return;
    }
    const auto owed = DuesReport(m_context.store()).owed(residentId);
    if (!owed) {
        m_owed->setText(tr("Could not read what they owe: %1").arg(owed.error().message));
        return;
    }
    const DuesReport::Owed& o = owed.value();
    const Money balance = o.balance();
    if (balance.isNegative())
        m_owed->setText(tr("Nothing owed; %1 paid in advance.")
                            .arg(rupees(Money::fromPaise(-balance.paise()))));
    else if (balance.isZero())
        m_owed->setText(tr("Nothing owed."));
    else if (o.openInvoices == 1)
        m_owed->setText(tr("Owes %1 on 1 open invoice, due %2.")
                            .arg(rupees(balance), shownDate(o.oldestDueDate)));
    else if (o.openInvoices > 1)
        m_owed->setText(
            tr("Owes %1 on %2 open invoices, the oldest due %3.")
                .arg(rupees(balance), QString::number(o.openInvoices), shownDate(o.oldestDueDate)));
    else
        m_owed->setText(tr("Owes %1.").arg(rupees(balance)));
    if (!m_amountTyped) {
        if (balance.paise() > 0)
            m_amount->setAmount(balance);
        else
            m_amount->clear();
    }
}

DocumentPreviewDialog* RecordPaymentDialog::preview() const
{
    return m_preview;
}

QString RecordPaymentDialog::method() const
{
    QAbstractButton* checked = m_methods->checkedButton();
    return checked ? checked->property("method").toString() : QString();
}

void RecordPaymentDialog::record()
{
    if (m_recorded)
        return;
    // What the form can tell by itself; the rest RecordPayment checks.
    FieldErrors problems;
    if (m_resident->residentId().isEmpty())
        problems.append({QStringLiteral("resident"),
                         m_resident->text().trimmed().isEmpty()
                             ? tr("type a name, phone or bed and choose the resident")
                             : tr("choose the resident from the list")});
    if (const QString problem = m_amount->problem(); !problem.isEmpty())
        problems.append({QStringLiteral("amount"), problem});
    if (methodNeedsReference(method()) && m_reference->text().trimmed().isEmpty())
        problems.append({QStringLiteral("reference"),
                         method() == QLatin1String("cheque")
                             ? tr("enter the cheque number")
                             : tr("enter the UTR (transaction number) to trace the payment")});
    if (!problems.isEmpty()) {
        m_errors->show(problems);
        return;
    }
    const bool deposit = m_deposit->isChecked();
    PaymentInput input{m_resident->residentId(),
                       m_amount->amount() ? m_amount->amount()->toDecimalString()
                                          : m_amount->text(),
                       method(),
                       m_reference->text().trimmed(),
                       m_date->date().toString(Qt::ISODate),
                       deposit ? QStringLiteral("deposit") : QStringLiteral("dues")};
    const auto recorded = RecordPayment(m_context.store()).run(input, QDate::currentDate());
    if (!recorded) {
        m_errors->show(recorded.error());
        return;
    }
    m_errors->clear();
    m_recorded = recorded.value();
    showRecorded(recorded.value(), deposit);
    // The receipt belongs to the window behind this dialog: closing the dialog (Enter
    // on Close) must not close the receipt before it is printed.
    m_preview = DocumentPreviewDialog::open(
        m_context,
        {deposit ? DocumentRef::Kind::DepositReceipt : DocumentRef::Kind::Receipt,
         recorded.value().paymentId,
         {},
         {}},
        parentWidget());
}

void RecordPaymentDialog::showRecorded(const RecordPayment::Recorded& recorded, bool deposit)
{
    QStringList lines{tr("Receipt %1 recorded.").arg(recorded.receiptNumber)};
    if (deposit)
        lines << tr("Held as the security deposit.");
    for (const PaymentAllocator::Allocation& a : recorded.allocations)
        lines << tr("%1 to invoice %2").arg(rupees(a.amount), a.invoiceNumber);
    if (!recorded.advance.isZero())
        lines << tr("%1 kept as advance for the next invoices.").arg(rupees(recorded.advance));
    const auto owed = DuesReport(m_context.store()).owed(m_resident->residentId());
    if (owed)
        lines << (owed.value().balance().paise() > 0
                      ? tr("Still owes %1.").arg(rupees(owed.value().balance()))
                      : tr("Nothing more owed."));
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->setVisible(true);
    for (QWidget* input : {static_cast<QWidget*>(m_resident), static_cast<QWidget*>(m_amount),
                           static_cast<QWidget*>(m_reference), static_cast<QWidget*>(m_date),
                           static_cast<QWidget*>(m_deposit)})
        input->setEnabled(false);
    for (QAbstractButton* button : m_methods->buttons())
        button->setEnabled(false);
    m_record->setVisible(false);
    m_close->setText(tr("Close"));
    m_close->setDefault(true);
    m_close->setFocus();
}

} // namespace rentflow::ui::payments
