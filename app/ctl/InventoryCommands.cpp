// rentflowctl property add|set|show, room add.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>

#include <QJsonArray>

namespace rentflow::app {

namespace {

QJsonObject toJson(const Property& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("type"), p.kind},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("city"), p.city},
            {QStringLiteral("pincode"), p.pincode},
            {QStringLiteral("stateCode"), p.stateCode},
            {QStringLiteral("houseRules"), p.houseRules},
            {QStringLiteral("utilitySplit"), p.utilitySplit}};
}

QString toText(const Property& p)
{
    const auto line = [](const char* label, const QString& value) {
        return QStringLiteral("\n%1 %2").arg(QString::fromLatin1(label).leftJustified(16),
                                             value.isEmpty() ? QStringLiteral("-") : value);
    };
    QString rules = p.houseRules;
    rules.replace(QLatin1Char('\n'), QStringLiteral("\n") + QString(17, QLatin1Char(' ')));
    return QStringLiteral("Id:              %1").arg(p.id) + line("Name:", p.name) +
           line("Type:", p.kind) + line("Address:", p.address) + line("City:", p.city) +
           line("PIN code:", p.pincode) + line("State code:", p.stateCode) +
           line("Utility split:", p.utilitySplit) + line("House rules:", rules);
}

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

int setProperty(CtlContext& ctx, const QCommandLineParser& args)
{
    const QString id = args.value(QStringLiteral("id"));
    if (id.trimmed().isEmpty())
        return ctx.badInput(QStringLiteral("id"), QStringLiteral("is required: the property"));
    const auto given = [&args](const char* option) -> std::optional<QString> {
        const QString name = QString::fromLatin1(option);
        return args.isSet(name) ? std::optional(args.value(name)) : std::nullopt;
    };
    PropertyChanges changes;
    changes.name = given("name");
    changes.address = given("address");
    changes.city = given("city");
    changes.pincode = given("pincode");
    changes.stateCode = given("state-code");
    changes.houseRules = given("house-rules");
    changes.utilitySplit = given("utility-split");
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto property = PropertyRepository(workspace.value()->store()).update(id, changes);
    if (!property)
        return ctx.fail(property.error());
    return ctx.done({{QStringLiteral("property"), toJson(property.value())}},
                    QStringLiteral("Saved property %1.\n").arg(property.value().name) +
                        toText(property.value()));
}

int showProperty(CtlContext& ctx, const QCommandLineParser& args)
{
    const QString id = args.value(QStringLiteral("id"));
    if (id.trimmed().isEmpty())
        return ctx.badInput(QStringLiteral("id"), QStringLiteral("is required: the property"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto property = PropertyRepository(workspace.value()->store()).find(id.trimmed());
    if (!property)
        return ctx.fail(property.error());
    if (!property.value())
        return ctx.badInput(QStringLiteral("id"),
                            QStringLiteral("no property with id '%1'").arg(id));
    return ctx.done({{QStringLiteral("property"), toJson(*property.value())}},
                    toText(*property.value()));
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
        {{QStringLiteral("property"), QStringLiteral("set")},
         QStringLiteral("Change a property's details; only the options given change, \"\" "
                        "clears one (address, PIN code, house rules)."),
         {valueOption("id", "The property's id (required).", "ID"),
          valueOption("name", "The property's name.", "NAME"),
          valueOption("address", "Street address.", "TEXT"), valueOption("city", "City.", "CITY"),
          valueOption("pincode", "PIN code.", "PIN"),
          valueOption("state-code",
                      "GST state code; refused once the property has invoices (their place of "
                      "supply).",
                      "NN"),
          valueOption("house-rules", "House rules, one a line (printed in agreements).", "TEXT"),
          valueOption("utility-split",
                      "How a shared meter's bill is split: days (by days stayed) or head "
                      "(equally).",
                      "days|head")},
         setProperty},
        {{QStringLiteral("property"), QStringLiteral("show")},
         QStringLiteral("Show a property's details."),
         {valueOption("id", "The property's id (required).", "ID")},
         showProperty},
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
