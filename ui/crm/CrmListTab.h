#pragma once

#include "CrmKind.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rentflow::ui::crm {

class CrmClient;
class CrmDetailPane;
class CrmTableModel;
struct CrmReply;

// One list of the CRM (waitlist entries or investor leads): search as you type (debounced),
// filters, pages of 25, sorting by clicking a column, the chosen record in a detail pane,
// and the CSV export of everything the search and filters match.
// Keys: Enter opens the chosen row's editor, Del deletes (asks first); the screen's actions
// give Ctrl+F search, Ctrl+S save, Ctrl+E export (F5 is the window's Refresh).
class CrmListTab : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 25;

    CrmListTab(CrmClient& client, CrmKind kind, QWidget* parent = nullptr);

    // Reads the current page again (keeps the chosen record when it is still there).
    void reload();
    void focusSearch();
    // Writes the export to `path` (QSaveFile): true when written. Public for tests; the
    // Export button asks where first.
    void exportTo(const QString& path);
    // Asks where (askSavePath), then exports.
    void chooseExport();

    CrmTableModel& model() { return *m_model; }
    CrmDetailPane& detail() { return *m_detail; }
    int total() const { return m_total; }
    int page() const { return m_page; }
    QString listMessage() const;
    QString exportMessage() const;
    bool isLoading() const { return m_loading; }
    const CrmKind& kind() const { return m_kind; }

    // Asked where to save the export; tests answer it themselves.
    std::function<QString(const QString& suggestedName)> askSavePath;

signals:
    // A page (or an error) has arrived.
    void loaded();
    // An export has been written, or failed.
    void exported(bool ok);

private:
    QString query(bool withPaging) const;
    void listed(const CrmReply& reply, const QString& keepId);
    void openRow(int row);
    void sortChanged(int column, Qt::SortOrder order);
    void recordChanged(const QJsonObject& record);

    CrmClient& m_client;
    CrmKind m_kind;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_secondFilter;
    QPushButton* m_export;
    QTableView* m_table;
    CrmTableModel* m_model;
    QLabel* m_listMessage;
    QLabel* m_exportMessage;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_pageLabel;
    CrmDetailPane* m_detail;
    QTimer* m_debounce;
    QString m_sort;
    int m_page = 1;
    int m_total = 0;
    int m_generation = 0;
    int m_detailGeneration = 0;
    bool m_loading = false;
};

} // namespace rentflow::ui::crm
