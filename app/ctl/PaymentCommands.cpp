// rentflowctl payment add.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <payments/RecordPayment.h>

#include <QJsonArray>

namespace rentflow::app {

namespace {

int addPayment(CtlContext& ctx, const QCommandLineParser& args)
{
    const PaymentInput input{
        args.value(QStringLiteral("resident")), args.value(QStringLiteral("amount")),
        args.value(QStringLiteral("method")), args.value(QStringLiteral("reference")),
        args.value(QStringLiteral("date"))};
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto recorded = RecordPayment(workspace.value()->store()).run(input, QDate::currentDate());
    if (!recorded)
        return ctx.fail(recorded.error());
    QJsonArray allocations;
    QStringList lines;
    for (const PaymentAllocator::Allocation& a : recorded.value().allocations) {
        allocations.append(QJsonObject{{QStringLiteral("invoiceId"), a.invoiceId},
                                       {QStringLiteral("number"), a.invoiceNumber},
                                       {QStringLiteral("amount"), a.amount.toDecimalString()}});
        lines.append(QStringLiteral("  ₹%1 to %2").arg(a.amount.toIndianString(), a.invoiceNumber));
    }
    QString text = QStringLiteral("Receipt %1.").arg(recorded.value().receiptNumber);
    if (!lines.isEmpty())
        text += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    if (!recorded.value().advance.isZero())
        text +=
            QStringLiteral("\nAdvance credit: ₹%1").arg(recorded.value().advance.toIndianString());
    return ctx.done({{QStringLiteral("id"), recorded.value().paymentId},
                     {QStringLiteral("receiptNumber"), recorded.value().receiptNumber},
                     {QStringLiteral("allocations"), allocations},
                     {QStringLiteral("advance"), recorded.value().advance.toDecimalString()}},
                    text);
}

} // namespace

QList<CtlCommand> paymentCommands()
{
    return {
        {{QStringLiteral("payment"), QStringLiteral("add")},
         QStringLiteral("Record a payment, number its receipt, allocate it to the oldest dues."),
         {valueOption("resident", "The resident's id (required).", "ID"),
          valueOption("amount", "Amount in rupees (required).", "AMOUNT"),
          valueOption("method", "cash, upi, bank, cheque or card (required).", "METHOD"),
          valueOption("reference", "UTR or cheque number (required for cheques).", "R"),
          valueOption("date", "Day received, YYYY-MM-DD (default: today).", "D")},
         addPayment},
    };
}

} // namespace rentflow::app
