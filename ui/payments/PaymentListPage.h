#pragma once

#include <domain/Money.h>

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rentflow::ui {
struct AppContext;
class DateField;
class ResidentPicker;
} // namespace rentflow::ui

namespace rentflow::ui::payments {

class PaymentTableModel;

// The payments received: filters (dates, method, status, resident), the list newest
// first, Enter opens the receipt in preview, "Reverse (bounced cheque)" asks for the
// reason and reverses it. Recording a new one is asked of the screen (the signal).
class PaymentListPage : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentListPage(AppContext& context, QWidget* parent = nullptr);

    // Re-reads the list with the filters as they are.
    void reload();
    // Every payment ever received (a record opened from elsewhere is then listed).
    void showEverything();
    // Only this resident's payments (from a resident's profile, quick-find).
    void showResident(const QString& residentId);
    // Selects the payment when listed; false when the filters hide it.
    bool selectPayment(const QString& paymentId);
    PaymentTableModel* model() const { return m_model; }
    void openReceipt();
    void reverseSelected();

signals:
    void recordPaymentRequested(const QString& residentId, std::optional<Money> amount);

private:
    int currentRow() const;
    void updateState();

    AppContext& m_context;
    DateField* m_from;
    DateField* m_to;
    QComboBox* m_method;
    QComboBox* m_status;
    ResidentPicker* m_resident;
    PaymentTableModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_message;
    QPushButton* m_receipt;
    QPushButton* m_reverse;
};

} // namespace rentflow::ui::payments
