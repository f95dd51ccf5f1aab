// rentflowctl payment add, dues.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <domain/IsoDate.h>
#include <payments/DuesReport.h>
#include <payments/RecordPayment.h>

#include <QJsonArray>

namespace rentflow::app {

namespace {

int addPayment(CtlContext& ctx, const QCommandLineParser& args)
{
    PaymentInput input{args.value(QStringLiteral("resident")),
                       args.value(QStringLiteral("amount")),
                       args.value(QStringLiteral("method")),
                       args.value(QStringLiteral("reference")),
                       args.value(QStringLiteral("date")),
                       args.isSet(QStringLiteral("for")) ? args.value(QStringLiteral("for"))
                                                         : QStringLiteral("dues")};
    input.invoiceIds = args.values(QStringLiteral("invoice"));
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

int dues(CtlContext& ctx, const QCommandLineParser& args)
{
    QDate asOf = QDate::currentDate();
    if (args.isSet(QStringLiteral("date"))) {
        const auto date = parseIsoDate(args.value(QStringLiteral("date")));
        if (!date)
            return ctx.badInput(QStringLiteral("date"), date.error());
        asOf = *date;
    }
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    DuesReport report(workspace.value()->store());
    const QString resident = args.value(QStringLiteral("resident"));
    if (!resident.isEmpty()) {
        auto ledger = report.ledger(resident);
        if (!ledger)
            return ctx.fail(ledger.error());
        QJsonArray entries;
        QString text;
        for (const DuesReport::LedgerEntry& e : ledger.value()) {
            entries.append(QJsonObject{{QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                       {QStringLiteral("kind"), e.kind},
                                       {QStringLiteral("document"), e.document},
                                       {QStringLiteral("debit"), e.debit.toDecimalString()},
                                       {QStringLiteral("credit"), e.credit.toDecimalString()},
                                       {QStringLiteral("balance"), e.balance.toDecimalString()}});
            text +=
                QStringLiteral("%1  %2  %3  %4  %5  balance %6\n")
                    .arg(e.date.toString(QStringLiteral("dd-MM-yyyy")), e.kind.leftJustified(16),
                         e.document.leftJustified(16), e.debit.toIndianString().rightJustified(12),
                         e.credit.toIndianString().rightJustified(12), e.balance.toIndianString());
        }
        return ctx.done({{QStringLiteral("ledger"), entries}},
                        text + QStringLiteral("%1 entries").arg(entries.size()));
    }
    auto ageing = report.ageing(asOf);
    auto collect = report.toCollect(asOf);
    if (!ageing || !collect)
        return ctx.fail(!ageing ? ageing.error() : collect.error());
    const DuesReport::Ageing& a = ageing.value();
    QJsonArray list;
    QString text =
        QStringLiteral(
            "Dues by days past due: 0–30 ₹%1, 31–60 ₹%2, 61–90 ₹%3, 90+ ₹%4 (total ₹%5)\n")
            .arg(a.upTo30.toIndianString(), a.upTo60.toIndianString(), a.upTo90.toIndianString(),
                 a.over90.toIndianString(), a.total().toIndianString());
    for (const DuesReport::Due& d : collect.value()) {
        list.append(
            QJsonObject{{QStringLiteral("residentId"), d.residentId},
                        {QStringLiteral("name"), d.name},
                        {QStringLiteral("phone"), d.phone},
                        {QStringLiteral("amount"), d.amount.toDecimalString()},
                        {QStringLiteral("oldestDueDate"), d.oldestDueDate.toString(Qt::ISODate)}});
        text += QStringLiteral("  %1  %2  ₹%3  due since %4\n")
                    .arg(d.name.leftJustified(24), d.phone, d.amount.toIndianString(),
                         d.oldestDueDate.toString(QStringLiteral("dd-MM-yyyy")));
    }
    text += QStringLiteral("%1 to collect from today").arg(list.size());
    return ctx.done({{QStringLiteral("ageing"),
                      QJsonObject{{QStringLiteral("days0to30"), a.upTo30.toDecimalString()},
                                  {QStringLiteral("days31to60"), a.upTo60.toDecimalString()},
                                  {QStringLiteral("days61to90"), a.upTo90.toDecimalString()},
                                  {QStringLiteral("over90"), a.over90.toDecimalString()},
                                  {QStringLiteral("total"), a.total().toDecimalString()}}},
                     {QStringLiteral("toCollect"), list}},
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
          valueOption("date", "Day received, YYYY-MM-DD (default: today).", "D"),
          valueOption("for", "dues (default) or deposit: a deposit is held, not allocated.",
                      "WHAT"),
          valueOption("invoice",
                      "Pay this invoice first (repeat for more); the rest goes oldest first.",
                      "ID")},
         addPayment},
        {{QStringLiteral("dues")},
         QStringLiteral(
             "Dues ageing and who to collect from today; with --resident, that resident's ledger."),
         {valueOption("resident", "Show this resident's ledger with its running balance.", "ID"),
          valueOption("date", "Age dues as of this day, YYYY-MM-DD (default: today).", "D")},
         dues},
    };
}

} // namespace rentflow::app
