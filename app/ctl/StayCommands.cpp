// rentflowctl checkin.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <stays/CheckIn.h>

#include <QDate>

namespace rentflow::app {

namespace {

int checkIn(CtlContext& ctx, const QCommandLineParser& args)
{
    const CheckInInput input{args.value(QStringLiteral("resident")),
                             args.value(QStringLiteral("bed")), args.value(QStringLiteral("date")),
                             args.value(QStringLiteral("rent")),
                             args.value(QStringLiteral("deposit"))};
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
          valueOption("deposit", "Security deposit in rupees (required; 0 for none).", "AMOUNT")},
         checkIn},
    };
}

} // namespace rentflow::app
