#pragma once

#include <QWidget>

class QLabel;
class QSqlQueryModel;
class QTableView;

namespace rentflow::store {
class Store;
}

namespace rentflow::ui {

// The first page: the organisation at a glance (counts, properties).
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(store::Store& store, QWidget* parent = nullptr);
    void refresh();

private:
    store::Store& m_store;
    QLabel* m_headingLabel;
    QLabel* m_countsLabel;
    QSqlQueryModel* m_propertiesModel;
    QTableView* m_propertiesTableView;
};

} // namespace rentflow::ui
