#include "PaymentActions.h"

#include "RecordPaymentDialog.h"

#include <common/AppContext.h>

#include <QMessageBox>

namespace rentflow::ui::payments {

bool recordPayment(AppContext& context, QWidget* parent, const QString& residentId,
                   std::optional<Money> amount)
{
    if (!context.guard.allows(Permission::RecordPayments)) {
        QMessageBox::information(parent, RecordPaymentDialog::tr("Record a payment"),
                                 RecordPaymentDialog::tr("You may not record payments."));
        return false;
    }
    RecordPaymentDialog dialog(context, parent, residentId, amount);
    dialog.exec();
    return dialog.recorded().has_value();
}

} // namespace rentflow::ui::payments
