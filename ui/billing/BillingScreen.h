#pragma once

#include <common/Screen.h>

class QTabWidget;

namespace rentflow::ui {
struct AppContext;
}

namespace rentflow::ui::billing {

class ChargesPanel;
class InvoiceDetailDialog;
class InvoiceListPanel;
class MonthlyRunPanel;

// Billing (SPEC §4): the invoice list, the monthly run, one-off charges and
// waivers, each on a tab (Alt+I, Alt+M, Alt+H); an invoice opens in its detail.
class BillingScreen : public Screen
{
    Q_OBJECT
public:
    BillingScreen(AppContext& context, QWidget* parent = nullptr);

    void activate() override;
    bool openRecord(const RecordRef& record) override;

    // Opens the invoice's detail (non-modal); returns it.
    InvoiceDetailDialog* openInvoice(const QString& invoiceId);

    InvoiceListPanel* invoiceList() const { return m_list; }
    MonthlyRunPanel* monthlyRun() const { return m_run; }
    ChargesPanel* charges() const { return m_charges; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    AppContext& m_context;
    QTabWidget* m_tabs;
    InvoiceListPanel* m_list;
    MonthlyRunPanel* m_run;
    ChargesPanel* m_charges;
};

} // namespace rentflow::ui::billing
