#pragma once

#include <common/Screen.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rentflow::ui {

struct AppContext;
class ResidentListModel;
class ResidentProfile;

// The Residents screen (Alt+3): every resident in name order, a page at a time, with a
// search (any part of name, phone, room or bed; Ctrl+F) and a filter (all, staying now,
// with dues); Enter or a double-click opens the profile, Esc goes back to the list;
// Ctrl+N adds a resident.
class ResidentsScreen : public Screen
{
    Q_OBJECT
public:
    enum FilterChoice
    {
        AllResidents,
        StayingNow,
        WithDues
    };

    ResidentsScreen(AppContext& context, QWidget* parent = nullptr);

    void activate() override;
    bool openRecord(const RecordRef& record) override;

    // Adds a resident in the New resident dialog, then shows their profile.
    void addResident();
    void showList();
    bool isShowingProfile() const;

    ResidentListModel* listModel() const { return m_model; }
    ResidentProfile* profile() const { return m_profile; }

private:
    void applyFilter();
    void openRow(const QModelIndex& index);
    void updateCount();

    AppContext& m_context;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QComboBox* m_filter;
    QTimer* m_searchTimer;
    QLabel* m_count;
    QLabel* m_error;
    QLabel* m_empty;
    QTableView* m_table;
    ResidentListModel* m_model;
    ResidentProfile* m_profile;
};

} // namespace rentflow::ui
