#pragma once

#include <payments/RecordPayment.h>

#include <QDialog>
#include <QPointer>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rentflow::ui {
struct AppContext;
class AmountField;
class DateField;
class DocumentPreviewDialog;
class FormErrors;
class ResidentPicker;
} // namespace rentflow::ui

namespace rentflow::ui::payments {

// Money received, in a few keystrokes: resident (what they owe shows at once),
// amount (filled in with it), method (one letter each: Alt+C cash, Alt+U UPI,
// Alt+B bank, Alt+H cheque, Alt+R card), reference, day; Enter records it
// (RecordPayment, as `rentflowctl payment add`). Then the dialog says how it was
// allocated and the receipt opens in preview; Enter or Esc closes it.
class RecordPaymentDialog : public QDialog
{
    Q_OBJECT
public:
    RecordPaymentDialog(AppContext& context, QWidget* parent = nullptr,
                        const QString& residentId = {}, std::optional<Money> amount = {});

    // Set once the payment is on file.
    const std::optional<RecordPayment::Recorded>& recorded() const { return m_recorded; }
    // The receipt's preview, opened after recording (null before, or if it could not be made).
    DocumentPreviewDialog* preview() const;
    const FormErrors& errors() const { return *m_errors; }

private:
    void showOwed(const QString& residentId);
    QString method() const;
    void record();
    void showRecorded(const RecordPayment::Recorded& recorded, bool deposit);

    AppContext& m_context;
    ResidentPicker* m_resident;
    QLabel* m_owed;
    AmountField* m_amount;
    QButtonGroup* m_methods;
    QLineEdit* m_reference;
    DateField* m_date;
    QCheckBox* m_deposit;
    QLabel* m_general;
    QLabel* m_result;
    QPushButton* m_record;
    QPushButton* m_close;
    FormErrors* m_errors;
    bool m_amountTyped = false;
    std::optional<RecordPayment::Recorded> m_recorded;
    QPointer<DocumentPreviewDialog> m_preview;
};

} // namespace rentflow::ui::payments
