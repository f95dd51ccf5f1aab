#include "ChargesPanel.h"
#include "ChargeListModel.h"
#include "CorrectionDialog.h"

#include <billing/Charges.h>
#include <common/AmountField.h>
#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>
#include <common/ResidentPicker.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rentflow::ui::billing {

ChargesPanel::ChargesPanel(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_resident = new ResidentPicker(context.store(), this);
    m_resident->setObjectName(QStringLiteral("chargeResident"));
    m_resident->setPlaceholderText(tr("Type a name, phone or bed"));
    form->addRow(tr("&Resident:"), m_resident);

    auto* box = new QGroupBox(tr("Add a one-off charge for the next invoice"), this);
    auto* boxForm = new QFormLayout(box);
    m_amount = new AmountField(box);
    m_amount->setObjectName(QStringLiteral("chargeAmount"));
    m_description = new QLineEdit(box);
    m_description->setObjectName(QStringLiteral("chargeDescription"));
    m_description->setMaxLength(200);
    m_description->setPlaceholderText(tr("As printed on the invoice, e.g. Key replacement"));
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("chargeKind"));
    m_kind->addItem(tr("One-off"), QStringLiteral("one_off"));
    m_kind->addItem(tr("Damage"), QStringLiteral("damage"));
    m_date = new DateField(box);
    m_date->setObjectName(QStringLiteral("chargeDate"));
    boxForm->addRow(tr("&Amount:"), m_amount);
    boxForm->addRow(tr("D&escription:"), m_description);
    boxForm->addRow(tr("&Kind:"), m_kind);
    boxForm->addRow(tr("Da&te:"), m_date);
    m_add = new QPushButton(tr("A&dd charge"), box);
    m_add->setObjectName(QStringLiteral("addChargeButton"));
    m_add->setAutoDefault(true);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    boxForm->addRow(QString(), addRow);
    context.guard.guard(m_add, Permission::RunBilling);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("chargeError"));
    m_errors = new FormErrors(this, m_general);
    m_errors->bind(QStringLiteral("resident"), m_resident, form);
    m_errors->bind(QStringLiteral("amount"), m_amount, boxForm);
    m_errors->bind(QStringLiteral("description"), m_description, boxForm);
    m_errors->bind(QStringLiteral("kind"), m_kind, boxForm);
    m_errors->bind(QStringLiteral("date"), m_date, boxForm);

    auto* top = new QHBoxLayout;
    auto* left = new QWidget(this);
    left->setMaximumWidth(640);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(box);
    leftLayout->addWidget(m_general);
    top->addWidget(left, 1);
    top->addStretch(0);
    layout->addLayout(top);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("chargeNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    auto* listHeader = new QHBoxLayout;
    auto* listTitle = new QLabel(tr("The resident's charges and late fees"), this);
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);
    m_waiveButton = new QPushButton(tr("&Waive…"), this);
    m_waiveButton->setObjectName(QStringLiteral("waiveChargeButton"));
    context.guard.guard(m_waiveButton, Permission::CorrectInvoices);
    listHeader->addWidget(listTitle);
    listHeader->addStretch(1);
    listHeader->addWidget(m_waiveButton);
    layout->addLayout(listHeader);
    m_listError = new QLabel(this);
    m_listError->setObjectName(QStringLiteral("chargeListError"));
    m_listError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_listError->setWordWrap(true);
    m_listError->hide();
    layout->addWidget(m_listError);
    m_model = new ChargeListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("chargeTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(ChargeListModel::Description,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(ChargeListModel::Date, 100);
    m_table->setColumnWidth(ChargeListModel::Kind, 100);
    m_table->setColumnWidth(ChargeListModel::Amount, 120);
    m_table->setColumnWidth(ChargeListModel::State, 260);
    layout->addWidget(m_table, 1);

    connect(m_resident, &ResidentPicker::residentChosen, this, [this] {
        m_notice->clear();
        refresh();
    });
    connect(m_add, &QPushButton::clicked, this, &ChargesPanel::addCharge);
    for (QLineEdit* field : {static_cast<QLineEdit*>(m_amount), m_description})
        connect(field, &QLineEdit::returnPressed, this, &ChargesPanel::addCharge);
    connect(m_waiveButton, &QPushButton::clicked, this, &ChargesPanel::waiveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChargesPanel::updateButtons);
    updateButtons();
}

