#include "InvoiceBatchPanel.h"

#include "DocumentPreviewDialog.h"

#include <common/AppContext.h>
#include <common/FormErrors.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rentflow::ui {

InvoiceBatchPanel::InvoiceBatchPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Invoices of a month"), parent), m_context(context),
      m_month(new QDateEdit(QDate::currentDate(), this)),
      m_folder(new QRadioButton(tr("One PDF per invoice, in a &folder"), this)),
      m_single(new QRadioButton(tr("All in &one PDF"), this)), m_language(new QComboBox(this)),
      m_paper(new QComboBox(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("invoiceBatchPanel"));
    m_month->setObjectName(QStringLiteral("batchMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("MM-yyyy"));
    m_month->setCalendarPopup(true);
    m_folder->setObjectName(QStringLiteral("batchFolderRadio"));
    m_single->setObjectName(QStringLiteral("batchSingleRadio"));
    m_folder->setChecked(true);
    m_language->setObjectName(QStringLiteral("batchLanguageComboBox"));
    m_language->addItem(tr("Each resident's language"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("हिन्दी (Hindi)"), QStringLiteral("hi"));
    m_paper->setObjectName(QStringLiteral("batchPaperComboBox"));
    m_paper->addItem(tr("A4"), int(reports::Paper::A4));
    m_paper->addItem(tr("A5"), int(reports::Paper::A5));
    m_status->setObjectName(QStringLiteral("batchStatusLabel"));
    m_status->setWordWrap(true);

    auto* write = new QPushButton(tr("&Write PDFs…"), this);
    write->setObjectName(QStringLiteral("writeBatchButton"));
    auto* print = new QPushButton(tr("Pre&view and print all…"), this);
    print->setObjectName(QStringLiteral("printBatchButton"));
    context.guard.guard(write, Permission::PrintDocuments);
    context.guard.guard(print, Permission::PrintDocuments);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Month:"), m_month);
    auto* how = new QHBoxLayout;
    how->addWidget(m_folder);
    how->addWidget(m_single);
    how->addStretch(1);
    form->addRow(tr("Files:"), how);
    auto* look = new QHBoxLayout;
    look->addWidget(m_language);
    look->addWidget(m_paper);
    look->addStretch(1);
    form->addRow(tr("&Language, paper:"), look);
    static_cast<QLabel*>(form->labelForField(look))->setBuddy(m_language);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(write);
    buttons->addWidget(print);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->addRow(m_status);
    setLayout(form);
    m_errors = new FormErrors(this, m_status);
    m_errors->bind(QStringLiteral("month"), m_month, form);

    connect(write, &QPushButton::clicked, this, &InvoiceBatchPanel::chooseAndWrite);
    connect(print, &QPushButton::clicked, this, &InvoiceBatchPanel::previewAll);
}

InvoiceBatchPanel::~InvoiceBatchPanel() = default;

QString InvoiceBatchPanel::month() const
{
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

void InvoiceBatchPanel::setMonth(QDate anyDayOfIt)
{
    m_month->setDate(anyDayOfIt);
}

QString InvoiceBatchPanel::statusText() const
{
    return m_status->text();
}

InvoiceBatchPanel::Outcome InvoiceBatchPanel::writeBatch(const QString& out, bool single)
{
    Outcome outcome;
    reports::PageSetup setup;
    setup.paper = static_cast<reports::Paper>(m_paper->currentData().toInt());
    const std::optional<reports::Lang> lang =
        reports::parseLang(m_language->currentData().toString());
    const QString month = this->month();
    reports::InvoiceBatchResult& result = outcome.result;
    BackgroundTask task(
        m_context.workspace, store::DatabaseOpener::Access::ReadWrite,
        [&result, month, out, single, setup, lang](store::Store& store,
                                                   TaskControl& control) -> store::StoreStatus {
            auto batch = reports::writeInvoiceBatch(
                {store, month, out, single, setup, lang, [&control](int done, int total) {
                     control.setProgress(
                         done, total,
                         InvoiceBatchPanel::tr("Writing invoice %1 of %2").arg(done).arg(total));
                     return !control.isCancelled();
                 }});
            if (!batch)
                return batch.error();
            result = batch.value();
            return store::Done{};
        });
    emit batchStarted(&task);
    m_errors->clear();
    m_status->setStyleSheet(QString());
    outcome.task = runWithProgress(window(), tr("Invoices of %1").arg(month), task);
    if (outcome.task.error) {
        // "no invoices are for 2026-12" next to the month; anything else in the status line.
        m_errors->show(*outcome.task.error);
    } else if (outcome.task.cancelled || result.cancelled) {
        m_status->setText(single ? tr("Stopped after %n invoice(s); the single PDF was not "
                                      "written.",
                                      nullptr, result.invoices)
                                 : tr("Stopped after %n invoice(s); the files written are whole.",
                                      nullptr, result.invoices));
    } else {
        m_status->setText(tr("Wrote %n invoice(s), %1 page(s), to %2.", nullptr, result.invoices)
                              .arg(result.pages)
                              .arg(out));
    }
    return outcome;
}

void InvoiceBatchPanel::chooseAndWrite()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString out;
    if (m_single->isChecked())
        out = QFileDialog::getSaveFileName(
            this, tr("Save the month's invoices as one PDF"),
            documents + QStringLiteral("/invoices-%1.pdf").arg(month()), tr("PDF (*.pdf)"));
    else
        out = QFileDialog::getExistingDirectory(this, tr("Folder for the invoices"), documents);
    if (!out.isEmpty())
        writeBatch(out, m_single->isChecked());
}

void InvoiceBatchPanel::previewAll()
{
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid()) {
        m_status->setText(tr("Could not make a temporary folder: %1").arg(folder->errorString()));
        return;
    }
    const QString file = folder->filePath(QStringLiteral("invoices-%1.pdf").arg(month()));
    const Outcome outcome = writeBatch(file, true);
    if (!outcome.task.succeeded() || outcome.result.cancelled)
        return;
    m_previews.push_back(std::move(folder));
    DocumentPreviewDialog::openFile(m_context, tr("Invoices of %1").arg(month()), file, window());
}

} // namespace rentflow::ui
