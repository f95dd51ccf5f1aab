#include "InvoiceDetailDialog.h"
#include "CorrectionDialog.h"

#include <billing/InvoiceCorrections.h>
#include <common/AppContext.h>
#include <common/DisplayText.h>
#include <documents/DocumentPreviewDialog.h>
#include <payments/PaymentActions.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentflow::ui::billing {

namespace {

QTableWidget* newTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QList<int>& rightAligned)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

QString documentTypeText(const QString& type)
{
    if (type == QLatin1String("tax_invoice"))
        return InvoiceDetailDialog::tr("Tax invoice");
    if (type == QLatin1String("bill_of_supply"))
        return InvoiceDetailDialog::tr("Bill of supply");
    return InvoiceDetailDialog::tr("Invoice-cum-bill of supply");
}

QString methodText(const QString& method)
{
    if (method == QLatin1String("cash"))
        return InvoiceDetailDialog::tr("Cash");
    if (method == QLatin1String("upi"))
        return InvoiceDetailDialog::tr("UPI");
    if (method == QLatin1String("bank"))
        return InvoiceDetailDialog::tr("Bank transfer");
    if (method == QLatin1String("cheque"))
        return InvoiceDetailDialog::tr("Cheque");
    return InvoiceDetailDialog::tr("Card");
}

QString percent(int basisPoints)
{
    return QStringLiteral("%1%").arg(basisPoints / 100.0, 0, 'f', basisPoints % 100 ? 2 : 0);
}

} // namespace

