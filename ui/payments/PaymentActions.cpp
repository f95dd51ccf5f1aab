// PLACEHOLDER until the payments screen lands: replaced whole by its owner.
#include "PaymentActions.h"

#include <QMessageBox>

namespace rentflow::ui::payments {

bool recordPayment(AppContext&, QWidget* parent, const QString&, std::optional<Money>)
{
    QMessageBox::information(parent, QStringLiteral("RentFlow"), QStringLiteral("Not built yet."));
    return false;
}

} // namespace rentflow::ui::payments
