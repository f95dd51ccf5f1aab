// rentflowctl property list, room list, bed list, meter list, resident list, payment list.
// The lists themselves are model reads (InventoryList, ResidentList, PaymentList) that
// the desktop shares; here they are only formatted.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <domain/IsoDate.h>
#include <inventory/InventoryList.h>
#include <payments/PaymentList.h>
#include <payments/ResidentList.h>

#include <QJsonArray>

namespace rentflow::app {

namespace {

const QString kProperty = QStringLiteral("property");

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString rupees(Money amount)
{
    return QStringLiteral("₹") + amount.toIndianString();
}

// Opens the workspace, runs one read, and prints it: JSON under `key`, or text
// lines with a count at the end.
template <typename Row, typename Read, typename ToJson, typename ToText>
int printList(CtlContext& ctx, const QString& key, const QString& noun, Read read, ToJson toJson,
              ToText toText)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const store::StoreResult<QList<Row>> rows = read(workspace.value()->store());
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray array;
    QString text;
    for (const Row& row : rows.value()) {
        array.append(toJson(row));
        text += toText(row) + QLatin1Char('\n');
    }
    return ctx.done({{key, array}},
                    text + QStringLiteral("%1 %2").arg(rows.value().size()).arg(noun));
}

int listProperties(CtlContext& ctx, const QCommandLineParser&)
{
    using Row = InventoryList::PropertyRow;
    return printList<Row>(
        ctx, QStringLiteral("properties"), QStringLiteral("property(ies)"),
        [](store::Store& s) { return InventoryList(s).properties(); },
        [](const Row& p) {
            return QJsonObject{{QStringLiteral("id"), p.id},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("type"), p.kind},
                               {QStringLiteral("city"), p.city},
                               {QStringLiteral("stateCode"), p.stateCode},
                               {QStringLiteral("address"), textOrNull(p.address)},
                               {QStringLiteral("pincode"), textOrNull(p.pincode)},
                               {QStringLiteral("rooms"), p.rooms},
                               {QStringLiteral("beds"), p.beds}};
        },
        [](const Row& p) {
            return QStringLiteral("%1  %2  %3  %4 room(s), %5 bed(s)")
                .arg(p.id, p.name.leftJustified(24),
                     (p.city + QStringLiteral(" (") + p.stateCode + QLatin1Char(')'))
                         .leftJustified(20))
                .arg(p.rooms)
                .arg(p.beds);
        });
}

int listRooms(CtlContext& ctx, const QCommandLineParser& args)
{
    using Row = InventoryList::RoomRow;
    const QString property = args.value(kProperty);
    return printList<Row>(
        ctx, QStringLiteral("rooms"), QStringLiteral("room(s)"),
        [&](store::Store& s) { return InventoryList(s).rooms(property); },
        [](const Row& r) {
            return QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("propertyId"), r.propertyId},
                               {QStringLiteral("property"), r.propertyName},
                               {QStringLiteral("floor"), r.floor},
                               {QStringLiteral("number"), r.number},
                               {QStringLiteral("beds"), r.beds},
                               {QStringLiteral("occupied"), r.occupied},
                               {QStringLiteral("meterId"), textOrNull(r.meterId)}};
        },
        [](const Row& r) {
            return QStringLiteral("%1  %2  room %3  floor %4  %5/%6 bed(s) occupied%7")
                .arg(r.id, r.propertyName.leftJustified(20), r.number.leftJustified(6),
                     r.floor.leftJustified(4))
                .arg(r.occupied)
                .arg(r.beds)
                .arg(r.meterId.isEmpty() ? QString() : QStringLiteral("  meter ") + r.meterId);
        });
}

