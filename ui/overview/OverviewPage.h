#pragma once

#include <common/Screen.h>

class QLabel;
class QTableView;

namespace rentflow::store {
class Store;
}

namespace rentflow::ui {

struct AppContext;
class PropertiesModel;

// The first page: the organisation at a glance (counts, properties), read through the
// models (WorkspaceSummary, InventoryList). A count that cannot be read says so; it is
// never shown as 0.
class OverviewPage : public Screen
{
    Q_OBJECT
public:
    OverviewPage(AppContext& context, QWidget* parent = nullptr);
    void activate() override { refresh(); }
    void refresh();
    PropertiesModel* propertiesModel() const { return m_propertiesModel; }

private:
    store::Store& m_store;
    QLabel* m_headingLabel;
    QLabel* m_countsLabel;
    QLabel* m_propertiesStateLabel; // empty list or a failed read, in words
    PropertiesModel* m_propertiesModel;
    QTableView* m_propertiesTableView;
};

} // namespace rentflow::ui
