#pragma once

#include <payments/PaymentList.h>

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rentflow::ui {
struct AppContext;
class DateField;
class FormErrors;
} // namespace rentflow::ui

namespace rentflow::ui::payments {

// A bounced cheque or a payment recorded by mistake: asks for the reason (required)
// and the day, then ReversePayment (as `rentflowctl payment reverse`). The receipt
// keeps its number; what the payment paid is owed again. A refusal is shown next to
// the field and the dialog stays open with what was typed.
class ReversePaymentDialog : public QDialog
{
    Q_OBJECT
public:
    ReversePaymentDialog(AppContext& context, const PaymentList::Row& payment,
                         QWidget* parent = nullptr);

    const FormErrors& errors() const { return *m_errors; }

private:
    void reverse();

    AppContext& m_context;
    PaymentList::Row m_payment;
    QLineEdit* m_reason;
    DateField* m_date;
    QLabel* m_general;
    FormErrors* m_errors;
};

} // namespace rentflow::ui::payments
