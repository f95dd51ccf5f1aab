#include "LiveStay.h"

#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rentflow {

store::StoreResult<std::optional<LiveStay>> LiveStay::of(store::Store& store,
                                                         const QString& residentId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT a.id, a.property_id, a.status, a.start_date, coalesce((SELECT c.rent_paise FROM "
        "rent_change c WHERE c.agreement_id = a.id AND c.deleted = 0 ORDER BY c.effective_from "
        "DESC, c.created_at DESC LIMIT 1), a.rent_paise), a.deposit_paise, a.notice_days, o.id, "
        "o.bed_id, b.room_id, o.from_date, n.given_on, n.intended_move_out, "
        "a.signed_on "
        "FROM agreement a JOIN occupancy o ON o.agreement_id = a.id AND o.deleted = 0 "
        "AND o.to_date IS NULL JOIN bed b ON b.id = o.bed_id "
        "LEFT JOIN notice n ON n.agreement_id = a.id AND n.withdrawn = 0 AND n.deleted = 0 "
        "WHERE a.resident_id = ? AND a.deleted = 0 AND a.status IN ('active', 'notice') "
        "ORDER BY n.given_on DESC LIMIT 1"));
    q.addBindValue(residentId.trimmed());
    const auto found = store::checkedFirstRow(store, q, QStringLiteral("Reading the stay"));
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<LiveStay>();
    auto date = [&](int column) {
        return storedDate(q.value(column));
    };
    LiveStay stay;
    stay.agreementId = q.value(0).toString();
    stay.propertyId = q.value(1).toString();
    stay.status = q.value(2).toString();
    stay.start = date(3);
    stay.rent = Money::fromPaise(q.value(4).toLongLong());
    stay.deposit = Money::fromPaise(q.value(5).toLongLong());
    stay.noticeDays = q.value(6).toInt();
    stay.occupancyId = q.value(7).toString();
    stay.bedId = q.value(8).toString();
    stay.roomId = q.value(9).toString();
    stay.onBedSince = date(10);
    stay.noticeGiven = date(11);
    stay.intendedMoveOut = date(12);
    stay.signedOn = date(13);
    return std::optional(stay);
}

store::StoreResult<std::optional<LiveStay>>
LiveStay::required(store::Store& store, const QString& residentId, InputCheck& check)
{
    auto stay = of(store, residentId);
    if (stay)
        check.require(stay.value().has_value(), QStringLiteral("resident"),
                      QCoreApplication::translate("LiveStay", "has no current stay (id '%1')")
                          .arg(residentId));
    return stay;
}

} // namespace rentflow
