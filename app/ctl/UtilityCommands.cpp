// rentflowctl reading add, meter tariff.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <inventory/MeterRepository.h>
#include <utilities/RecordReading.h>

#include <QDate>

namespace rentflow::app {

namespace {

int addReading(CtlContext& ctx, const QCommandLineParser& args)
{
    ReadingInput input{args.value(QStringLiteral("meter")), args.value(QStringLiteral("date")),
                       args.value(QStringLiteral("value"))};
    if (args.isSet(QStringLiteral("kind")))
        input.kind = args.value(QStringLiteral("kind"));
    input.confirmed = args.isSet(QStringLiteral("confirm"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto recorded = RecordReading(workspace.value()->store()).run(input, QDate::currentDate());
    if (!recorded)
        return ctx.fail(recorded.error());
    const QString consumption = recorded.value().consumption.toString();
    return ctx.done(
        {{QStringLiteral("id"), recorded.value().id}, {QStringLiteral("consumption"), consumption}},
        QStringLiteral("Recorded; %1 units used since the previous reading.").arg(consumption));
}

int setTariff(CtlContext& ctx, const QCommandLineParser& args)
{
    const MeterRepository::TariffInput input{
        args.value(QStringLiteral("meter")), args.value(QStringLiteral("rate")),
        args.value(QStringLiteral("fixed")), args.values(QStringLiteral("slab"))};
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto set = MeterRepository(workspace.value()->store()).setTariff(input);
    if (!set)
        return ctx.fail(set.error());
    return ctx.done({{QStringLiteral("meter"), input.meterId.trimmed()}},
                    QStringLiteral("Tariff set; the next billing run charges by it."));
}

} // namespace

QList<CtlCommand> utilityCommands()
{
    return {
        {{QStringLiteral("reading"), QStringLiteral("add")},
         QStringLiteral("Record a meter reading and show the units used since the previous one. "
                        "It must fit between the meter's readings by date, and not fall in "
                        "days already billed."),
         {valueOption("meter", "The meter's id (required).", "ID"),
          valueOption("date", "Day of the reading, YYYY-MM-DD (required).", "D"),
          valueOption("value", "The register's value, up to two decimals (required).", "V"),
          valueOption("kind", "regular (default), rollover or replacement.", "KIND"),
          QCommandLineOption(
              QStringLiteral("confirm"),
              QStringLiteral("Accept a consumption over three times the recent average."))},
         addReading},
        {{QStringLiteral("meter"), QStringLiteral("tariff")},
         QStringLiteral("Set a meter's tariff: a rate per unit or slabs, and a fixed charge."),
         {valueOption("meter", "The meter's id (required).", "ID"),
          valueOption("rate", "Rupees per unit (required unless slabs are given).", "RATE"),
          valueOption("fixed", "A fixed charge per reading period, in rupees.", "AMOUNT"),
          valueOption("slab",
                      "A slab, UNITS:RATE (units up to UNITS at RATE); the last may be *:RATE. "
                      "Repeat for more.",
                      "UNITS:RATE")},
         setTariff},
    };
}

} // namespace rentflow::app
