#include "ResidentProfile.h"

#include "KycPanel.h"
#include "ResidentForm.h"
#include "ResidentText.h"
#include "StatementPeriodDialog.h"

#include <common/AppContext.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>
#include <documents/DocumentPdf.h>
#include <documents/DocumentPreviewDialog.h>
#include <payments/DuesReport.h>
#include <payments/PaymentActions.h>
#include <residents/ResidentRepository.h>
#include <stays/LiveStay.h>
#include <stays/ResidentDocuments.h>
#include <stays/StayActions.h>
#include <stays/StayHistory.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentflow::ui {

namespace {

QTableWidget* newTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QList<int>& amounts = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (amounts.contains(column))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QString ledgerKind(const QString& kind)
{
    if (kind == QLatin1String("invoice"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Invoice");
    if (kind == QLatin1String("payment"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Payment");
    if (kind == QLatin1String("credit_note"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Credit note");
    if (kind == QLatin1String("credit_returned"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Credit returned");
    if (kind == QLatin1String("deposit_adjusted"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Deposit adjusted");
    return kind;
}

QString stayStatus(const QString& status)
{
    if (status == QLatin1String("active"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Staying");
    if (status == QLatin1String("notice"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "On notice");
    if (status == QLatin1String("ended"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Checked out");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Cancelled");
    if (status == QLatin1String("draft"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Booked");
    return status;
}

DocumentRef::Kind documentKind(ResidentDocuments::Kind kind)
{
    using K = ResidentDocuments::Kind;
    switch (kind) {
    case K::Invoice:
        return DocumentRef::Kind::Invoice;
    case K::Receipt:
        return DocumentRef::Kind::Receipt;
    case K::DepositReceipt:
        return DocumentRef::Kind::DepositReceipt;
    case K::CreditNote:
        return DocumentRef::Kind::CreditNote;
    case K::DebitNote:
        return DocumentRef::Kind::DebitNote;
    case K::Agreement:
        return DocumentRef::Kind::Agreement;
    case K::Settlement:
        return DocumentRef::Kind::Settlement;
    case K::DepositRefund:
        return DocumentRef::Kind::DepositRefund;
    }
    return DocumentRef::Kind::Invoice;
}

QString documentStatus(const QString& status)
{
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Cancelled");
    if (status == QLatin1String("reversed"))
        return QCoreApplication::translate("rentflow::ui::ResidentProfile", "Reversed");
    if (status == QLatin1String("issued") || status == QLatin1String("received"))
        return {};
    return stayStatus(status);
}

} // namespace

ResidentProfile::ResidentProfile(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* back = new QPushButton(tr("← &Back to residents"), this);
    back->setObjectName(QStringLiteral("backToListButton"));
    back->setToolTip(tr("Esc"));
    connect(back, &QPushButton::clicked, this, &ResidentProfile::backRequested);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ResidentProfile::backRequested);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("residentNameLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("residentSummaryLabel"));
    m_dues = new QLabel(this);
    m_dues->setObjectName(QStringLiteral("residentDuesLabel"));
    QFont bold = m_dues->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_dues->setFont(bold);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* header = new QHBoxLayout;
    auto* who = new QVBoxLayout;
    who->addWidget(m_title);
    who->addWidget(m_summary);
    header->addWidget(back, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addLayout(who, 1);
    header->addWidget(m_dues, 0, Qt::AlignRight | Qt::AlignVCenter);

    m_checkIn =
        addAction(tr("Check in…"), QStringLiteral("checkInButton"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), int(Permission::ManageStays));
    m_notice =
        addAction(tr("Give notice…"), QStringLiteral("giveNoticeButton"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), int(Permission::ManageStays));
    m_transfer =
        addAction(tr("Transfer…"), QStringLiteral("transferButton"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), int(Permission::ManageStays));
    m_checkOut =
        addAction(tr("Check out…"), QStringLiteral("checkOutButton"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), int(Permission::ManageStays));
    m_signed =
        addAction(tr("Agreement signed…"), QStringLiteral("agreementSignedButton"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), int(Permission::ManageStays));
    auto* payment =
        addAction(tr("Record payment…"), QStringLiteral("recordPaymentButton"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), int(Permission::RecordPayments));
    auto* statement =
        addAction(tr("Statement…"), QStringLiteral("statementButton"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), int(Permission::PrintDocuments));
    auto* police =
        addAction(tr("Police form"), QStringLiteral("policeFormButton"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), int(Permission::PrintDocuments));
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (stays::checkIn(m_context, this, {}, m_residentId)) {
            refresh();
            emit residentChanged();
        }
    });
    connect(m_notice, &QPushButton::clicked, this, [this] { act(&stays::giveNotice); });
    connect(m_transfer, &QPushButton::clicked, this, [this] { act(&stays::transfer); });
    connect(m_checkOut, &QPushButton::clicked, this, [this] { act(&stays::checkOut); });
    connect(m_signed, &QPushButton::clicked, this, [this] { act(&stays::markAgreementSigned); });
    connect(payment, &QPushButton::clicked, this, [this] {
        if (payments::recordPayment(m_context, this, m_residentId)) {
            refresh();
            emit residentChanged();
        }
    });
    connect(statement, &QPushButton::clicked, this, &ResidentProfile::openStatement);
    connect(police, &QPushButton::clicked, this, &ResidentProfile::openPoliceForm);
    auto* actions = new QHBoxLayout;
    for (QPushButton* button :
         {m_checkIn, m_notice, m_transfer, m_checkOut, m_signed, payment, statement, police})
        actions->addWidget(button);
    actions->addStretch();

    // Details.
    auto* details = new QWidget(this);
    m_form = new ResidentForm(details);
    auto* saveButton = new QPushButton(tr("&Save changes"), details);
    saveButton->setObjectName(QStringLiteral("saveResidentButton"));
    saveButton->setToolTip(tr("Ctrl+S"));
    saveButton->setDefault(true);
    context.guard.guard(saveButton, Permission::ManageResidents);
    auto* undoButton = new QPushButton(tr("&Undo changes"), details);
    undoButton->setObjectName(QStringLiteral("undoResidentButton"));
    connect(saveButton, &QPushButton::clicked, this, &ResidentProfile::save);
    connect(undoButton, &QPushButton::clicked, this, &ResidentProfile::reload);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, details);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ResidentProfile::save);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(undoButton);
    saveRow->addWidget(saveButton);
    auto* detailsLayout = new QVBoxLayout(details);
    // On a wide screen the boxes stay as wide as a name or an address needs.
    m_form->setMaximumWidth(1300);
    detailsLayout->addWidget(m_form);
    detailsLayout->addStretch();
    detailsLayout->addLayout(saveRow);

    m_kyc = new KycPanel(context, this);
    connect(m_kyc, &KycPanel::changed, this, &ResidentProfile::residentChanged);

    m_ledger = newTable(
        QStringLiteral("ledgerTable"),
        {tr("Date"), tr("Entry"), tr("Document"), tr("Billed"), tr("Paid"), tr("Balance")}, this);
    m_ledger->horizontalHeader()->setMinimumSectionSize(120);
    // The entry's text takes the spare width: the amounts stay together, readable in a row.
    m_ledger->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_documentTable =
        newTable(QStringLiteral("documentsTable"),
                 {tr("Date"), tr("Document"), tr("Number"), tr("Amount"), tr("Status")}, this);
    m_documentTable->horizontalHeader()->setMinimumSectionSize(120);
    m_documentTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_documentTable->setToolTip(tr("Enter or double-click: open in preview"));
    connect(m_documentTable, &QTableWidget::cellDoubleClicked, this,
            &ResidentProfile::openSelectedDocument);
    connect(m_documentTable, &QTableWidget::cellActivated, this,
            &ResidentProfile::openSelectedDocument);
    m_stays = newTable(QStringLiteral("staysTable"),
                       {tr("Bed"), tr("Property"), tr("From"), tr("To"), tr("Rent"), tr("Status"),
                        tr("Agreement signed")},
                       this);
    m_stays->horizontalHeader()->setMinimumSectionSize(110);
    m_stays->horizontalHeader()->setStretchLastSection(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(m_kyc, tr("KYC and photo"));
    m_tabs->addTab(m_ledger, tr("Ledger"));
    m_tabs->addTab(m_documentTable, tr("Documents"));
    m_tabs->addTab(m_stays, tr("Stays"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
}

QPushButton* ResidentProfile::addAction(const QString& text, const QString& objectName,
                                        const QKeySequence& shortcut, int permission)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(shortcut.toString(QKeySequence::NativeText));
    button->setAutoDefault(false);
    auto* key = new QShortcut(shortcut, this);
    key->setContext(Qt::WidgetWithChildrenShortcut);
    connect(key, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->click();
    });
    m_context.guard.guard(button, static_cast<Permission>(permission));
    return button;
}

void ResidentProfile::act(bool (*action)(AppContext&, QWidget*, const QString&))
{
    if (action(m_context, this, m_residentId)) {
        refresh();
        emit residentChanged();
    }
}

QString ResidentProfile::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ResidentProfile::showReadError(const QString& what, const QString& message)
{
    const QString line = tr("Could not read %1: %2").arg(what, message);
    m_error->setText(m_error->text().isEmpty() ? line : m_error->text() + u'\n' + line);
    m_error->setVisible(true);
}

bool ResidentProfile::showResident(const QString& residentId)
{
    // Nothing typed is lost: the same resident keeps what was typed; another one first
    // asks what to do with the unsaved changes.
    if (residentId == m_residentId)
        return read(true);
    if (!m_residentId.isEmpty() && m_form->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1's details have changes that are not saved. Save them first?")
                .arg(m_title->text()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return false;
    }
    m_residentId = residentId;
    return read(false);
}

bool ResidentProfile::read(bool keepTyped)
{
    const QString residentId = m_residentId;
    m_error->clear();
    m_error->setVisible(false);
    const auto found = ResidentRepository(m_context.store()).find(residentId);
    if (!found || !found.value()) {
        m_title->setText(tr("Resident not found"));
        m_summary->clear();
        m_dues->clear();
        showReadError(tr("the resident"),
                      found ? tr("no resident with id %1").arg(residentId) : found.error().message);
        return false;
    }
    const Resident& resident = *found.value();
    m_title->setText(resident.fullName());
    if (!keepTyped || !m_form->isModified())
        m_form->setResident(resident);
    bool ok = m_kyc->showResident(residentId);

    const auto stay = LiveStay::of(m_context.store(), residentId);
    const bool staying = stay && stay.value();
    QStringList summary{resident.phone};
    if (!stay) {
        showReadError(tr("the current stay"), stay.error().message);
        ok = false;
    }
    const bool allowed = m_context.guard.allows(Permission::ManageStays);
    m_checkIn->setEnabled(allowed && stay && !staying);
    m_notice->setEnabled(allowed && staying && stay.value()->status == QLatin1String("active"));
    m_transfer->setEnabled(allowed && staying);
    m_checkOut->setEnabled(allowed && staying);
    m_signed->setEnabled(allowed && staying);
    ok = fillStays() && ok;
    if (staying) {
        const auto& live = *stay.value();
        for (int row = 0; row < m_stays->rowCount(); ++row)
            if (m_stays->item(row, 3)->text().isEmpty()) {
                summary << tr("Bed %1, %2")
                               .arg(m_stays->item(row, 0)->text(), m_stays->item(row, 1)->text());
                break;
            }
        summary << (live.status == QLatin1String("notice")
                        ? tr("on notice, moving out %1").arg(ui::shownDate(live.intendedMoveOut))
                        : tr("staying since %1").arg(ui::shownDate(live.start)));
    } else if (stay) {
        summary << tr("no current stay");
    }
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    ok = fillLedger() && ok;
    ok = fillDocuments() && ok;
    return ok;
}

bool ResidentProfile::fillLedger()
{
    m_ledger->setRowCount(0);
    const auto ledger = DuesReport(m_context.store()).ledger(m_residentId);
    if (!ledger) {
        m_dues->setText(tr("Dues not read"));
        showReadError(tr("the ledger"), ledger.error().message);
        return false;
    }
    const auto& entries = ledger.value();
    m_ledger->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const auto& e = entries.at(row);
        setRow(m_ledger, row,
               {ui::shownDate(e.date), ledgerKind(e.kind), e.document,
                e.debit.isZero() ? QString() : ui::rupees(e.debit),
                e.credit.isZero() ? QString() : ui::rupees(e.credit), ui::rupees(e.balance)},
               {3, 4, 5});
    }
    m_ledger->scrollToBottom();
    const Money balance = entries.isEmpty() ? Money() : entries.constLast().balance;
    if (balance > Money()) {
        m_dues->setText(tr("Owes %1").arg(ui::rupees(balance)));
        m_dues->setStyleSheet(QStringLiteral("color: #b3261e;"));
    } else {
        m_dues->setText(balance.isZero() ? tr("Nothing due")
                                         : tr("In credit %1").arg(ui::rupees(Money() - balance)));
        m_dues->setStyleSheet(QStringLiteral("color: #1e6b34;"));
    }
    return true;
}

bool ResidentProfile::fillDocuments()
{
    m_documentTable->setRowCount(0);
    m_documents.clear();
    const auto documents = ResidentDocuments::of(m_context.store(), m_residentId);
    if (!documents) {
        showReadError(tr("the documents issued"), documents.error().message);
        return false;
    }
    m_documentTable->setRowCount(int(documents.value().size()));
    int row = 0;
    for (const auto& d : documents.value()) {
        const DocumentRef ref{documentKind(d.kind), d.id, {}, {}};
        m_documents.append(ref);
        const QString amount = d.kind == ResidentDocuments::Kind::Agreement
                                   ? tr("%1 a month").arg(ui::rupees(d.amount))
                                   : ui::rupees(d.amount);
        setRow(m_documentTable, row++,
               {ui::shownDate(d.date), documentKindName(ref.kind), d.number, amount,
                documentStatus(d.status)},
               {3});
    }
    if (row > 0)
        m_documentTable->selectRow(0);
    return true;
}

bool ResidentProfile::fillStays()
{
    m_stays->setRowCount(0);
    const auto stays = StayHistory::of(m_context.store(), m_residentId);
    if (!stays) {
        showReadError(tr("the stays"), stays.error().message);
        return false;
    }
    m_stays->setRowCount(int(stays.value().size()));
    int row = 0;
    for (const auto& s : stays.value())
        setRow(m_stays, row++,
               {s.bed, s.property, ui::shownDate(s.from), ui::shownDate(s.to), ui::rupees(s.rent),
                stayStatus(s.status),
                s.signedOn.isValid() ? ui::shownDate(s.signedOn) : tr("Not yet")},
               {4});
    return true;
}

bool ResidentProfile::save()
{
    if (!m_context.guard.allows(Permission::ManageResidents) || !m_form->checkTyped())
        return false;
    const auto saved =
        ResidentRepository(m_context.store()).update(m_residentId, m_form->changes());
    if (!saved) {
        m_tabs->setCurrentIndex(0);
        m_form->errors().show(saved.error());
        return false;
    }
    reload();
    emit residentChanged();
    return true;
}

void ResidentProfile::openSelectedDocument()
{
    const int row = m_documentTable->currentRow();
    if (row >= 0 && row < m_documents.size())
        DocumentPreviewDialog::open(m_context, m_documents.at(row), this);
}

void ResidentProfile::openStatement()
{
    StatementPeriodDialog period(this);
    if (period.exec() != QDialog::Accepted)
        return;
    DocumentPreviewDialog::open(
        m_context, {DocumentRef::Kind::Statement, m_residentId, period.from(), period.to()}, this);
}

void ResidentProfile::openPoliceForm()
{
    DocumentPreviewDialog::open(m_context, {DocumentRef::Kind::PoliceForm, m_residentId, {}, {}},
                                this);
}

} // namespace rentflow::ui
