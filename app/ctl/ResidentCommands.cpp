// rentflowctl resident add.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <residents/ResidentRepository.h>

namespace rentflow::app {

namespace {

int addResident(CtlContext& ctx, const QCommandLineParser& args)
{
    const ResidentInput input{
        args.value(QStringLiteral("name")), args.value(QStringLiteral("phone")),
        args.value(QStringLiteral("email")), args.value(QStringLiteral("pan")),
        args.value(QStringLiteral("aadhaar"))};
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto id = ResidentRepository(workspace.value()->store()).add(input);
    if (!id)
        return ctx.fail(id.error());
    return ctx.done(
        {{QStringLiteral("id"), id.value()}},
        QStringLiteral("Added resident %1 (%2).").arg(input.fullName.simplified(), id.value()));
}

} // namespace

QList<CtlCommand> residentCommands()
{
    return {
        {{QStringLiteral("resident"), QStringLiteral("add")},
         QStringLiteral("Add a resident."),
         {valueOption("name", "Full name, \"FIRST LAST\" (required).", "NAME"),
          valueOption("phone", "Indian mobile number (required).", "PHONE"),
          valueOption("email", "E-mail.", "EMAIL"), valueOption("pan", "PAN.", "PAN"),
          valueOption("aadhaar", "Aadhaar number (stored masked).", "AADHAAR")},
         addResident},
    };
}

} // namespace rentflow::app
