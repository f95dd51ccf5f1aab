#pragma once

#include <domain/Money.h>
#include <store/StoreError.h>

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rentflow::ui {
class AmountField;
class FormErrors;
} // namespace rentflow::ui

namespace rentflow::ui::billing {

// Asks for what a correction needs — a reason, and for a credit note an amount —
// refuses a missing or bad one next to its field, confirms, then does it. The
// dialog stays open with what was typed when the engine refuses (its field
// errors next to the fields: "amount", "reason"). Used for credit notes,
// cancellations and waivers.
class CorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Texts
    {
        QString title;
        QString intro;       // what will happen, shown at the top
        QString actionLabel; // the accept button ("&Issue credit note")
        // The confirmation asked before doing it; %1 is the amount when there is one.
        QString confirmation;
    };
    // Does the correction; the error when the engine refused.
    using Submit =
        std::function<store::StoreStatus(std::optional<Money> amount, const QString& reason)>;

    CorrectionDialog(Texts texts, bool withAmount, Submit submit, QWidget* parent = nullptr);

    AmountField* amountField() const { return m_amount; }
    QLineEdit* reasonField() const { return m_reason; }
    FormErrors& errors() const { return *m_errors; }

    void accept() override;

private:
    Texts m_texts;
    Submit m_submit;
    AmountField* m_amount = nullptr;
    QLineEdit* m_reason;
    QLabel* m_general;
    FormErrors* m_errors;
};

} // namespace rentflow::ui::billing
