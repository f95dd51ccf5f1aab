// rentflowctl charge add, charge waive, credit-note add, invoice cancel, payment reverse.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <billing/Charges.h>
#include <billing/InvoiceCorrections.h>
#include <payments/ReversePayment.h>

#include <QDate>

namespace rentflow::app {

namespace {

int addCharge(CtlContext& ctx, const QCommandLineParser& args)
{
    Charges::Input input{args.value(QStringLiteral("resident")),
                         args.value(QStringLiteral("amount")),
                         args.value(QStringLiteral("description"))};
    if (args.isSet(QStringLiteral("kind")))
        input.kind = args.value(QStringLiteral("kind"));
    input.date = args.value(QStringLiteral("date"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto id = Charges(workspace.value()->store()).add(input, QDate::currentDate());
    if (!id)
        return ctx.fail(id.error());
    return ctx.done({{QStringLiteral("id"), id.value()}},
                    QStringLiteral("Charge added; the next invoice bills it."));
}

int waiveCharge(CtlContext& ctx, const QCommandLineParser& args)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const QString id = args.value(QStringLiteral("id"));
    auto waived = Charges(workspace.value()->store())
                      .waive(id, args.value(QStringLiteral("reason")), QDate::currentDate());
    if (!waived)
        return ctx.fail(waived.error());
    return ctx.done({{QStringLiteral("id"), id}}, QStringLiteral("Charge waived."));
}

int addCreditNote(CtlContext& ctx, const QCommandLineParser& args)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto issued =
        InvoiceCorrections(workspace.value()->store())
            .creditNote(args.value(QStringLiteral("invoice")), args.value(QStringLiteral("amount")),
                        args.value(QStringLiteral("reason")), QDate::currentDate());
    if (!issued)
        return ctx.fail(issued.error());
    const Money givenBack = issued.value().givenBack;
    QString text = QStringLiteral("Credit note %1 issued.").arg(issued.value().number);
    if (givenBack.paise() > 0)
        text += QStringLiteral(" ₹%1 was already paid and is the resident's credit again.")
                    .arg(givenBack.toIndianString());
    return ctx.done({{QStringLiteral("id"), issued.value().id},
                     {QStringLiteral("number"), issued.value().number},
                     {QStringLiteral("givenBack"), givenBack.toDecimalString()}},
                    text);
}

int cancelInvoice(CtlContext& ctx, const QCommandLineParser& args)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const QString id = args.value(QStringLiteral("id"));
    auto cancelled = InvoiceCorrections(workspace.value()->store())
                         .cancel(id, args.value(QStringLiteral("reason")), QDate::currentDate());
    if (!cancelled)
        return ctx.fail(cancelled.error());
    return ctx.done({{QStringLiteral("id"), id}},
                    QStringLiteral("Invoice cancelled; its number stays used."));
}

int reversePayment(CtlContext& ctx, const QCommandLineParser& args)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const QString id = args.value(QStringLiteral("id"));
    auto reversed = ReversePayment(workspace.value()->store())
                        .run(id, args.value(QStringLiteral("reason")),
                             args.value(QStringLiteral("date")), QDate::currentDate());
    if (!reversed)
        return ctx.fail(reversed.error());
    return ctx.done({{QStringLiteral("id"), id}},
                    QStringLiteral("Payment reversed; the invoices it paid are open again."));
}

} // namespace

QList<CtlCommand> correctionCommands()
{
    return {
        {{QStringLiteral("charge"), QStringLiteral("add")},
         QStringLiteral("Add a one-off charge (damages, key replacement) for the next invoice."),
         {valueOption("resident", "The resident's id (required).", "ID"),
          valueOption("amount", "Amount in rupees (required).", "AMOUNT"),
          valueOption("description", "What it is for, as printed (required).", "TEXT"),
          valueOption("kind", "one_off (default) or damage.", "KIND"),
          valueOption("date", "Day of the charge, YYYY-MM-DD (default: today).", "D")},
         addCharge},
        {{QStringLiteral("charge"), QStringLiteral("waive")},
         QStringLiteral("Waive a charge or late fee; a billed one is credited."),
         {valueOption("id", "The charge's id (required).", "ID"),
          valueOption("reason", "Why it is waived (required).", "TEXT")},
         waiveCharge},
        {{QStringLiteral("credit-note"), QStringLiteral("add")},
         QStringLiteral("Reduce an issued invoice by a numbered credit note (Rule 53)."),
         {valueOption("invoice", "The invoice's id (required).", "ID"),
          valueOption("amount", "Amount including tax, in rupees (required).", "AMOUNT"),
          valueOption("reason", "Why (required).", "TEXT")},
         addCreditNote},
        {{QStringLiteral("invoice"), QStringLiteral("cancel")},
         QStringLiteral("Cancel an issued invoice; its number is kept and shown as cancelled."),
         {valueOption("id", "The invoice's id (required).", "ID"),
          valueOption("reason", "Why (required).", "TEXT")},
         cancelInvoice},
        {{QStringLiteral("payment"), QStringLiteral("reverse")},
         QStringLiteral("Reverse a payment (a bounced cheque); its invoices open again."),
         {valueOption("id", "The payment's id (required).", "ID"),
          valueOption("reason", "Why, e.g. cheque returned unpaid (required).", "TEXT"),
          valueOption("date", "Day of the reversal, YYYY-MM-DD (default: today).", "D")},
         reversePayment},
    };
}

} // namespace rentflow::app
