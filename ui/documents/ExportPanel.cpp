#include "ExportPanel.h"

#include <common/AppContext.h>
#include <common/BackgroundTask.h>
#include <common/DateField.h>
#include <common/FormErrors.h>
#include <exports/ExportFile.h>

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

namespace rentflow::ui {

namespace {

struct ExportChoice
{
    const char* title;
    reports::ExportKind kind;
    const char* suffix;
    const char* fileStem;
};

const ExportChoice kChoices[] = {
    {QT_TRANSLATE_NOOP("rentflow::ui::ExportPanel", "Invoices and credit notes (CSV)"),
     reports::ExportKind::Invoices, "csv", "invoices"},
    {QT_TRANSLATE_NOOP("rentflow::ui::ExportPanel", "Payments received (CSV)"),
     reports::ExportKind::Payments, "csv", "payments"},
    {QT_TRANSLATE_NOOP("rentflow::ui::ExportPanel", "Residents with their balance (CSV)"),
     reports::ExportKind::Residents, "csv", "residents"},
    {QT_TRANSLATE_NOOP("rentflow::ui::ExportPanel", "Meter readings (CSV)"),
     reports::ExportKind::Readings, "csv", "readings"},
    {QT_TRANSLATE_NOOP("rentflow::ui::ExportPanel", "GSTR-1 for the GST offline tool (JSON)"),
     reports::ExportKind::Gstr1, "json", "gstr1"},
    {QT_TRANSLATE_NOOP("rentflow::ui::ExportPanel", "GSTR-1 (CSV)"), reports::ExportKind::Gstr1,
     "csv", "gstr1"},
    {QT_TRANSLATE_NOOP("rentflow::ui::ExportPanel", "Tally vouchers (XML)"),
     reports::ExportKind::Tally, "xml", "tally"},
};

} // namespace

ExportPanel::ExportPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Exports for the accountant"), parent), m_context(context),
      m_kind(new QComboBox(this)), m_byMonth(new QRadioButton(tr("A mon&th"), this)),
      m_byDays(new QRadioButton(tr("Da&ys"), this)),
      m_month(new QDateEdit(QDate::currentDate(), this)),
      m_from(new DateField(QDate::currentDate().addDays(1 - QDate::currentDate().day()), this)),
      m_to(new DateField(this)), m_status(new QLabel(this)), m_errors(nullptr)
{
    setObjectName(QStringLiteral("exportPanel"));
    m_kind->setObjectName(QStringLiteral("exportKindComboBox"));
    for (const ExportChoice& choice : kChoices)
        m_kind->addItem(tr(choice.title));
    m_byMonth->setObjectName(QStringLiteral("exportByMonthRadio"));
    m_byDays->setObjectName(QStringLiteral("exportByDaysRadio"));
    m_byMonth->setChecked(true);
    m_month->setObjectName(QStringLiteral("exportMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("MM-yyyy"));
    m_month->setCalendarPopup(true);
    m_from->setObjectName(QStringLiteral("exportFromField"));
    m_to->setObjectName(QStringLiteral("exportToField"));
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    context.guard.guard(exportButton, Permission::PrintDocuments);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Export:"), m_kind);
    auto* period = new QHBoxLayout;
    period->addWidget(m_byMonth);
    period->addWidget(m_month);
    period->addSpacing(16);
    period->addWidget(m_byDays);
    period->addStretch(1);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->addRow(m_status);
    setLayout(form);

    m_errors = new FormErrors(this, m_status);
    m_errors->bind(QStringLiteral("month"), m_month, form);
    m_errors->bind(QStringLiteral("from"), m_from, form);
    m_errors->bind(QStringLiteral("to"), m_to, form);

    const auto byDays = [this] {
        m_from->setEnabled(m_byDays->isChecked());
        m_to->setEnabled(m_byDays->isChecked());
        m_month->setEnabled(m_byMonth->isChecked());
    };
    connect(m_byDays, &QRadioButton::toggled, this, byDays);
    byDays();
    connect(exportButton, &QPushButton::clicked, this, &ExportPanel::chooseAndExport);
}

void ExportPanel::choose(int exportIndex)
{
    m_kind->setCurrentIndex(exportIndex);
}

void ExportPanel::setMonth(QDate anyDayOfIt)
{
    m_byMonth->setChecked(true);
    m_month->setDate(anyDayOfIt);
}

void ExportPanel::setDays(QDate from, QDate to)
{
    m_byDays->setChecked(true);
    m_from->setDate(from);
    m_to->setDate(to);
}

QString ExportPanel::statusText() const
{
    return m_status->text();
}

reports::ExportKind ExportPanel::kind() const
{
    return kChoices[qMax(0, m_kind->currentIndex())].kind;
}

QString ExportPanel::suffix() const
{
    return QString::fromLatin1(kChoices[qMax(0, m_kind->currentIndex())].suffix);
}

QString ExportPanel::suggestedName() const
{
    const QString period = m_byMonth->isChecked()
                               ? m_month->date().toString(QStringLiteral("yyyy-MM"))
                               : m_from->date().toString(Qt::ISODate) + QStringLiteral("_to_") +
                                     m_to->date().toString(Qt::ISODate);
    return QStringLiteral("%1-%2.%3")
        .arg(QString::fromLatin1(kChoices[qMax(0, m_kind->currentIndex())].fileStem), period,
             suffix());
}

bool ExportPanel::exportTo(const QString& chosenPath)
{
    m_errors->clear();
    m_status->setStyleSheet(QString());
    // The period, checked on the form first: nothing is made for a wrong one.
    ExportPeriod period;
    if (m_byMonth->isChecked()) {
        period = ExportPeriod::month(BillingPeriod::containing(m_month->date()));
    } else {
        if (m_to->date() < m_from->date()) {
            m_errors->add(QStringLiteral("to"), tr("is before the first day"));
            return false;
        }
        if (reports::exportNeedsMonth(kind())) {
            m_errors->add(QStringLiteral("month"), tr("GSTR-1 is filed for a month: choose one"));
            return false;
        }
        period = ExportPeriod::between(m_from->date(), m_to->date());
    }
    QString path = chosenPath;
    if (QFileInfo(path).suffix().toLower() != suffix())
        path += QLatin1Char('.') + suffix();
    if (const QString problem = reports::exportPathProblem(path); !problem.isEmpty()) {
        m_errors->add(QStringLiteral("out"), problem);
        return false;
    }
    const reports::ExportKind kind = this->kind();
    const QString suffix = this->suffix();
    qint64 count = 0;
    // A read-write connection only because a snapshot is a transaction; nothing is written.
    BackgroundTask task(m_context.workspace, store::DatabaseOpener::Access::ReadWrite,
                        [&count, kind, period, suffix, path](store::Store& store,
                                                             TaskControl&) -> store::StoreStatus {
                            auto made = reports::makeExport(store, kind, period, suffix);
                            if (!made)
                                return made.error();
                            if (const QString problem =
                                    reports::writeExportFile(path, made.value().bytes);
                                !problem.isEmpty())
                                return store::StoreError{store::StoreError::Code::Io, problem};
                            count = made.value().count;
                            return store::Done{};
                        });
    const TaskOutcome outcome = runWithProgress(window(), tr("Exporting"), task);
    if (outcome.error) {
        m_errors->show(*outcome.error);
        return false;
    }
    if (outcome.cancelled)
        return false;
    m_status->setText(kind == reports::ExportKind::Gstr1
                          ? tr("Wrote %1.").arg(path)
                          : tr("Wrote %n record(s) to %1.", nullptr, int(count)).arg(path));
    return true;
}

void ExportPanel::chooseAndExport()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to"), documents + QLatin1Char('/') + suggestedName(),
        tr("%1 files (*.%2)").arg(suffix().toUpper(), suffix()));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace rentflow::ui
