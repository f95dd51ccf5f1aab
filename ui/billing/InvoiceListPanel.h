#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rentflow::ui {
struct AppContext;
}

namespace rentflow::ui::billing {

class InvoiceListModel;
class MonthPicker;

// Issued invoices with their balances (InvoiceRepository::list, as `rentflowctl
// invoice list`), filtered by month, property, status, unpaid only and any part of
// the resident's name or the number, with the count and totals; newest first.
// Enter or a double-click opens an invoice.
class InvoiceListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceListPanel(AppContext& context, QWidget* parent = nullptr);

    // Reads the list again with the filters as set; false when the read failed
    // (then the error is shown in place of the list).
    bool refresh();
    void showMonth(const QString& month);

    InvoiceListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString totalsText() const;
    QString errorText() const;

signals:
    void openInvoice(const QString& invoiceId);

private:
    bool loadProperties();
    void showError(const QString& text);

    AppContext& m_context;
    MonthPicker* m_month;
    QComboBox* m_property;
    QComboBox* m_status;
    QCheckBox* m_unpaid;
    QLineEdit* m_search;
    QTimer* m_searchPause;
    QStackedWidget* m_pages;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_error;
    QLabel* m_totals;
    InvoiceListModel* m_model;
};

} // namespace rentflow::ui::billing
