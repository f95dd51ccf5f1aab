#pragma once

#include "StayView.h"

#include <common/FormErrors.h>
#include <stays/CheckOut.h>

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rentflow::ui {
struct AppContext;
class DateField;
} // namespace rentflow::ui

namespace rentflow::ui::stays {

class DeductionsModel;

// Ending a stay (CheckOut, as `rentflowctl checkout`) in two steps. First the last day, the
// room meter's final reading and the deductions with their reasons; "Preview settlement"
// asks the engine what the check-out would make (CheckOut::preview, nothing written) and
// shows the figures. Only "Check out" there commits; then the settlement statement (and the
// refund voucher when a refund is due) open in preview. Esc at either step writes nothing.
class CheckOutDialog : public QDialog
{
    Q_OBJECT
public:
    CheckOutDialog(AppContext& context, const StayView& view, QWidget* parent = nullptr);

    void startOn(QDate today);
    FormErrors& errors() { return *m_errors; }
    DeductionsModel* deductions() const { return m_deductions; }
    // The committed check-out (after "Check out"), empty settlementId before.
    const CheckOut::Result& checkedOut() const { return m_result; }
    bool isShowingSettlement() const;

    // Step 1 → 2: the engine's preview; false when refused (errors next to the fields).
    bool previewSettlement();
    // Step 2: writes the check-out and opens its documents; false when refused.
    bool commit();

private:
    CheckOut::Input input() const;
    void showFigures(const CheckOut::Result& preview);
    void openDocuments();

    AppContext& m_context;
    StayView m_view;
    QDate m_today = QDate::currentDate();
    QStackedWidget* m_steps;
    DateField* m_lastDay;
    QLineEdit* m_reading;
    DeductionsModel* m_deductions;
    QTableView* m_table;
    QLabel* m_figures;
    QLabel* m_general;
    QPushButton* m_preview;
    QPushButton* m_back;
    QPushButton* m_commit;
    FormErrors* m_errors;
    CheckOut::Result m_result;
};

} // namespace rentflow::ui::stays
