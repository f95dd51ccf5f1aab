#pragma once

#include <exports/AccountantExport.h>

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace rentflow::ui {

struct AppContext;
class DateField;
class FormErrors;

// "Exports for the accountant" (as `rentflowctl export …`): invoices, payments,
// residents or readings as CSV, GSTR-1 (JSON or CSV) or Tally vouchers, for a month
// or a range of days, made and written off the UI thread, whole or not at all.
class ExportPanel : public QGroupBox
{
    Q_OBJECT
public:
    ExportPanel(AppContext& context, QWidget* parent = nullptr);

    // Chooses the export (its position in the list) and the period.
    void choose(int exportIndex);
    void setMonth(QDate anyDayOfIt);
    void setDays(QDate from, QDate to);
    // Makes the chosen export and writes it to `path`; false when refused (the reasons
    // show next to the fields) or failed. Nothing is written unless it succeeds.
    bool exportTo(const QString& path);
    QString statusText() const;
    const FormErrors& errors() const { return *m_errors; }
    // The file name offered: "invoices-2026-11.csv".
    QString suggestedName() const;

private:
    void chooseAndExport();
    reports::ExportKind kind() const;
    QString suffix() const;

    AppContext& m_context;
    QComboBox* m_kind;
    QRadioButton* m_byMonth;
    QRadioButton* m_byDays;
    QDateEdit* m_month;
    DateField* m_from;
    DateField* m_to;
    QLabel* m_status;
    FormErrors* m_errors;
};

} // namespace rentflow::ui
