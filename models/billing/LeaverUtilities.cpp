#include "LeaverUtilities.h"

#include "StayFactsLoader.h"
#include "UtilityShareLoader.h"
#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<StayFacts>> LeaverUtilities::unbilled(BillingPeriod period, QDate through,
                                                               const QSet<QString>& inRun)
{
    const QDate since = UtilityShareLoader::sinceFor(period);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // The earliest day an interval ending in the window starts after: a stay that ended on or
    // before it has no day in any of them.
    q.prepare(QStringLiteral(
        "SELECT min((SELECT max(p.reading_date) FROM meter_reading p WHERE p.meter_id = "
        "r.meter_id AND p.deleted = 0 AND p.reading_date < r.reading_date)) FROM meter_reading r "
        "WHERE r.deleted = 0 AND r.reading_date > ? AND r.reading_date <= ?"));
    q.addBindValue(since);
    q.addBindValue(through);
    if (!q.exec() || !q.next())
        return m_store.error(QStringLiteral("Finding the readings to bill"), q);
    const QDate earliest = storedDate(q.value(0));
    if (!earliest.isValid())
        return QList<StayFacts>(); // no interval ends in the window
    q.finish();
    q.prepare(
        QStringLiteral("SELECT ") + StayFactsLoader::kStayColumns +
        QStringLiteral(" FROM agreement a JOIN resident r ON r.id = a.resident_id "
                       "WHERE a.deleted = 0 AND a.status = 'ended' AND a.move_out_date > ? "
                       "AND a.move_out_date <= ? ORDER BY a.property_id, a.move_out_date, a.id"));
    q.addBindValue(earliest);
    q.addBindValue(through);
    if (!q.exec())
        return m_store.error(QStringLiteral("Finding stays that ended before a reading"), q);
    QList<StayFacts> ended;
    while (q.next()) {
        if (inRun.contains(q.value(0).toString()))
            continue;
        ended.append(StayFactsLoader::stayFromRow(q));
    }
    if (auto read = store::checkedEnd(m_store, q,
                                      QStringLiteral("Finding stays that ended before a reading"));
        !read)
        return read.error();
    if (ended.isEmpty())
        return ended; // no meter work when nobody left in the window
    auto shares = UtilityShareLoader(m_store).unbilled(since, through);
    if (!shares)
        return shares.error();
    QList<StayFacts> owing;
    for (StayFacts& stay : ended) {
        stay.utilities = shares.value().value(stay.agreementId);
        if (!stay.utilities.isEmpty())
            owing.append(stay);
    }
    return owing;
}

} // namespace rentflow