int listBeds(CtlContext& ctx, const QCommandLineParser& args)
{
    using Row = InventoryList::BedRow;
    const InventoryList::BedFilter filter{args.value(kProperty),
                                          args.value(QStringLiteral("status"))};
    return printList<Row>(
        ctx, QStringLiteral("beds"), QStringLiteral("bed(s)"),
        [&](store::Store& s) { return InventoryList(s).beds(filter); },
        [](const Row& b) {
            return QJsonObject{{QStringLiteral("id"), b.id},
                               {QStringLiteral("propertyId"), b.propertyId},
                               {QStringLiteral("roomId"), b.roomId},
                               {QStringLiteral("room"), b.roomNumber},
                               {QStringLiteral("label"), b.label},
                               {QStringLiteral("bed"), b.name()},
                               {QStringLiteral("rent"), b.rent.toDecimalString()},
                               {QStringLiteral("status"), b.status},
                               {QStringLiteral("residentId"), textOrNull(b.residentId)},
                               {QStringLiteral("resident"), textOrNull(b.residentName)}};
        },
        [](const Row& b) {
            return QStringLiteral("%1  %2  %3  %4  %5")
                .arg(b.id, b.name().leftJustified(8), rupees(b.rent).rightJustified(12),
                     b.status.leftJustified(11), b.residentName);
        });
}

int listMeters(CtlContext& ctx, const QCommandLineParser& args)
{
    using Row = InventoryList::MeterRow;
    const QString property = args.value(kProperty);
    return printList<Row>(
        ctx, QStringLiteral("meters"), QStringLiteral("meter(s)"),
        [&](store::Store& s) { return InventoryList(s).meters(property); },
        [](const Row& m) {
            QJsonObject json{{QStringLiteral("id"), m.id},
                             {QStringLiteral("propertyId"), m.propertyId},
                             {QStringLiteral("roomId"), textOrNull(m.roomId)},
                             {QStringLiteral("room"), textOrNull(m.roomNumber)},
                             {QStringLiteral("kind"), m.kind},
                             {QStringLiteral("serial"), textOrNull(m.serial)},
                             {QStringLiteral("active"), m.active},
                             {QStringLiteral("unitRate"), m.unitRate.toDecimalString()},
                             {QStringLiteral("fixedCharge"), m.fixedCharge.toDecimalString()},
                             {QStringLiteral("lastReadingDate"), QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("lastReading"), QJsonValue(QJsonValue::Null)}};
            if (m.lastReadingDate.isValid()) {
                json.insert(QStringLiteral("lastReadingDate"),
                            m.lastReadingDate.toString(Qt::ISODate));
                json.insert(QStringLiteral("lastReading"),
                            Money::fromPaise(m.lastReadingHundredths).toDecimalString());
            }
            return json;
        },
        [](const Row& m) {
            const QString where = m.roomNumber.isEmpty() ? QStringLiteral("common area")
                                                         : QStringLiteral("room ") + m.roomNumber;
            const QString last =
                m.lastReadingDate.isValid()
                    ? QStringLiteral("last read %1 on %2")
                          .arg(Money::fromPaise(m.lastReadingHundredths).toDecimalString(),
                               m.lastReadingDate.toString(QStringLiteral("dd-MM-yyyy")))
                    : QStringLiteral("never read");
            return QStringLiteral("%1  %2  %3  %4%5")
                .arg(m.id, m.kind.leftJustified(11), where.leftJustified(14), last,
                     m.active ? QString() : QStringLiteral("  (inactive)"));
        });
}

int listResidents(CtlContext& ctx, const QCommandLineParser& args)
{
    using Row = ResidentList::Row;
    const ResidentList::Filter filter{args.value(QStringLiteral("search")),
                                      args.isSet(QStringLiteral("active"))};
    return printList<Row>(
        ctx, QStringLiteral("residents"), QStringLiteral("resident(s)"),
        [&](store::Store& s) { return ResidentList(s).list(filter); },
        [](const Row& r) {
            return QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("name"), r.name},
                               {QStringLiteral("phone"), r.phone},
                               {QStringLiteral("bed"), textOrNull(r.bed)},
                               {QStringLiteral("bedId"), textOrNull(r.bedId)},
                               {QStringLiteral("property"), textOrNull(r.property)},
                               {QStringLiteral("stay"), textOrNull(r.stay)},
                               {QStringLiteral("balance"), r.balance.toDecimalString()}};
        },
        [](const Row& r) {
            return QStringLiteral("%1  %2  %3  %4  %5")
                .arg(r.id, r.name.leftJustified(24), r.phone.leftJustified(13),
                     (r.bed.isEmpty() ? QStringLiteral("-") : r.bed).leftJustified(8),
                     rupees(r.balance).rightJustified(12));
        });
}

