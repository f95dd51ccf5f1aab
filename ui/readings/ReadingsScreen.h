#pragma once

#include <common/Screen.h>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace rentflow::ui {

struct AppContext;
class DateField;
class ReadingsGridModel;

// "Meter readings" (SPEC §6.3): choose the property and the day, then type each
// meter's value in its row's Current cell and press Enter: the reading is saved at
// once and the cursor moves down to the next meter. Refusals and unusual values
// show in the row, the typed value kept; Enter on a flagged row confirms it. All
// local: nothing here reaches a network.
class ReadingsScreen : public Screen
{
    Q_OBJECT
public:
    ReadingsScreen(AppContext& context, QWidget* parent = nullptr);

    void activate() override;

    ReadingsGridModel* model() const { return m_model; }
    QTableView* grid() const { return m_grid; }

private:
    void loadProperties();
    void reload();
    void showError(const QString& message);
    void afterSave(int row, bool recorded);
    void enterOnRow(const QModelIndex& index);

    AppContext& m_context;
    ReadingsGridModel* m_model;
    QComboBox* m_property;
    DateField* m_date;
    QLabel* m_summary;
    QLabel* m_problem;
    QLabel* m_empty;
    QStackedWidget* m_pages;
    QTableView* m_grid;
};

} // namespace rentflow::ui
