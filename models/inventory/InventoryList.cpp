#include "InventoryList.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

// NULL for "no filter", else the value: `(? IS NULL OR column = ?)`.
QVariant optionalText(const QString& value)
{
    return value.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(value.trimmed());
}

// Rooms and beds in the order a person walks them: by property, then room number
// as a number ("9" before "10"), then bed label.
const QString kRoomOrder = QStringLiteral("p.name, length(r.number), r.number");

} // namespace

store::StoreStatus InventoryList::checkProperty(const QString& propertyId) const
{
    if (propertyId.trimmed().isEmpty())
        return store::Done{};
    return store::requireKnownId(m_store, QStringLiteral("property"), store::RecordKind::Property,
                                 propertyId);
}

StoreResult<QList<InventoryList::PropertyRow>> InventoryList::properties() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT p.id, p.name, p.kind, p.city, p.state_code, coalesce(p.address, ''), "
            "coalesce(p.pincode, ''), "
            "(SELECT count(*) FROM room r WHERE r.property_id = p.id AND r.deleted = 0), "
            "(SELECT count(*) FROM bed b JOIN room r ON r.id = b.room_id WHERE r.property_id = "
            "p.id AND r.deleted = 0 AND b.deleted = 0) "
            "FROM property p WHERE p.deleted = 0 ORDER BY p.name, p.id")))
        return m_store.error(QStringLiteral("Listing properties"), q);
    QList<PropertyRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toInt(), q.value(8).toInt()});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing properties")); !read)
        return read.error();
    return rows;
}

StoreResult<QList<InventoryList::RoomRow>> InventoryList::rooms(const QString& propertyId) const
{
    if (auto known = checkProperty(propertyId); !known)
        return known.error();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT r.id, r.property_id, p.name, f.name, r.number, "
            "(SELECT count(*) FROM bed b WHERE b.room_id = r.id AND b.deleted = 0), "
            "(SELECT count(*) FROM bed b WHERE b.room_id = r.id AND b.deleted = 0 AND b.status = "
            "'occupied'), "
            "coalesce((SELECT m.id FROM meter m WHERE m.room_id = r.id AND m.active = 1 AND "
            "m.deleted = 0 ORDER BY m.created_at DESC LIMIT 1), '') "
            "FROM room r JOIN property p ON p.id = r.property_id JOIN floor f ON f.id = r.floor_id "
            "WHERE r.deleted = 0 AND (? IS NULL OR r.property_id = ?) ORDER BY %1, r.id")
            .arg(kRoomOrder));
    q.addBindValue(optionalText(propertyId));
    q.addBindValue(optionalText(propertyId));
    if (!q.exec())
        return m_store.error(QStringLiteral("Listing rooms"), q);
    QList<RoomRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                     q.value(6).toInt(), q.value(7).toString()});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing rooms")); !read)
        return read.error();
    return rows;
}

StoreResult<QList<InventoryList::BedRow>> InventoryList::beds(const BedFilter& filter) const
{
    static const QStringList kStatuses{QStringLiteral("vacant"), QStringLiteral("occupied"),
                                       QStringLiteral("vacating"), QStringLiteral("reserved"),
                                       QStringLiteral("maintenance")};
    const QString status = filter.status.trimmed();
    if (!status.isEmpty() && !kStatuses.contains(status))
        return StoreError::invalid(
            {{QStringLiteral("status"),
              QCoreApplication::translate("InventoryList", "'%1' is not one of %2")
                  .arg(status, kStatuses.join(QStringLiteral(", ")))}});
    if (auto known = checkProperty(filter.propertyId); !known)
        return known.error();
    // A bed's live stays (to_date NULL): the resident on it, and possibly the next
    // one already booked from the day after a notice; the earliest is the occupant.
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT b.id, r.property_id, r.id, r.number, b.label, b.rent_paise, b.status, "
            "live.status, live.resident_id, live.name "
            "FROM bed b JOIN room r ON r.id = b.room_id JOIN property p ON p.id = r.property_id "
            "LEFT JOIN (SELECT o.bed_id, o.from_date, a.status, a.resident_id, "
            "  trim(res.first_name || ' ' || res.last_name) AS name FROM occupancy o "
            "  JOIN agreement a ON a.id = o.agreement_id JOIN resident res ON res.id = "
            "  a.resident_id WHERE o.deleted = 0 AND o.to_date IS NULL AND a.deleted = 0 AND "
            "  a.status IN ('active', 'notice')) live ON live.bed_id = b.id "
            "WHERE b.deleted = 0 AND r.deleted = 0 AND (? IS NULL OR r.property_id = ?) "
            "ORDER BY %1, b.label, b.id, live.from_date")
            .arg(kRoomOrder));
    q.addBindValue(optionalText(filter.propertyId));
    q.addBindValue(optionalText(filter.propertyId));
    if (!q.exec())
        return m_store.error(QStringLiteral("Listing beds"), q);
    QList<BedRow> rows;
    QSet<QString> seen;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (seen.contains(id))
            continue; // a booking after the occupant's notice: the occupant comes first
        seen.insert(id);
        BedRow row{id,
                   q.value(1).toString(),
                   q.value(2).toString(),
                   q.value(3).toString(),
                   q.value(4).toString(),
                   Money::fromPaise(q.value(5).toLongLong()),
                   q.value(6).toString(),
                   q.value(8).toString(),
                   q.value(9).toString()};
        if (row.status == QLatin1String("occupied") && q.value(7).toString() == u"notice")
            row.status = QStringLiteral("vacating");
        if (status.isEmpty() || row.status == status)
            rows.append(row);
    }
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing beds")); !read)
        return read.error();
    return rows;
}

