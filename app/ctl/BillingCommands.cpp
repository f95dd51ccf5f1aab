// rentflowctl billing run, invoice list.
#include "CtlCommand.h"
#include "CtlContext.h"
#include "TerminalProgress.h"

#include <billing/InvoiceRepository.h>
#include <billing/MonthlyRun.h>
#include <domain/IsoDate.h>

#include <QJsonArray>

namespace rentflow::app {

namespace {

int billingRun(CtlContext& ctx, const QCommandLineParser& args)
{
    const auto period = BillingPeriod::parse(args.value(QStringLiteral("month")));
    if (!period)
        return ctx.badInput(QStringLiteral("month"), period.error());
    QDate issueDate = QDate::currentDate();
    if (args.isSet(QStringLiteral("date"))) {
        const auto date = parseIsoDate(args.value(QStringLiteral("date")));
        if (!date)
            return ctx.badInput(QStringLiteral("date"), date.error());
        issueDate = *date;
    }
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const bool preview = args.isSet(QStringLiteral("preview"));
    auto result = MonthlyRun(workspace.value()->store())
                      .run({*period, issueDate, preview,
                            [progress = terminalProgress()](int done, int total) {
                                progress(QStringLiteral("Billing"), done, total);
                                return true;
                            },
                            QDate::currentDate()});
    if (!result)
        return ctx.fail(result.error());
    const auto& run = result.value();
    QJsonArray numbers;
    for (const QString& number : run.numbers)
        numbers.append(number);
    return ctx.done({{QStringLiteral("invoices"), int(run.drafts.size())},
                     {QStringLiteral("total"), run.total.toDecimalString()},
                     {QStringLiteral("preview"), preview},
                     {QStringLiteral("numbers"), numbers}},
                    QStringLiteral("%1 %2 invoice(s) for %3, total ₹%4.")
                        .arg(preview ? QStringLiteral("Would issue") : QStringLiteral("Issued"))
                        .arg(run.drafts.size())
                        .arg(period->toString(), run.total.toIndianString()));
}

int listInvoices(CtlContext& ctx, const QCommandLineParser& args)
{
    InvoiceRepository::Filter filter{args.value(QStringLiteral("month")),
                                     args.value(QStringLiteral("resident"))};
    if (!filter.billingMonth.isEmpty())
        if (const auto period = BillingPeriod::parse(filter.billingMonth); !period)
            return ctx.badInput(QStringLiteral("month"), period.error());
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto invoices = InvoiceRepository(workspace.value()->store()).list(filter);
    if (!invoices)
        return ctx.fail(invoices.error());
    QJsonArray array;
    QString text;
    for (const InvoiceSummary& invoice : invoices.value()) {
        array.append(QJsonObject{{QStringLiteral("id"), invoice.id},
                                 {QStringLiteral("number"), invoice.number},
                                 {QStringLiteral("residentId"), invoice.residentId},
                                 {QStringLiteral("month"), invoice.billingMonth},
                                 {QStringLiteral("date"), invoice.issueDate.toString(Qt::ISODate)},
                                 {QStringLiteral("dueDate"), invoice.dueDate.toString(Qt::ISODate)},
                                 {QStringLiteral("total"), invoice.total.toDecimalString()},
                                 {QStringLiteral("balance"), invoice.balance.toDecimalString()},
                                 {QStringLiteral("status"), invoice.status}});
        text +=
            QStringLiteral("%1  %2  %3  total %4  balance %5  %6\n")
                .arg(invoice.number.leftJustified(16),
                     invoice.issueDate.toString(QStringLiteral("dd-MM-yyyy")), invoice.billingMonth,
                     (QStringLiteral("₹") + invoice.total.toIndianString()).rightJustified(13),
                     (QStringLiteral("₹") + invoice.balance.toIndianString()).rightJustified(13),
                     invoice.status);
    }
    text += QStringLiteral("%1 invoice(s)").arg(invoices.value().size());
    return ctx.done({{QStringLiteral("invoices"), array}}, text);
}

} // namespace

QList<CtlCommand> billingCommands()
{
    return {
        {{QStringLiteral("billing"), QStringLiteral("run")},
         QStringLiteral("Issue the month's invoices; running it again issues nothing new."),
         {valueOption("month", "The month the charges are for, YYYY-MM (required).", "YYYY-MM"),
          valueOption("date", "Issue date, YYYY-MM-DD (default: today).", "D"),
          QCommandLineOption(QStringLiteral("preview"),
                             QStringLiteral("Show what would be issued; write nothing."))},
         billingRun},
        {{QStringLiteral("invoice"), QStringLiteral("list")},
         QStringLiteral("List invoices with their balances."),
         {valueOption("month", "Only invoices for this billing month.", "YYYY-MM"),
          valueOption("resident", "Only this resident's invoices.", "ID")},
         listInvoices},
    };
}

} // namespace rentflow::app
