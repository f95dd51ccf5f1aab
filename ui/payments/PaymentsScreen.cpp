#include "PaymentsScreen.h"

#include "DuesPage.h"
#include "PaymentActions.h"
#include "PaymentListPage.h"

#include <common/AppContext.h>

#include <QAction>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rentflow::ui::payments {

PaymentsScreen::PaymentsScreen(AppContext& context, QWidget* parent)
    : Screen(parent), m_context(context), m_tabs(new QTabWidget(this)),
      m_list(new PaymentListPage(context, m_tabs)), m_dues(new DuesPage(context, m_tabs))
{
    setObjectName(QStringLiteral("paymentsScreen"));
    m_tabs->setObjectName(QStringLiteral("paymentsTabs"));
    m_tabs->addTab(m_list, tr("Payments &list"));
    m_tabs->addTab(m_dues, tr("&Dues and collection"));
    auto* layout = new QVBoxLayout(this); // the style's margins, as the other screens
    layout->addWidget(m_tabs);

    auto* recordAction = new QAction(tr("Record a payment"), this);
    recordAction->setObjectName(QStringLiteral("recordPaymentAction"));
    recordAction->setShortcut(QKeySequence::New);
    recordAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    context.guard.guard(recordAction, Permission::RecordPayments);
    addAction(recordAction);
    connect(recordAction, &QAction::triggered, this, [this] { record(QString(), std::nullopt); });
    connect(m_list, &PaymentListPage::recordPaymentRequested, this, &PaymentsScreen::record);
    connect(m_dues, &DuesPage::recordPaymentRequested, this, &PaymentsScreen::record);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { activate(); });
}

void PaymentsScreen::activate()
{
    if (m_tabs->currentWidget() == m_dues)
        m_dues->reload();
    else
        m_list->reload();
}

bool PaymentsScreen::openRecord(const RecordRef& record)
{
    if (record.kind != RecordRef::Kind::Payment)
        return false;
    m_tabs->setCurrentWidget(m_list);
    m_list->showEverything();
    return m_list->selectPayment(record.id);
}

void PaymentsScreen::record(const QString& residentId, std::optional<Money> amount)
{
    if (recordPayment(m_context, this, residentId, amount))
        activate();
}

} // namespace rentflow::ui::payments
