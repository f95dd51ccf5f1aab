// rentflowctl property add, room add.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>

#include <QJsonArray>

namespace rentflow::app {

namespace {

int addProperty(CtlContext& ctx, const QCommandLineParser& args)
{
    PropertyInput input{args.value(QStringLiteral("name")), args.value(QStringLiteral("city")),
                        args.value(QStringLiteral("state-code")),
                        args.value(QStringLiteral("address")),
                        args.value(QStringLiteral("pincode"))};
    if (args.isSet(QStringLiteral("type")))
        input.kind = args.value(QStringLiteral("type"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto id = PropertyRepository(workspace.value()->store()).add(input);
    if (!id)
        return ctx.fail(id.error());
    return ctx.done(
        {{QStringLiteral("id"), id.value()}},
        QStringLiteral("Added property %1 (%2).").arg(input.name.trimmed(), id.value()));
}

int addRoom(CtlContext& ctx, const QCommandLineParser& args)
{
    const RoomSetupInput input{
        args.value(QStringLiteral("property")), args.value(QStringLiteral("floor")),
        args.value(QStringLiteral("number")),   args.value(QStringLiteral("beds")),
        args.value(QStringLiteral("rent")),     args.isSet(QStringLiteral("meter"))};
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto room = RoomSetup(workspace.value()->store()).add(input);
    if (!room)
        return ctx.fail(room.error());
    QJsonObject result{{QStringLiteral("id"), room.value().roomId},
                       {QStringLiteral("bedIds"), QJsonArray::fromStringList(room.value().bedIds)},
                       {QStringLiteral("meterId"), room.value().meterId.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(room.value().meterId)}};
    return ctx.done(
        result,
        QStringLiteral("Added room %1 with %2 bed(s)%3 (%4).")
            .arg(input.number.trimmed())
            .arg(room.value().bedIds.size())
            .arg(room.value().meterId.isEmpty() ? QString() : QStringLiteral(" and a meter"))
            .arg(room.value().roomId));
}

} // namespace

QList<CtlCommand> inventoryCommands()
{
    return {
        {{QStringLiteral("property"), QStringLiteral("add")},
         QStringLiteral("Add a property."),
         {valueOption("name", "The property's name (required).", "NAME"),
          valueOption("city", "City (required).", "CITY"),
          valueOption("state-code", "GST state code, e.g. 29 (required).", "NN"),
          valueOption("address", "Street address.", "TEXT"),
          valueOption("pincode", "PIN code.", "PIN"),
          valueOption("type", "pg (default), hostel, coliving or apartment.", "TYPE")},
         addProperty},
        {{QStringLiteral("room"), QStringLiteral("add")},
         QStringLiteral("Add a room with its beds (and a meter when asked)."),
         {valueOption("property", "The property's id (required).", "ID"),
          valueOption("floor", "Floor name or number (required).", "F"),
          valueOption("number", "Room number (required).", "R"),
          valueOption("beds", "Number of beds, 1 to 20 (required).", "K"),
          valueOption("rent", "Monthly rent per bed in rupees (required).", "AMOUNT"),
          QCommandLineOption(QStringLiteral("meter"),
                             QStringLiteral("Also add the room's electricity meter."))},
         addRoom},
    };
}

} // namespace rentflow::app
