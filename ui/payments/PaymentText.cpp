#include "PaymentText.h"

#include <QCoreApplication>

namespace rentflow::ui::payments {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rentflow::ui::payments", text);
}

} // namespace

QStringList methodCodes()
{
    return {QStringLiteral("cash"), QStringLiteral("upi"), QStringLiteral("bank"),
            QStringLiteral("cheque"), QStringLiteral("card")};
}

QString methodName(const QString& code)
{
    return methodLabel(code).remove(QLatin1Char('&'));
}

QString methodLabel(const QString& code)
{
    if (code == QLatin1String("cash"))
        return tr("&Cash");
    if (code == QLatin1String("upi"))
        return tr("&UPI");
    if (code == QLatin1String("bank"))
        return tr("&Bank transfer");
    if (code == QLatin1String("cheque"))
        return tr("C&heque");
    if (code == QLatin1String("card"))
        return tr("Ca&rd");
    return code;
}

bool methodNeedsReference(const QString& code)
{
    return code == QLatin1String("upi") || code == QLatin1String("bank") ||
           code == QLatin1String("cheque");
}

QString purposeName(const QString& purpose)
{
    return purpose == QLatin1String("deposit") ? tr("Deposit") : tr("Dues");
}

QString statusName(const QString& status)
{
    return status == QLatin1String("reversed") ? tr("Reversed") : tr("Received");
}

} // namespace rentflow::ui::payments
