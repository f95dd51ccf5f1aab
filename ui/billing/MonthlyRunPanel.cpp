#include "MonthlyRunPanel.h"
#include "MonthPicker.h"
#include "RunPreviewModel.h"

#include <billing/InvoiceRepository.h>
#include <billing/MonthlyRun.h>
#include <common/AppContext.h>
#include <common/BackgroundTask.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>
#include <payments/ResidentList.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace rentflow::ui::billing {

namespace {

// What the worker hands back to the window.
struct RunOutcome
{
    MonthlyRun::Result result;
    QHash<QString, QString> beds; // resident id → "101-A"
    QHash<QString, QString> ids;  // issued number → invoice id
    // A read after the run that failed: the run itself stands (issued and committed).
    QString readProblem;
};

struct RunRequest
{
    BillingPeriod period;
    QDate issueDate;
    bool preview;
};

// The worker's part: the run on the worker's connection, answering Cancel between
// invoices, then the beds of the residents billed and the ids of what was issued.
store::StoreStatus runMonth(store::Store& store, TaskControl& control, const RunRequest& request,
                            const std::function<void(int, int)>& observer,
                            const QString& progressText, RunOutcome& outcome)
{
    MonthlyRun::Options options{request.period, request.issueDate, request.preview,
                                [&](int done, int total) {
                                    control.setProgress(done, total, progressText);
                                    if (observer)
                                        observer(done, total);
                                    return !control.isCancelled();
                                },
                                QDate::currentDate()};
    auto result = MonthlyRun(store).run(options);
    if (!result)
        return result.error();
    outcome.result = result.value();
    if (result.value().cancelled)
        return store::Done{};
    // What the table shows beside the run (beds, the issued invoices' ids). The run is
    // already committed: a read that fails here is said, never reported as "not issued".
    auto residents = ResidentList(store).list({});
    if (!residents) {
        outcome.readProblem = residents.error().message;
        return store::Done{};
    }
    for (const ResidentList::Row& row : residents.value())
        outcome.beds.insert(row.id, row.bed);
    if (!request.preview && !result.value().numbers.isEmpty()) {
        auto issued = InvoiceRepository(store).list({request.period.toString(), QString()});
        if (!issued) {
            outcome.readProblem = issued.error().message;
            return store::Done{};
        }
        for (const InvoiceSummary& invoice : issued.value())
            outcome.ids.insert(invoice.number, invoice.id);
    }
    return store::Done{};
}

} // namespace

MonthlyRunPanel::MonthlyRunPanel(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Issues one invoice per stay for the month: rent, recurring charges, one-off charges, "
           "late fees and utility shares. Preview first: it shows what would be issued and writes "
           "nothing. Running a month again issues only what is missing."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_month = new MonthPicker(false, this);
    m_month->setObjectName(QStringLiteral("runMonth"));
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("runIssueDate"));
    form->addRow(tr("Billing mon&th:"), m_month);
    form->addRow(tr("Issue &date:"), m_date);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("runError"));
    m_errors = new FormErrors(this, m_general);
    m_errors->bind(QStringLiteral("month"), m_month, form);
    m_errors->bind(QStringLiteral("date"), m_date, form);

    auto* buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewRunButton"));
    m_previewButton->setDefault(true);
    m_issueButton = new QPushButton(tr("Iss&ue invoices…"), this);
    m_issueButton->setObjectName(QStringLiteral("issueRunButton"));
    m_listButton = new QPushButton(tr("&Show in invoice list"), this);
    m_listButton->setObjectName(QStringLiteral("showIssuedButton"));
    m_listButton->hide();
    context.guard.guard(m_issueButton, Permission::RunBilling);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_issueButton);
    buttons->addWidget(m_listButton);
    buttons->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(form);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_general);

    m_summary = new QLabel(tr("Choose the month and press Preview (Alt+P)."), this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_model = new RunPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(RunPreviewModel::Lines, QHeaderView::Stretch);
    m_table->setColumnWidth(RunPreviewModel::Number, 150);
    m_table->setColumnWidth(RunPreviewModel::Resident, 220);
    m_table->setColumnWidth(RunPreviewModel::Bed, 90);
    m_table->setColumnWidth(RunPreviewModel::Total, 130);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString number =
            m_model->index(index.row(), RunPreviewModel::Number).data().toString();
        if (const QString id = m_issuedIds.value(number); !id.isEmpty())
            emit openInvoice(id);
    });
    // Another month or date: what is shown is no longer what a run would do.
    auto forget = [this] {
        m_previewed = false;
        m_model->clear();
        m_listButton->hide();
        m_summary->setText(tr("Choose the month and press Preview (Alt+P)."));
    };
    connect(m_month, &QComboBox::currentIndexChanged, this, forget);
    connect(m_date, &QDateEdit::dateChanged, this, forget);
    connect(m_previewButton, &QPushButton::clicked, this, &MonthlyRunPanel::preview);
    connect(m_issueButton, &QPushButton::clicked, this, &MonthlyRunPanel::issue);
    connect(m_listButton, &QPushButton::clicked, this,
            [this] { emit showInvoicesOf(m_issuedMonth); });
}

