#include "PaymentActions.h"

#include "RecordPaymentDialog.h"

namespace rentflow::ui::payments {

bool recordPayment(AppContext& context, QWidget* parent, const QString& residentId,
                   std::optional<Money> amount)
{
    RecordPaymentDialog dialog(context, parent, residentId, amount);
    dialog.exec();
    return dialog.recorded().has_value();
}

} // namespace rentflow::ui::payments
