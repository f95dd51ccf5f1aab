#pragma once

#include <common/BackgroundTask.h>
#include <documents/InvoiceBatch.h>

#include <QGroupBox>

#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QTemporaryDir;

namespace rentflow::ui {

struct AppContext;
class FormErrors;

// "Invoices of a month" (as `rentflowctl pdf invoices --month M --out DIR|--single
// FILE`): one PDF per invoice in a folder, or all in one PDF to preview and print.
// The batch runs off the UI thread with progress and Cancel; a cancelled batch
// leaves only whole files.
class InvoiceBatchPanel : public QGroupBox
{
    Q_OBJECT
public:
    InvoiceBatchPanel(AppContext& context, QWidget* parent = nullptr);
    ~InvoiceBatchPanel() override;

    struct Outcome
    {
        TaskOutcome task;
        reports::InvoiceBatchResult result;
    };
    // Writes the chosen month's invoices to `out` (a folder, or with `single` a file),
    // in the chosen language and paper, and says how it went in the panel.
    Outcome writeBatch(const QString& out, bool single);
    // Makes the month's invoices as one PDF and opens it in the preview to print.
    void previewAll();
    // The month chosen, YYYY-MM.
    QString month() const;
    void setMonth(QDate anyDayOfIt);
    QString statusText() const;
    const FormErrors& errors() const { return *m_errors; }

signals:
    // The batch's task, just started (tests follow its progress).
    void batchStarted(rentflow::ui::BackgroundTask* task);

private:
    void chooseAndWrite();

    AppContext& m_context;
    QDateEdit* m_month;
    QRadioButton* m_folder;
    QRadioButton* m_single;
    QComboBox* m_language;
    QComboBox* m_paper;
    QLabel* m_status;
    FormErrors* m_errors = nullptr;
    std::vector<std::unique_ptr<QTemporaryDir>> m_previews; // kept while a preview may read them
};

} // namespace rentflow::ui