void ChargesPanel::setResident(const QString& residentId)
{
    m_resident->setResident(residentId);
    refresh();
}

QString ChargesPanel::noticeText() const
{
    return m_notice->text();
}

bool ChargesPanel::refresh()
{
    const QString residentId = m_resident->residentId();
    if (residentId.isEmpty()) {
        m_model->setCharges({});
        m_listError->hide();
        updateButtons();
        return true;
    }
    auto charges = chargesOfResident(m_context.store(), residentId);
    if (!charges) {
        m_model->setCharges({});
        m_listError->setText(tr("The charges could not be read: %1").arg(charges.error().message));
        m_listError->show();
        updateButtons();
        return false;
    }
    m_listError->hide();
    m_model->setCharges(std::move(charges).value());
    updateButtons();
    return true;
}

void ChargesPanel::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool waivable = current.isValid() && !m_model->chargeAt(current.row()).waived;
    m_waiveButton->setEnabled(waivable && m_context.guard.allows(Permission::CorrectInvoices));
}

void ChargesPanel::addCharge()
{
    FieldErrors problems;
    if (m_resident->residentId().isEmpty())
        problems.append({QStringLiteral("resident"),
                         tr("Choose the resident: type part of the name and pick from the list.")});
    if (const QString problem = m_amount->problem(); !problem.isEmpty())
        problems.append({QStringLiteral("amount"), problem});
    if (m_description->text().trimmed().isEmpty())
        problems.append({QStringLiteral("description"),
                         tr("Say what the charge is for: it is printed on the invoice.")});
    if (!problems.isEmpty()) {
        m_errors->show(problems);
        return;
    }
    m_errors->clear();
    Charges::Input input{m_resident->residentId(), m_amount->amount()->toDecimalString(),
                         m_description->text().trimmed(), m_kind->currentData().toString(),
                         m_date->date().toString(Qt::ISODate)};
    auto added = Charges(m_context.store()).add(input, QDate::currentDate());
    if (!added) {
        m_errors->show(added.error());
        return;
    }
    m_notice->setText(
        tr("Charge of %1 added: the next invoice bills it.").arg(rupees(*m_amount->amount())));
    m_amount->clear();
    m_description->clear();
    refresh();
    emit chargesChanged();
    m_amount->setFocus();
}

void ChargesPanel::waiveSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const ChargeSummary charge = m_model->chargeAt(current.row());
    if (charge.waived)
        return;
    const bool billed = !charge.invoiceId.isEmpty();
    CorrectionDialog::Texts texts{
        tr("Waive a charge"),
        billed ? tr("%1 (%2) was billed on invoice %3: waiving it issues a credit note for it.")
                     .arg(charge.description, rupees(charge.amount), charge.invoiceNumber)
               : tr("%1 (%2) will never be billed.").arg(charge.description, rupees(charge.amount)),
        tr("&Waive"), tr("Waive %1 of %2?").arg(charge.description, rupees(charge.amount))};
    m_waive = new CorrectionDialog(
        texts, false,
        [this, id = charge.id](std::optional<Money>, const QString& reason) {
            return Charges(m_context.store()).waive(id, reason, QDate::currentDate());
        },
        this);
    m_waive->setObjectName(QStringLiteral("waiveChargeDialog"));
    m_waive->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_waive, &QDialog::accepted, this, [this, charge, billed] {
        m_notice->setText(billed ? tr("%1 waived: a credit note takes it off invoice %2.")
                                       .arg(charge.description, charge.invoiceNumber)
                                 : tr("%1 waived: it will not be billed.").arg(charge.description));
        refresh();
        emit chargesChanged();
    });
    m_waive->open();
}

} // namespace rentflow::ui::billing