int listPayments(CtlContext& ctx, const QCommandLineParser& args)
{
    using Row = PaymentList::Row;
    PaymentList::Filter filter{args.value(QStringLiteral("resident")), QDate(), QDate()};
    for (const auto& [field, date] : {std::pair{QStringLiteral("from"), &filter.from},
                                      std::pair{QStringLiteral("to"), &filter.to}}) {
        if (!args.isSet(field))
            continue;
        const auto parsed = parseIsoDate(args.value(field));
        if (!parsed)
            return ctx.badInput(field, parsed.error());
        *date = *parsed;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return ctx.badInput(QStringLiteral("to"), QStringLiteral("is before --from"));
    return printList<Row>(
        ctx, QStringLiteral("payments"), QStringLiteral("payment(s)"),
        [&](store::Store& s) { return PaymentList(s).list(filter); },
        [](const Row& p) {
            return QJsonObject{{QStringLiteral("id"), p.id},
                               {QStringLiteral("receiptNumber"), p.receiptNumber},
                               {QStringLiteral("residentId"), p.residentId},
                               {QStringLiteral("resident"), p.residentName},
                               {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                               {QStringLiteral("amount"), p.amount.toDecimalString()},
                               {QStringLiteral("method"), p.method},
                               {QStringLiteral("reference"), textOrNull(p.reference)},
                               {QStringLiteral("purpose"), p.purpose},
                               {QStringLiteral("status"), p.status},
                               {QStringLiteral("allocated"), p.allocated.toDecimalString()}};
        },
        [](const Row& p) {
            return QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                .arg(p.receiptNumber.leftJustified(16),
                     p.date.toString(QStringLiteral("dd-MM-yyyy")),
                     p.residentName.leftJustified(24), rupees(p.amount).rightJustified(12),
                     p.method.leftJustified(6), p.purpose,
                     p.status == u"reversed" ? QStringLiteral("  (reversed)") : QString());
        });
}

QCommandLineOption propertyFilter()
{
    return valueOption("property", "Only this property's.", "ID");
}

} // namespace

QList<CtlCommand> listCommands()
{
    return {
        {{QStringLiteral("property"), QStringLiteral("list")},
         QStringLiteral("List the properties with their rooms and beds."),
         {},
         listProperties},
        {{QStringLiteral("room"), QStringLiteral("list")},
         QStringLiteral("List rooms: floor, number, beds occupied, meter."),
         {propertyFilter()},
         listRooms},
        {{QStringLiteral("bed"), QStringLiteral("list")},
         QStringLiteral("List beds with their room, rent, status and resident."),
         {propertyFilter(),
          valueOption("status",
                      "Only beds in this state: vacant, occupied, vacating, reserved or "
                      "maintenance.",
                      "STATUS")},
         listBeds},
        {{QStringLiteral("meter"), QStringLiteral("list")},
         QStringLiteral("List meters with their tariff and last reading."),
         {propertyFilter()},
         listMeters},
        {{QStringLiteral("resident"), QStringLiteral("list")},
         QStringLiteral("List residents with their bed and balance."),
         {valueOption("search", "Any part of the name, phone, room or bed (e.g. 101-A).", "TEXT"),
          QCommandLineOption(QStringLiteral("active"),
                             QStringLiteral("Only residents with a current stay."))},
         listResidents},
        {{QStringLiteral("payment"), QStringLiteral("list")},
         QStringLiteral("List payments with their receipt numbers."),
         {valueOption("resident", "Only this resident's.", "ID"),
          valueOption("from", "Received on or after this day, YYYY-MM-DD.", "D"),
          valueOption("to", "Received on or before this day, YYYY-MM-DD.", "D")},
         listPayments},
    };
}

} // namespace rentflow::app
