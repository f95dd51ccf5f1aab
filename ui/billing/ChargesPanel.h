#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rentflow::ui {
struct AppContext;
class AmountField;
class DateField;
class FormErrors;
class ResidentPicker;
} // namespace rentflow::ui

namespace rentflow::ui::billing {

class ChargeListModel;
class CorrectionDialog;

// One-off charges and waivers (Charges, as `rentflowctl charge add` / `charge
// waive`): pick a resident, add a charge (damages, a key) that the next invoice
// bills, or waive one of theirs — or a late fee — with a reason (a billed one is
// taken off its invoice by a credit note).
class ChargesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChargesPanel(AppContext& context, QWidget* parent = nullptr);

    void setResident(const QString& residentId);
    // Reads the chosen resident's charges again; false when the read failed.
    bool refresh();
    void addCharge();
    void waiveSelected();

    ChargeListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    FormErrors& errors() const { return *m_errors; }
    CorrectionDialog* waiveDialog() const { return m_waive; }
    QString noticeText() const;

signals:
    void chargesChanged();

private:
    void updateButtons();

    AppContext& m_context;
    ResidentPicker* m_resident;
    AmountField* m_amount;
    QLineEdit* m_description;
    QComboBox* m_kind;
    DateField* m_date;
    QPushButton* m_add;
    QPushButton* m_waiveButton;
    QLabel* m_general;
    QLabel* m_notice;
    QLabel* m_listError;
    QTableView* m_table;
    ChargeListModel* m_model;
    FormErrors* m_errors;
    QPointer<CorrectionDialog> m_waive; // cleared when it closes (deleted on close)
};

} // namespace rentflow::ui::billing
