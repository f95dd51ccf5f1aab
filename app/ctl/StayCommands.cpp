// rentflowctl checkin, notice, transfer, checkout.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <stays/GiveNotice.h>
#include <stays/Transfer.h>

#include <QJsonArray>
#include <QJsonObject>

#include <QDate>

namespace rentflow::app {

namespace {

int checkIn(CtlContext& ctx, const QCommandLineParser& args)
{
    CheckInInput input{args.value(QStringLiteral("resident")), args.value(QStringLiteral("bed")),
                       args.value(QStringLiteral("date")), args.value(QStringLiteral("rent")),
                       args.value(QStringLiteral("deposit"))};
    input.dueDay = args.value(QStringLiteral("due-day"));
    input.noticeDays = args.value(QStringLiteral("notice-days"));
    input.lateFee = args.value(QStringLiteral("late-fee"));
    input.lateFeeGrace = args.value(QStringLiteral("late-fee-grace"));
    input.charges = args.values(QStringLiteral("charge"));
    input.endDate = args.value(QStringLiteral("end-date"));
    input.lockInMonths = args.value(QStringLiteral("lock-in"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto agreementId = CheckIn(workspace.value()->store()).run(input, QDate::currentDate());
    if (!agreementId)
        return ctx.fail(agreementId.error());
    return ctx.done(
        {{QStringLiteral("agreementId"), agreementId.value()}},
        QStringLiteral("Checked in from %1 (agreement %2).").arg(input.date, agreementId.value()));
}

int giveNotice(CtlContext& ctx, const QCommandLineParser& args)
{
    const GiveNotice::Input input{
        args.value(QStringLiteral("resident")), args.value(QStringLiteral("date")),
        args.value(QStringLiteral("move-out")), args.value(QStringLiteral("reason"))};
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto notice = GiveNotice(workspace.value()->store()).run(input, QDate::currentDate());
    if (!notice)
        return ctx.fail(notice.error());
    return ctx.done(
        {{QStringLiteral("id"), notice.value()}},
        QStringLiteral("Notice recorded; the bed is vacating on %1.").arg(input.moveOut));
}

int transfer(CtlContext& ctx, const QCommandLineParser& args)
{
    const Transfer::Input input{
        args.value(QStringLiteral("resident")), args.value(QStringLiteral("bed")),
        args.value(QStringLiteral("date")), args.value(QStringLiteral("rent"))};
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto moved = Transfer(workspace.value()->store()).run(input, QDate::currentDate());
    if (!moved)
        return ctx.fail(moved.error());
    return ctx.done({{QStringLiteral("occupancyId"), moved.value()}},
                    QStringLiteral("Moved to the new bed from %1.").arg(input.date));
}

int checkOut(CtlContext& ctx, const QCommandLineParser& args)
{
    const CheckOut::Input input{
        args.value(QStringLiteral("resident")), args.value(QStringLiteral("date")),
        args.value(QStringLiteral("reading")), args.values(QStringLiteral("deduction"))};
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto done = CheckOut(workspace.value()->store()).run(input, QDate::currentDate());
    if (!done)
        return ctx.fail(done.error());
    const CheckOut::Result& r = done.value();
    const DepositSettlement& f = r.figures;
    QString text =
        QStringLiteral("Settlement %1: deposit ₹%2 − dues ₹%3 − deductions ₹%4 − "
                       "notice shortfall ₹%5")
            .arg(r.settlementNumber, f.held.toIndianString(), f.unpaidDues.toIndianString(),
                 f.deductions.toIndianString(), f.noticeShortfall.toIndianString());
    if (!f.advanceCredit.isZero())
        text += QStringLiteral(" + advance not used ₹%1").arg(f.advanceCredit.toIndianString());
    if (!f.creditNoteCredit.isZero())
        text += QStringLiteral(" + credit notes %1 ₹%2")
                    .arg(r.creditNotesReturned.join(QStringLiteral(", ")),
                         f.creditNoteCredit.toIndianString());
    for (const CheckOut::TaxLine& tax : r.debitNotes)
        text += QStringLiteral(" − tax due, debit note %1 ₹%2")
                    .arg(tax.number, tax.amount.toIndianString());
    text += f.owed().isZero() ? QStringLiteral("\nRefund ₹%1.").arg(f.refund().toIndianString())
                              : QStringLiteral("\nStill owed ₹%1.").arg(f.owed().toIndianString());
    if (!r.finalInvoiceNumber.isEmpty())
        text += QStringLiteral("\nFinal invoice %1.").arg(r.finalInvoiceNumber);
    QJsonArray debitNotes;
    for (const CheckOut::TaxLine& tax : r.debitNotes) {
        debitNotes.append(QJsonObject{{QStringLiteral("id"), tax.id},
                                      {QStringLiteral("number"), tax.number},
                                      {QStringLiteral("tax"), tax.amount.toDecimalString()},
                                      {QStringLiteral("basis"), tax.description}});
        text += QStringLiteral("\nDebit note %1: %2").arg(tax.number, tax.description);
    }
    if (!r.creditNoteNumbers.isEmpty())
        text += QStringLiteral("\nCredit notes %1.")
                    .arg(r.creditNoteNumbers.join(QStringLiteral(", ")));
    return ctx.done(
        {{QStringLiteral("settlementId"), r.settlementId},
         {QStringLiteral("settlementNumber"), r.settlementNumber},
         {QStringLiteral("refund"), f.refund().toDecimalString()},
         {QStringLiteral("owed"), f.owed().toDecimalString()},
         {QStringLiteral("depositHeld"), f.held.toDecimalString()},
         {QStringLiteral("unpaidDues"), f.unpaidDues.toDecimalString()},
         {QStringLiteral("deductions"), f.deductions.toDecimalString()},
         {QStringLiteral("noticeShortfall"), f.noticeShortfall.toDecimalString()},
         {QStringLiteral("advanceCredit"), f.advanceCredit.toDecimalString()},
         {QStringLiteral("creditNoteCredit"), f.creditNoteCredit.toDecimalString()},
         {QStringLiteral("creditNotesReturned"), QJsonArray::fromStringList(r.creditNotesReturned)},
         {QStringLiteral("taxDue"), f.taxDue.toDecimalString()},
         {QStringLiteral("debitNotes"), debitNotes},
         {QStringLiteral("finalInvoiceNumber"), r.finalInvoiceNumber},
         {QStringLiteral("creditNotes"), QJsonArray::fromStringList(r.creditNoteNumbers)}},
        text);
}

} // namespace

QList<CtlCommand> stayCommands()
{
    return {
        {{QStringLiteral("checkin")},
         QStringLiteral("Start a stay: agreement, deposit demand, bed occupied."),
         {valueOption("resident", "The resident's id (required).", "ID"),
          valueOption("bed", "The bed's id (required).", "ID"),
          valueOption("date", "First day of the stay, YYYY-MM-DD (required).", "D"),
          valueOption("rent", "Monthly rent in rupees (required).", "AMOUNT"),
          valueOption("deposit", "Security deposit in rupees (required; 0 for none).", "AMOUNT"),
          valueOption("due-day", "Rent due on this day of the month, 1-28 (default 5).", "N"),
          valueOption("notice-days", "Notice period in days (default 30).", "N"),
          valueOption("end-date", "The licence's last day, YYYY-MM-DD (default: 11 months on).",
                      "D"),
          valueOption("lock-in",
                      "Months the resident may not leave without paying, 0-60 "
                      "(default 0).",
                      "N"),
          valueOption("late-fee", "Late fee: rupees, or a percentage of what is overdue (2%).",
                      "FEE"),
          valueOption("late-fee-grace", "Days after the due day before a late fee (default 0).",
                      "N"),
          valueOption("charge",
                      "A monthly charge, KIND=AMOUNT (food, laundry, wifi, maintenance, parking, "
                      "other); repeat for more.",
                      "KIND=AMOUNT")},
         checkIn},
        {{QStringLiteral("notice")},
         QStringLiteral("Record a resident's notice to leave; the bed shows as vacating."),
         {valueOption("resident", "The resident's id (required).", "ID"),
          valueOption("move-out", "The intended last day, YYYY-MM-DD (required).", "D"),
          valueOption("date", "Day the notice was given (default today).", "D"),
          valueOption("reason", "Why they are leaving.", "TEXT")},
         giveNotice},
        {{QStringLiteral("transfer")},
         QStringLiteral("Move a resident to another bed of the same property from a day on."),
         {valueOption("resident", "The resident's id (required).", "ID"),
          valueOption("bed", "The new bed's id (required).", "ID"),
          valueOption("date", "First day on the new bed, YYYY-MM-DD (required).", "D"),
          valueOption("rent", "The monthly rent from that day (default: unchanged).", "AMOUNT")},
         transfer},
        {{QStringLiteral("checkout")},
         QStringLiteral("End a stay: final reading, final invoice and deposit settlement."),
         {valueOption("resident", "The resident's id (required).", "ID"),
          valueOption("date", "The last day of the stay, YYYY-MM-DD (required).", "D"),
          valueOption("reading", "The room meter's final reading on that day.", "V"),
          valueOption("deduction",
                      "A deduction from the deposit, \"REASON=AMOUNT\"; repeat for more.",
                      "REASON=AMOUNT")},
         checkOut},
    };
}

} // namespace rentflow::app