StoreResult<QList<InventoryList::MeterRow>> InventoryList::meters(const QString& propertyId) const
{
    if (auto known = checkProperty(propertyId); !known)
        return known.error();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.property_id, coalesce(m.room_id, ''), coalesce(r.number, ''), m.kind, "
        "coalesce(m.serial, ''), m.active, m.unit_rate_paise, m.fixed_charge_paise, "
        "last.reading_date, last.value_hundredths "
        "FROM meter m JOIN property p ON p.id = m.property_id LEFT JOIN room r ON r.id = "
        "m.room_id "
        "LEFT JOIN meter_reading last ON last.id = (SELECT x.id FROM meter_reading x WHERE "
        "x.meter_id = m.id AND x.deleted = 0 ORDER BY x.reading_date DESC, x.created_at DESC "
        "LIMIT 1) "
        "WHERE m.deleted = 0 AND (? IS NULL OR m.property_id = ?) "
        "ORDER BY p.name, r.number IS NULL, length(r.number), r.number, m.id"));
    q.addBindValue(optionalText(propertyId));
    q.addBindValue(optionalText(propertyId));
    if (!q.exec())
        return m_store.error(QStringLiteral("Listing meters"), q);
    QList<MeterRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toInt() == 1, Money::fromPaise(q.value(7).toLongLong()),
                     Money::fromPaise(q.value(8).toLongLong()), storedDate(q.value(9)),
                     q.value(10).toLongLong()});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing meters")); !read)
        return read.error();
    return rows;
}

StoreResult<QString> InventoryList::propertyOf(store::RecordKind kind, const QString& id) const
{
    QString sql;
    switch (kind) {
    case store::RecordKind::Property:
        sql = QStringLiteral("SELECT id FROM property WHERE id = ? AND deleted = 0");
        break;
    case store::RecordKind::Room:
        sql = QStringLiteral("SELECT property_id FROM room WHERE id = ? AND deleted = 0");
        break;
    case store::RecordKind::Bed:
        sql = QStringLiteral("SELECT r.property_id FROM bed b JOIN room r ON r.id = b.room_id "
                             "WHERE b.id = ? AND b.deleted = 0 AND r.deleted = 0");
        break;
    case store::RecordKind::Meter:
        sql = QStringLiteral("SELECT property_id FROM meter WHERE id = ? AND deleted = 0");
        break;
    default:
        return StoreError::invalid(
            {{QStringLiteral("id"),
              QCoreApplication::translate("InventoryList",
                                          "is not a property, room, bed or meter")}});
    }
    QSqlQuery q(m_store.database());
    q.prepare(sql);
    q.addBindValue(id.trimmed());
    const auto found =
        store::checkedFirstRow(m_store, q, QStringLiteral("Finding the record's property"));
    if (!found)
        return found.error();
    if (!found.value())
        return StoreError::invalid(
            {{QStringLiteral("id"),
              QCoreApplication::translate("InventoryList", "no such record: '%1'").arg(id)}});
    return q.value(0).toString();
}

} // namespace rentflow
