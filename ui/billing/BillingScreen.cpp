#include "BillingScreen.h"
#include "ChargesPanel.h"
#include "InvoiceDetailDialog.h"
#include "InvoiceListPanel.h"
#include "MonthlyRunPanel.h"

#include <common/AppContext.h>

#include <QTabWidget>
#include <QVBoxLayout>

namespace rentflow::ui::billing {

BillingScreen::BillingScreen(AppContext& context, QWidget* parent)
    : Screen(parent), m_context(context)
{
    setObjectName(QStringLiteral("billingScreen"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("billingTabs"));
    m_list = new InvoiceListPanel(context, m_tabs);
    m_run = new MonthlyRunPanel(context, m_tabs);
    m_charges = new ChargesPanel(context, m_tabs);
    m_tabs->addTab(m_list, tr("&Invoices"));
    m_tabs->addTab(m_run, tr("&Monthly run"));
    m_tabs->addTab(m_charges, tr("C&harges and waivers"));
    layout->addWidget(m_tabs);

    connect(m_list, &InvoiceListPanel::openInvoice, this, &BillingScreen::openInvoice);
    connect(m_run, &MonthlyRunPanel::openInvoice, this, &BillingScreen::openInvoice);
    connect(m_run, &MonthlyRunPanel::invoicesIssued, m_list, [this] { m_list->refresh(); });
    connect(m_run, &MonthlyRunPanel::showInvoicesOf, this, [this](const QString& month) {
        m_list->showMonth(month);
        m_tabs->setCurrentWidget(m_list);
    });
    connect(m_charges, &ChargesPanel::chargesChanged, m_list, [this] { m_list->refresh(); });
}

void BillingScreen::activate()
{
    m_list->refresh();
    m_charges->refresh();
}

bool BillingScreen::openRecord(const RecordRef& record)
{
    if (record.kind != RecordRef::Kind::Invoice)
        return false;
    m_tabs->setCurrentWidget(m_list);
    return openInvoice(record.id) != nullptr;
}

InvoiceDetailDialog* BillingScreen::openInvoice(const QString& invoiceId)
{
    if (invoiceId.isEmpty())
        return nullptr;
    // An invoice already open comes to the front, read again.
    for (auto* open : findChildren<InvoiceDetailDialog*>(Qt::FindDirectChildrenOnly))
        if (open->invoiceId() == invoiceId && open->isVisible()) {
            open->reload();
            open->raise();
            open->activateWindow();
            return open;
        }
    auto* detail = new InvoiceDetailDialog(m_context, invoiceId, this);
    detail->setAttribute(Qt::WA_DeleteOnClose);
    connect(detail, &InvoiceDetailDialog::changed, m_list, [this] { m_list->refresh(); });
    connect(detail, &InvoiceDetailDialog::changed, m_charges, [this] { m_charges->refresh(); });
    detail->show();
    return detail;
}

} // namespace rentflow::ui::billing
