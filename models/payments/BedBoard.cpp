#include "BedBoard.h"

#include "domain/IsoDate.h"
#include "ledger/InvoiceBalance.h"
#include "ledger/PaymentCredit.h"
#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<BedBoard::Tile>> BedBoard::read(const QString& propertyId,
                                                         QDate today) const
{
    if (auto known = store::requireKnownId(m_store, QStringLiteral("property"),
                                           store::RecordKind::Property, propertyId.trimmed());
        !known)
        return known.error();
    // A bed's live stays (to_date NULL): the resident on it and possibly the next one,
    // booked from the day after a notice; the earliest is the occupant.
    const QString sql =
        QStringLiteral(
            "SELECT b.id, r.id, r.number, f.name, f.level, r.sharing, b.label, b.rent_paise, "
            "b.deposit_paise, b.status, live.from_date, live.status, live.resident_id, live.name, "
            "(SELECT max(n.intended_move_out) FROM notice n WHERE n.agreement_id = "
            "live.agreement_id "
            "  AND n.withdrawn = 0 AND n.deleted = 0), "
            "CASE WHEN live.resident_id IS NULL THEN 0 ELSE "
            "coalesce((SELECT sum(%1) FROM invoice i WHERE i.resident_id = live.resident_id AND "
            "i.status = 'issued' AND i.deleted = 0), 0) "
            "- coalesce((SELECT sum(%2) FROM payment p WHERE p.resident_id = live.resident_id AND "
            "p.purpose = 'dues' AND p.status = 'received' AND p.deleted = 0), 0) END "
            "FROM bed b JOIN room r ON r.id = b.room_id JOIN floor f ON f.id = r.floor_id "
            "LEFT JOIN (SELECT o.bed_id, o.from_date, a.id AS agreement_id, a.status, "
            "  a.resident_id, trim(res.first_name || ' ' || res.last_name) AS name "
            "  FROM occupancy o JOIN agreement a ON a.id = o.agreement_id "
            "  JOIN resident res ON res.id = a.resident_id "
            "  WHERE o.deleted = 0 AND o.to_date IS NULL AND a.deleted = 0 "
            "  AND a.status IN ('active', 'notice')) live ON live.bed_id = b.id "
            "WHERE r.property_id = ? AND b.deleted = 0 AND r.deleted = 0 "
            "ORDER BY f.level, f.name, length(r.number), r.number, b.label, b.id, "
            "live.from_date")
            .arg(invoiceBalanceSql(), paymentFreeSql());
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(propertyId.trimmed());
    const QString what = QStringLiteral("Reading the bed board");
    if (auto read = store::checkedExec(m_store, q, what); !read)
        return read.error();
    QList<Tile> tiles;
    while (q.next()) {
        const QString bedId = q.value(0).toString();
        if (!tiles.isEmpty() && tiles.last().bedId == bedId) {
            // A booking after the occupant's notice: the occupant came first.
            tiles.last().nextResidentName = q.value(13).toString();
            tiles.last().nextFrom = storedDate(q.value(10));
            tiles.last().availableFrom = {};
            continue;
        }
        Tile tile;
        tile.bedId = bedId;
        tile.roomId = q.value(1).toString();
        tile.roomNumber = q.value(2).toString();
        tile.floorName = q.value(3).toString();
        tile.floorLevel = q.value(4).toInt();
        tile.sharing = q.value(5).toInt();
        tile.label = q.value(6).toString();
        tile.rent = Money::fromPaise(q.value(7).toLongLong());
        tile.deposit = Money::fromPaise(q.value(8).toLongLong());
        tile.status = q.value(9).toString();
        tile.stayFrom = storedDate(q.value(10));
        tile.residentId = q.value(12).toString();
        tile.residentName = q.value(13).toString();
        tile.dues = Money::fromPaise(q.value(15).toLongLong());
        // The stays decide, as of today: the stored status says "reserved" as soon as
        // someone is booked, even while the leaver is still on the bed.
        if (!tile.residentId.isEmpty() && tile.stayFrom > today) {
            tile.status = QStringLiteral("reserved");
        } else if (!tile.residentId.isEmpty() && q.value(11).toString() == u"notice") {
            tile.status = QStringLiteral("vacating");
            tile.vacatingOn = storedDate(q.value(14));
            if (tile.vacatingOn.isValid())
                tile.availableFrom = tile.vacatingOn.addDays(1);
        } else if (!tile.residentId.isEmpty()) {
            tile.status = QStringLiteral("occupied");
        } else if (tile.status == QLatin1String("vacant")) {
            tile.availableFrom = today;
        }
        tiles.append(tile);
    }
    if (auto read = store::checkedEnd(m_store, q, what); !read)
        return read.error();
    return tiles;
}

} // namespace rentflow
