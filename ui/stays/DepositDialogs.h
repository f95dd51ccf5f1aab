#pragma once

#include <domain/Money.h>

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rentflow::ui {
struct AppContext;
class AmountField;
class DateField;
class FormErrors;
} // namespace rentflow::ui

namespace rentflow::ui::stays {

// After a check-in: the deposit the resident now owes, with "Record deposit payment now".
class DepositDemandDialog : public QDialog
{
    Q_OBJECT
public:
    DepositDemandDialog(AppContext& context, const QString& residentId, Money amount,
                        QWidget* parent = nullptr);
};

// Money received against the deposit (RecordPayment with purpose "deposit", as
// `rentflowctl payment add --purpose deposit`): held apart from the dues; the deposit
// receipt opens in preview.
class DepositPaymentDialog : public QDialog
{
    Q_OBJECT
public:
    DepositPaymentDialog(AppContext& context, const QString& residentId, Money amount,
                         QWidget* parent = nullptr);
    void setToday(QDate today) { m_today = today; }
    QString paymentId() const { return m_paymentId; }
    FormErrors& errors() { return *m_errors; }
    void accept() override;

private:
    AppContext& m_context;
    QString m_residentId;
    QDate m_today = QDate::currentDate();
    AmountField* m_amount;
    QComboBox* m_method;
    QLineEdit* m_reference;
    DateField* m_date;
    FormErrors* m_errors;
    QString m_paymentId;
};

} // namespace rentflow::ui::stays
