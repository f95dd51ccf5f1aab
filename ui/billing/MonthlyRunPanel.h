#pragma once

#include <domain/Money.h>

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace rentflow::ui {
struct AppContext;
class DateField;
class FormErrors;
} // namespace rentflow::ui

namespace rentflow::ui::billing {

class MonthPicker;
class RunPreviewModel;

// The month's billing (MonthlyRun, as `rentflowctl billing run`): choose the month
// and the issue date, Preview shows what would be issued (nothing written), Issue
// issues it. Both run off the UI thread on their own connection with progress and
// Cancel; a cancelled run leaves nothing issued (MonthlyRun's one transaction).
// The run's refusals (a month too far ahead, an issue date in the future or before
// the series' last invoice) show next to the field.
class MonthlyRunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MonthlyRunPanel(AppContext& context, QWidget* parent = nullptr);

    void preview();
    void issue();

    RunPreviewModel* model() const { return m_model; }
    QString summaryText() const;
    FormErrors& errors() const { return *m_errors; }
    MonthPicker* monthPicker() const { return m_month; }
    DateField* issueDateField() const { return m_date; }

    // Called on the worker thread as each invoice is about to be composed, before
    // the Cancel button is looked at (tests cancel at a known point of the run).
    void setProgressObserver(std::function<void(int done, int total)> observer)
    {
        m_observer = std::move(observer);
    }

signals:
    // A run issued invoices for this month (YYYY-MM): lists should read again.
    void invoicesIssued(const QString& month);
    // The user asked to see the month's invoices in the list.
    void showInvoicesOf(const QString& month);
    // Enter or a double-click on an issued invoice of the run.
    void openInvoice(const QString& invoiceId);

private:
    void run(bool preview);

    AppContext& m_context;
    MonthPicker* m_month;
    DateField* m_date;
    QPushButton* m_previewButton;
    QPushButton* m_issueButton;
    QPushButton* m_listButton;
    QLabel* m_general;
    QLabel* m_summary;
    QTableView* m_table;
    RunPreviewModel* m_model;
    FormErrors* m_errors;
    std::function<void(int, int)> m_observer;
    QString m_issuedMonth;
    QHash<QString, QString> m_issuedIds; // number → id, after a run that issued
    // The last preview, for the Issue question.
    bool m_previewed = false;
    QString m_previewedMonth;
    QDate m_previewedDate;
    int m_previewedCount = 0;
    Money m_previewedTotal;
};

} // namespace rentflow::ui::billing
