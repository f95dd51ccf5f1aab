#pragma once

#include <common/Screen.h>
#include <domain/Money.h>

#include <optional>

class QTabWidget;

namespace rentflow::ui {
struct AppContext;
}

namespace rentflow::ui::payments {

class DuesPage;
class PaymentListPage;

// The Payments screen (Alt+5): the payments received (filters, receipts, reversal of
// a bounced cheque) and the dues (ageing, to collect today). Ctrl+N records a payment
// anywhere on it. Opens RecordRef::Payment (the payment selected in the list).
class PaymentsScreen : public Screen
{
    Q_OBJECT
public:
    PaymentsScreen(AppContext& context, QWidget* parent = nullptr);

    void activate() override;
    bool openRecord(const RecordRef& record) override;

    PaymentListPage* listPage() const { return m_list; }
    DuesPage* duesPage() const { return m_dues; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void record(const QString& residentId, std::optional<Money> amount);

    AppContext& m_context;
    QTabWidget* m_tabs;
    PaymentListPage* m_list;
    DuesPage* m_dues;
};

} // namespace rentflow::ui::payments