QString MonthlyRunPanel::summaryText() const
{
    return m_summary->text();
}

void MonthlyRunPanel::preview()
{
    run(true);
}

void MonthlyRunPanel::issue()
{
    // After a preview of the same month and date, the question says what it showed.
    const bool previewed =
        m_previewed && m_previewedMonth == m_month->month() && m_previewedDate == m_date->date();
    const QString what =
        previewed
            ? tr("Issue %n invoice(s), total %1, for %2, dated %3?", "", m_previewedCount)
                  .arg(rupees(m_previewedTotal), m_month->currentText(), shownDate(m_date->date()))
            : tr("Issue the invoices for %1, dated %2?")
                  .arg(m_month->currentText(), shownDate(m_date->date()));
    const QString question = what + QStringLiteral("\n\n") +
                             tr("Issued invoices are never edited: a mistake is put right by a "
                                "credit note or a cancellation.");
    if (QMessageBox::question(this, tr("Issue invoices"), question,
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::Yes) != QMessageBox::Yes)
        return;
    run(false);
}

void MonthlyRunPanel::run(bool preview)
{
    m_errors->clear();
    const auto period = BillingPeriod::parse(m_month->month());
    if (!period) {
        m_errors->show(FieldErrors{{QStringLiteral("month"), period.error()}});
        return;
    }
    const QDate issueDate = m_date->date();
    auto outcome = std::make_shared<RunOutcome>();
    const auto observer = m_observer;
    const QString progressText =
        preview ? tr("Working out the invoices…") : tr("Issuing invoices…");
    BackgroundTask task(m_context.workspace, store::DatabaseOpener::Access::ReadWrite,
                        [=](store::Store& store, TaskControl& control) {
                            return runMonth(store, control, {*period, issueDate, preview}, observer,
                                            progressText, *outcome);
                        });
    m_previewButton->setEnabled(false);
    m_issueButton->setEnabled(false);
    const TaskOutcome done = runWithProgress(
        this, preview ? tr("Preview of the month's invoices") : tr("Monthly run"), task);
    m_previewButton->setEnabled(true);
    m_issueButton->setEnabled(m_context.guard.allows(Permission::RunBilling));
    m_listButton->hide();
    m_previewed = false;
    if (done.error) {
        m_model->clear();
        m_summary->setText(preview ? tr("The preview could not be made.")
                                   : tr("Nothing was issued."));
        m_errors->show(*done.error);
        return;
    }
    // The run says itself whether it stopped: a Cancel pressed after its commit is too late.
    if (outcome->result.cancelled || (done.cancelled && preview)) {
        m_model->clear();
        m_summary->setText(preview ? tr("Preview cancelled.")
                                   : tr("Run cancelled: nothing was issued."));
        return;
    }
    const MonthlyRun::Result& result = outcome->result;
    const int count = int(result.drafts.size());
    m_model->setRun(result.drafts, preview ? QStringList() : result.numbers, outcome->beds);
    m_issuedIds = outcome->ids;
    if (preview) {
        m_previewed = true;
        m_previewedMonth = m_month->month();
        m_previewedDate = issueDate;
        m_previewedCount = count;
        m_previewedTotal = result.total;
        m_summary->setText(
            count == 0
                ? tr("Nothing to issue for %1: every stay is billed.").arg(m_month->currentText())
                : tr("Would issue %n invoice(s) for %1, total %2.", "", count)
                      .arg(m_month->currentText(), rupees(result.total)));
        return;
    }
    m_summary->setText(
        count == 0
            ? tr("Nothing new to issue for %1: every stay is billed.").arg(m_month->currentText())
            : tr("Issued %n invoice(s) for %1, total %2.", "", count)
                  .arg(m_month->currentText(), rupees(result.total)));
    if (!outcome->readProblem.isEmpty())
        m_errors->add(QString(), tr("The invoices are issued, but the list beside them could "
                                    "not be read (%1): press F5 to read it again.")
                                     .arg(outcome->readProblem));
    if (count > 0) {
        m_issuedMonth = m_month->month();
        m_listButton->show();
        emit invoicesIssued(m_issuedMonth);
    }
}

} // namespace rentflow::ui::billing
