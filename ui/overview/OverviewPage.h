#pragma once

#include <common/Screen.h>

class QLabel;
class QSqlQueryModel;
class QTableView;

namespace rentflow::store {
class Store;
}

namespace rentflow::ui {

struct AppContext;

// The first page: the organisation at a glance (counts, properties).
class OverviewPage : public Screen
{
    Q_OBJECT
public:
    OverviewPage(AppContext& context, QWidget* parent = nullptr);
    void activate() override { refresh(); }
    void refresh();

private:
    store::Store& m_store;
    QLabel* m_headingLabel;
    QLabel* m_countsLabel;
    QSqlQueryModel* m_propertiesModel;
    QTableView* m_propertiesTableView;
};

} // namespace rentflow::ui