InvoiceDetailDialog::InvoiceDetailDialog(AppContext& context, const QString& invoiceId,
                                         QWidget* parent)
    : QDialog(parent), m_context(context), m_invoiceId(invoiceId)
{
    setObjectName(QStringLiteral("invoiceDetailDialog"));
    setWindowTitle(tr("Invoice"));
    resize(980, 640);
    auto* layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("invoiceTitle"));
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("invoiceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* header = new QHBoxLayout;
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("invoiceFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("invoiceTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignTop | Qt::AlignRight);
    header->addWidget(m_facts, 3);
    header->addWidget(m_totals, 2);
    layout->addLayout(header);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("invoiceNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_tabs = new QTabWidget(this);
    m_lines = newTable(QStringLiteral("linesTable"),
                       {tr("Description"), tr("SAC"), tr("Period"), tr("Value"), tr("Tax rate"),
                        tr("Tax"), tr("Total")},
                       this);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // A line's basis wraps in the description: its row grows with the column, never elided.
    m_lines->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_notesTable =
        newTable(QStringLiteral("notesTable"),
                 {tr("Number"), tr("Kind"), tr("Date"), tr("Reason"), tr("Amount")}, this);
    m_notesTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_notesTable, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openNote(index.row()); });
    m_payments = newTable(
        QStringLiteral("paymentsTable"),
        {tr("Received"), tr("Method"), tr("Reference"), tr("Receipt"), tr("Amount"), tr("State")},
        this);
    m_payments->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tabs->addTab(m_lines, tr("&Lines"));
    m_tabs->addTab(m_notesTable, tr("&Notes"));
    m_tabs->addTab(m_payments, tr("Pa&yments"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_preview = buttons->addButton(tr("Pre&view PDF"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setShortcut(QKeySequence::Print);
    m_pay = buttons->addButton(tr("Record &payment…"), QDialogButtonBox::ActionRole);
    m_pay->setObjectName(QStringLiteral("recordPaymentButton"));
    m_credit = buttons->addButton(tr("&Credit note…"), QDialogButtonBox::ActionRole);
    m_credit->setObjectName(QStringLiteral("creditNoteButton"));
    m_cancel = buttons->addButton(tr("Cancel &invoice…"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelInvoiceButton"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    for (QPushButton* b : {m_preview, m_pay, m_credit, m_cancel})
        b->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &InvoiceDetailDialog::previewPdf);
    connect(m_pay, &QPushButton::clicked, this, &InvoiceDetailDialog::recordPayment);
    connect(m_credit, &QPushButton::clicked, this, &InvoiceDetailDialog::creditNote);
    connect(m_cancel, &QPushButton::clicked, this, &InvoiceDetailDialog::cancelInvoice);
    layout->addWidget(buttons);

    reload();
}

bool InvoiceDetailDialog::reload()
{
    auto invoice = loadIssuedInvoice(m_context.store(), m_invoiceId, QStringLiteral("invoice"));
    auto notes = invoice ? notesOfInvoice(m_context.store(), m_invoiceId)
                         : store::StoreResult<QList<InvoiceNoteSummary>>(invoice.error());
    auto payments = notes ? allocationsOfInvoice(m_context.store(), m_invoiceId)
                          : store::StoreResult<QList<InvoiceAllocationSummary>>(notes.error());
    if (!payments) {
        // A failed read is shown as such, never as an empty invoice.
        m_error->setText(tr("This invoice could not be read: %1").arg(payments.error().message));
        m_error->show();
        for (QWidget* w : {static_cast<QWidget*>(m_tabs), static_cast<QWidget*>(m_facts),
                           static_cast<QWidget*>(m_totals)})
            w->setEnabled(false);
        for (QPushButton* b : {m_preview, m_pay, m_credit, m_cancel})
            b->setEnabled(false);
        return false;
    }
    m_error->hide();
    for (QWidget* w : {static_cast<QWidget*>(m_tabs), static_cast<QWidget*>(m_facts),
                       static_cast<QWidget*>(m_totals)})
        w->setEnabled(true);
    m_invoice = invoice.value();
    showInvoice();
    showNotes(notes.value());
    showPayments(payments.value());
    return true;
}

void InvoiceDetailDialog::showInvoice()
{
    const IssuedInvoice& i = m_invoice;
    setWindowTitle(tr("Invoice %1").arg(i.number));
    m_title->setText(
        QStringLiteral("<h2>%1 %2%3</h2>")
            .arg(documentTypeText(i.documentType).toHtmlEscaped(), i.number.toHtmlEscaped(),
                 i.cancelled ? QStringLiteral(" <span style='color:#757575'>— %1</span>")
                                   .arg(tr("cancelled"))
                             : QString()));
    QString period = shownDate(i.periodStart);
    if (i.periodEnd.isValid())
        period += QStringLiteral(" – ") + shownDate(i.periodEnd);
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral(
                   "<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString facts = QStringLiteral("<table>");
    facts += row(tr("Resident"), i.recipientName);
    facts += row(tr("Bed"), i.bed.isEmpty() ? tr("—") : i.bed);
    facts += row(tr("Property"), i.propertyName);
    facts += row(tr("Issued"), shownDate(i.issueDate));
    facts += row(tr("Due"), shownDate(i.dueDate));
    facts += row(tr("Period"), period);
    if (i.cancelled)
        facts += row(tr("Cancelled"), tr("%1: %2").arg(shownDate(i.cancelledOn), i.cancelReason));
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);

    auto money = [](const QString& label, Money amount, bool bold = false) {
        const QString value = rupees(amount).toHtmlEscaped();
        return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td>"
                              "<td align='right'>%2</td></tr>")
            .arg(label.toHtmlEscaped(), bold ? QStringLiteral("<b>%1</b>").arg(value) : value);
    };
    QString totals = QStringLiteral("<table align='right'>");
    if (!i.taxable.isZero())
        totals += money(tr("Taxable value"), i.taxable);
    if (!i.exempt.isZero())
        totals += money(tr("Exempt value"), i.exempt);
    if (!i.cgst.isZero())
        totals += money(tr("CGST"), i.cgst);
    if (!i.sgst.isZero())
        totals += money(tr("SGST"), i.sgst);
    if (!i.igst.isZero())
        totals += money(tr("IGST"), i.igst);
    if (!i.roundOff.isZero())
        totals += money(tr("Round off"), i.roundOff);
    totals += money(tr("Total"), i.total, true);
    totals += money(tr("Paid"), i.paid);
    totals += money(tr("Credited"), i.credited);
    totals += money(tr("Balance"), i.balance, true);
    totals += QStringLiteral("</table>");
    m_totals->setText(totals);

    m_lines->setRowCount(int(i.lines.size()));
    for (int r = 0; r < i.lines.size(); ++r) {
        const IssuedInvoiceLine& line = i.lines.at(r);
        QString linePeriod;
        if (line.periodFrom.isValid())
            linePeriod =
                shownDate(line.periodFrom) + QStringLiteral(" – ") + shownDate(line.periodTo);
        const QString description = line.basis.isEmpty()
                                        ? line.description
                                        : line.description + QStringLiteral("\n") + line.basis;
        setRow(m_lines, r,
               {description, line.sac, linePeriod, rupees(line.taxable),
                line.exempt ? tr("Exempt") : percent(line.rateBp),
                rupees(line.cgst + line.sgst + line.igst), rupees(line.total)},
               {3, 4, 5, 6});
    }
    m_lines->resizeColumnsToContents();
    m_lines->resizeRowsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_pay->setEnabled(!i.cancelled && i.balance > Money() &&
                      m_context.guard.allows(Permission::RecordPayments));
    m_credit->setEnabled(!i.cancelled && m_context.guard.allows(Permission::CorrectInvoices));
    m_cancel->setEnabled(!i.cancelled && m_context.guard.allows(Permission::CorrectInvoices));
    m_preview->setEnabled(m_context.guard.allows(Permission::PrintDocuments));
}

void InvoiceDetailDialog::showNotes(const QList<InvoiceNoteSummary>& notes)
{
    m_notes = notes;
    m_notesTable->setRowCount(int(notes.size()));
    for (int r = 0; r < notes.size(); ++r) {
        const InvoiceNoteSummary& n = notes.at(r);
        setRow(m_notesTable, r,
               {n.number,
                n.kind == InvoiceNoteSummary::Kind::Credit ? tr("Credit note") : tr("Debit note"),
                shownDate(n.issueDate), n.reason, rupees(n.total)},
               {4});
    }
    m_notesTable->resizeColumnsToContents();
    m_notesTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tabs->setTabText(1, notes.isEmpty() ? tr("&Notes") : tr("&Notes (%1)").arg(notes.size()));
}

void InvoiceDetailDialog::showPayments(const QList<InvoiceAllocationSummary>& payments)
{
    m_payments->setRowCount(int(payments.size()));
    for (int r = 0; r < payments.size(); ++r) {
        const InvoiceAllocationSummary& p = payments.at(r);
        setRow(m_payments, r,
               {shownDate(p.receivedOn), methodText(p.method), p.reference, p.receiptNumber,
                rupees(p.amount), p.reversed ? tr("Reversed") : tr("Received")},
               {4});
    }
    m_payments->resizeColumnsToContents();
    m_payments->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tabs->setTabText(2, payments.isEmpty() ? tr("Pa&yments")
                                             : tr("Pa&yments (%1)").arg(payments.size()));
}

void InvoiceDetailDialog::openNote(int row)
{
    if (row < 0 || row >= m_notes.size())
        return;
    const InvoiceNoteSummary& note = m_notes.at(row);
    DocumentPreviewDialog::open(m_context,
                                {note.kind == InvoiceNoteSummary::Kind::Credit
                                     ? DocumentRef::Kind::CreditNote
                                     : DocumentRef::Kind::DebitNote,
                                 note.id,
                                 {},
                                 {}},
                                this);
}

void InvoiceDetailDialog::previewPdf()
{
    DocumentPreviewDialog::open(m_context, {DocumentRef::Kind::Invoice, m_invoiceId, {}, {}}, this);
}

void InvoiceDetailDialog::recordPayment()
{
    if (payments::recordPayment(m_context, this, m_invoice.residentId, m_invoice.balance)) {
        reload();
        emit changed();
    }
}

void InvoiceDetailDialog::creditNote()
{
    auto issued = std::make_shared<InvoiceCorrections::Issued>();
    CorrectionDialog::Texts texts{
        tr("Credit note for %1").arg(m_invoice.number),
        tr("A credit note takes an amount off invoice %1 (balance %2) with its own number; the "
           "invoice itself never changes. Tax comes off in the invoice's proportion.")
            .arg(m_invoice.number, rupees(m_invoice.balance)),
        tr("&Issue credit note"),
        tr("Issue a credit note of %1 against invoice %2?")
            .arg(QStringLiteral("%1"), m_invoice.number)};
    m_correction = new CorrectionDialog(
        texts, true,
        [this, issued](std::optional<Money> amount, const QString& reason) -> store::StoreStatus {
            auto done = InvoiceCorrections(m_context.store())
                            .creditNote(m_invoiceId, amount ? amount->toDecimalString() : QString(),
                                        reason, QDate::currentDate());
            if (!done)
                return done.error();
            *issued = done.value();
            return store::Done{};
        },
        this);
    m_correction->setObjectName(QStringLiteral("creditNoteDialog"));
    m_correction->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_correction, &QDialog::accepted, this, [this, issued] {
        reload();
        if (issued->givenBack > Money()) {
            m_notice->setText(tr("Credit note %1 issued. %2 was already paid and is the "
                                 "resident's credit again.")
                                  .arg(issued->number, rupees(issued->givenBack)));
        } else {
            m_notice->setText(tr("Credit note %1 issued.").arg(issued->number));
        }
        m_notice->show();
        emit changed();
        DocumentPreviewDialog::open(m_context, {DocumentRef::Kind::CreditNote, issued->id, {}, {}},
                                    this);
    });
    m_correction->open();
}

void InvoiceDetailDialog::cancelInvoice()
{
    CorrectionDialog::Texts texts{
        tr("Cancel invoice %1").arg(m_invoice.number),
        tr("A cancelled invoice keeps its number and is shown as cancelled; what it billed can "
           "be billed again by the next run."),
        tr("Cancel &invoice"),
        tr("Cancel invoice %1 of %2? This cannot be undone.")
            .arg(m_invoice.number, rupees(m_invoice.total))};
    m_correction = new CorrectionDialog(
        texts, false,
        [this](std::optional<Money>, const QString& reason) {
            return InvoiceCorrections(m_context.store())
                .cancel(m_invoiceId, reason, QDate::currentDate());
        },
        this);
    m_correction->setObjectName(QStringLiteral("cancelInvoiceDialog"));
    m_correction->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_correction, &QDialog::accepted, this, [this] {
        reload();
        m_notice->setText(tr("Invoice %1 cancelled; its number stays used.").arg(m_invoice.number));
        m_notice->show();
        emit changed();
        previewPdf();
    });
    m_correction->open();
}

} // namespace rentflow::ui::billing
