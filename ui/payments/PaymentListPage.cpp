#include "PaymentListPage.h"

#include "PaymentTableModel.h"
#include "PaymentText.h"
#include "ReversePaymentDialog.h"

#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <common/ResidentPicker.h>
#include <documents/DocumentPreviewDialog.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace rentflow::ui::payments {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

PaymentListPage::PaymentListPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_from(new DateField(
          QDate::currentDate().addMonths(-1).addDays(1 - QDate::currentDate().addMonths(-1).day()),
          this)),
      m_to(new DateField(this)), m_method(new QComboBox(this)), m_status(new QComboBox(this)),
      m_resident(new ResidentPicker(context.store(), this)),
      m_model(new PaymentTableModel(context.store(), this)), m_table(new QTableView(this)),
      m_empty(new QLabel(this)), m_message(new QLabel(this)),
      m_receipt(new QPushButton(tr("&Open receipt"), this)),
      m_reverse(new QPushButton(tr("Re&verse (bounced cheque)…"), this))
{
    m_from->setObjectName(QStringLiteral("fromField"));
    m_to->setObjectName(QStringLiteral("toField"));
    m_method->setObjectName(QStringLiteral("methodFilter"));
    m_method->addItem(tr("Any method"), QString());
    for (const QString& code : methodCodes())
        m_method->addItem(methodName(code), code);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Received and reversed"), QString());
    m_status->addItem(statusName(QStringLiteral("received")), QStringLiteral("received"));
    m_status->addItem(statusName(QStringLiteral("reversed")), QStringLiteral("reversed"));
    m_resident->setObjectName(QStringLiteral("residentFilter"));
    m_resident->setPlaceholderText(tr("Everyone (type to choose one resident)"));

    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The resident's name takes the room left over (not the status: at 1920 it stretched).
    m_table->horizontalHeader()->setSectionResizeMode(PaymentTableModel::Resident,
                                                      QHeaderView::Stretch);
    const int widths[] = {150, 100, 220, 120, 120, 150, 80, 120, 110};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_receipt->setObjectName(QStringLiteral("openReceiptButton"));
    m_reverse->setObjectName(QStringLiteral("reverseButton"));
    auto* record = new QPushButton(tr("&Record payment… (Ctrl+N)"), this);
    record->setObjectName(QStringLiteral("recordPaymentButton"));
    context.guard.guard(record, Permission::RecordPayments);
    context.guard.guard(m_reverse, Permission::RecordPayments);
    context.guard.guard(m_receipt, Permission::PrintDocuments);

    auto* filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("&From:"), m_from, this));
    filters->addWidget(m_from);
    filters->addWidget(buddyLabel(tr("&To:"), m_to, this));
    filters->addWidget(m_to);
    filters->addWidget(buddyLabel(tr("&Method:"), m_method, this));
    filters->addWidget(m_method);
    filters->addWidget(buddyLabel(tr("&Status:"), m_status, this));
    filters->addWidget(m_status);
    filters->addWidget(buddyLabel(tr("Res&ident:"), m_resident, this));
    filters->addWidget(m_resident, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(record);
    actions->addWidget(m_receipt);
    actions->addWidget(m_reverse);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(actions);

    const auto changed = [this] {
        reload();
    };
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_resident, &ResidentPicker::residentChosen, this, changed);
    connect(m_table, &QAbstractItemView::activated, this, &PaymentListPage::openReceipt);
    connect(m_receipt, &QPushButton::clicked, this, &PaymentListPage::openReceipt);
    connect(m_reverse, &QPushButton::clicked, this, &PaymentListPage::reverseSelected);
    connect(record, &QPushButton::clicked, this,
            [this] { emit recordPaymentRequested(m_resident->residentId(), std::nullopt); });
    connect(m_model, &PaymentTableModel::modelReset, this, &PaymentListPage::updateState);
    connect(m_model, &PaymentTableModel::readFailed, this, &PaymentListPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentListPage::updateState);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_method);
    setTabOrder(m_method, m_status);
    setTabOrder(m_status, m_resident);
    setTabOrder(m_resident, m_table);
}

void PaymentListPage::reload()
{
    PaymentList::Filter filter;
    filter.residentId = m_resident->residentId();
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.method = m_method->currentData().toString();
    filter.status = m_status->currentData().toString();
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void PaymentListPage::showEverything()
{
    const QSignalBlocker fromBlocker(m_from), methodBlocker(m_method), statusBlocker(m_status),
        residentBlocker(m_resident);
    m_from->setDate(m_from->minimumDate());
    m_method->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_resident->clear();
    m_resident->setResident(QString());
    reload();
}

void PaymentListPage::showResident(const QString& residentId)
{
    m_resident->setResident(residentId);
}

bool PaymentListPage::selectPayment(const QString& paymentId)
{
    for (int r = 0;; ++r) {
        if (r >= m_model->rowCount()) {
            if (!m_model->canFetchMore({}))
                return false;
            m_model->fetchMore({});
            if (r >= m_model->rowCount())
                return false;
        }
        if (m_model->row(r)->id == paymentId) {
            m_table->setCurrentIndex(m_model->index(r, 0));
            m_table->setFocus();
            return true;
        }
    }
}

int PaymentListPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PaymentListPage::updateState()
{
    const bool failed = !m_model->errorText().isEmpty();
    const bool empty = m_model->rowCount() == 0;
    if (failed) {
        m_empty->setText(tr("Could not read the payments: %1\nTry again (change a filter) or "
                            "check the workspace (File ▸ Verify).")
                             .arg(m_model->errorText()));
        m_empty->setStyleSheet(QStringLiteral("color: #b3261e;"));
    } else {
        m_empty->setText(tr("No payments with these filters — record one with Ctrl+N, or widen "
                            "the dates."));
        m_empty->setStyleSheet(QString());
    }
    m_empty->setVisible(failed || empty);
    m_table->setVisible(!failed && !empty);
    const PaymentList::Row* row = m_model->row(currentRow());
    m_receipt->setEnabled(row != nullptr);
    m_reverse->setEnabled(row && row->status == QLatin1String("received") &&
                          m_context.guard.allows(Permission::RecordPayments));
}

void PaymentListPage::openReceipt()
{
    const PaymentList::Row* row = m_model->row(currentRow());
    if (!row)
        return;
    DocumentPreviewDialog::open(m_context,
                                {row->purpose == QLatin1String("deposit")
                                     ? DocumentRef::Kind::DepositReceipt
                                     : DocumentRef::Kind::Receipt,
                                 row->id,
                                 {},
                                 {}},
                                this);
}

void PaymentListPage::reverseSelected()
{
    const PaymentList::Row* row = m_model->row(currentRow());
    if (!row || row->status != QLatin1String("received"))
        return;
    const PaymentList::Row payment = *row;
    ReversePaymentDialog dialog(m_context, payment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPayment(payment.id);
    m_message->setText(
        tr("Receipt %1 (%2 from %3) reversed; what it paid is owed again.")
            .arg(payment.receiptNumber, rupees(payment.amount), payment.residentName));
    m_message->setVisible(true);
}

} // namespace rentflow::ui::payments
