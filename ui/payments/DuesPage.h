#pragma once

#include <domain/Money.h>

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QTableView;

namespace rentflow::ui {
struct AppContext;
class DateField;
} // namespace rentflow::ui

namespace rentflow::ui::payments {

class AgeingTableModel;
class CollectTableModel;

// Dues as `rentflowctl dues` reports them: the ageing totals (0–30, 31–60, 61–90,
// 90+ days past due), "to collect today" (an invoice's due date — the agreement's
// due day in its month — is today or past and it is not fully paid), and who owes
// what by age. Enter on a row (or the button) asks to record that resident's
// payment, filled in with what is due.
class DuesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DuesPage(AppContext& context, QWidget* parent = nullptr);

    void reload();
    CollectTableModel* collectModel() const { return m_collect; }
    AgeingTableModel* ageingModel() const { return m_ageing; }

signals:
    void recordPaymentRequested(const QString& residentId, std::optional<Money> amount);

private:
    void recordFor(QTableView* table);
    void showError(const QString& message);

    AppContext& m_context;
    DateField* m_asOf;
    QLabel* m_buckets[5];
    QLabel* m_error;
    CollectTableModel* m_collect;
    AgeingTableModel* m_ageing;
    QTableView* m_collectTable;
    QTableView* m_ageingTable;
    QTableView* m_lastTable; // the list the record button acts on
    QGroupBox* m_collectBox;
    QLabel* m_collectEmpty;
    QLabel* m_ageingEmpty;
};

} // namespace rentflow::ui::payments
