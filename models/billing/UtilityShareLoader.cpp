#include "UtilityShareLoader.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"
#include "utilities/IntervalSplit.h"
#include "utilities/UtilityMath.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace rentflow {

using store::StoreResult;

namespace {

QString shortDate(QDate date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

struct Meter
{
    QString propertyId;
    QString roomId; // empty: a common-area meter
    QString kind;
    QString roomNumber;
    std::optional<qint64> rolloverAt;
    Tariff tariff;
};

struct Interval // the days between two readings of one meter: (from, to]
{
    QString readingId;
    QString meterId;
    QDate previousDate, date;
    qint64 previousValue = 0, value = 0;
    QString kind;
};

struct Stay // one occupancy row, cut at the move-out day
{
    QString agreementId;
    QDate from, to; // to invalid: still there
};

int overlapDays(const Stay& stay, QDate from, QDate to)
{
    const QDate start = std::max(stay.from, from);
    const QDate end = stay.to.isValid() ? std::min(stay.to, to) : to;
    return end < start ? 0 : int(start.daysTo(end)) + 1;
}

QString meterName(const Meter& meter)
{
    const QString what = meter.kind == QLatin1String("water") ? QStringLiteral("Water")
                         : meter.kind == QLatin1String("gas") ? QStringLiteral("Gas")
                                                              : QStringLiteral("Electricity");
    return meter.roomId.isEmpty() ? QStringLiteral("%1, common areas").arg(what)
                                  : QStringLiteral("%1, room %2").arg(what, meter.roomNumber);
}

} // namespace

StoreResult<QHash<QString, QList<UtilityShare>>> UtilityShareLoader::unbilled(QDate since,
                                                                              QDate through)
{
    QSqlDatabase db = m_store.database();
    QHash<QString, QList<UtilityShare>> shares;

    QHash<QString, Meter> meters;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT m.id, m.property_id, coalesce(m.room_id, ''), m.kind, m.unit_rate_paise, "
            "m.fixed_charge_paise, m.rollover_at, coalesce(r.number, '') FROM meter m "
            "LEFT JOIN room r ON r.id = m.room_id WHERE m.deleted = 0")))
        return m_store.error(QStringLiteral("Reading the meters"), q);
    while (q.next()) {
        Meter& meter = meters[q.value(0).toString()];
        meter.propertyId = q.value(1).toString();
        meter.roomId = q.value(2).toString();
        meter.kind = q.value(3).toString();
        meter.tariff.unitRate = Money::fromPaise(q.value(4).toLongLong());
        meter.tariff.fixedCharge = Money::fromPaise(q.value(5).toLongLong());
        if (!q.value(6).isNull())
            meter.rolloverAt = q.value(6).toLongLong();
        meter.roomNumber = q.value(7).toString();
    }
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading the meters")); !read)
        return read.error();
    if (!q.exec(QStringLiteral("SELECT meter_id, upto_units, rate_paise FROM meter_slab "
                               "WHERE deleted = 0 ORDER BY meter_id, upto_units IS NULL, "
                               "upto_units")))
        return m_store.error(QStringLiteral("Reading the meter tariffs"), q);
    while (q.next())
        if (auto meter = meters.find(q.value(0).toString()); meter != meters.end())
            meter->tariff.slabs.append(
                {q.value(1).isNull() ? std::nullopt : std::optional(q.value(1).toLongLong()),
                 Money::fromPaise(q.value(2).toLongLong())});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading the meter tariffs"));
        !read)
        return read.error();

    // Each reading in the window with the one before it.
    QList<Interval> intervals;
    q.prepare(QStringLiteral(
        "SELECT r.id, r.meter_id, r.reading_date, r.value_hundredths, r.kind, p.reading_date, "
        "p.value_hundredths FROM meter_reading r "
        "JOIN meter_reading p ON p.id = (SELECT x.id FROM meter_reading x WHERE x.meter_id = "
        "r.meter_id AND x.deleted = 0 AND x.reading_date < r.reading_date "
        "ORDER BY x.reading_date DESC, x.created_at DESC LIMIT 1) "
        "WHERE r.deleted = 0 AND r.reading_date > ? AND r.reading_date <= ? "
        "ORDER BY r.meter_id, r.reading_date"));
    q.addBindValue(since);
    q.addBindValue(through);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading the meter readings"), q);
    while (q.next())
        intervals.append({q.value(0).toString(), q.value(1).toString(), storedDate(q.value(5)),
                          storedDate(q.value(2)), q.value(6).toLongLong(), q.value(3).toLongLong(),
                          q.value(4).toString()});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading the meter readings"));
        !read)
        return read.error();
    if (intervals.isEmpty())
        return shares;

    // Who held a bed where, over the window and the intervals reaching back before it.
    QDate firstDay = since;
    for (const Interval& interval : std::as_const(intervals))
        firstDay = std::min(firstDay, interval.previousDate.addDays(1));
    QHash<QString, QList<Stay>> byRoom, byProperty;
    q.prepare(QStringLiteral(
        "SELECT o.agreement_id, o.from_date, o.to_date, a.move_out_date, b.room_id, "
        "a.property_id FROM occupancy o JOIN agreement a ON a.id = o.agreement_id "
        "JOIN bed b ON b.id = o.bed_id WHERE o.deleted = 0 AND a.deleted = 0 "
        "AND a.status <> 'cancelled' AND o.from_date <= ? AND (o.to_date IS NULL OR o.to_date "
        ">= ?) ORDER BY o.agreement_id, o.from_date"));
    q.addBindValue(through);
    q.addBindValue(firstDay);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading who stayed where"), q);
    while (q.next()) {
        Stay stay{q.value(0).toString(), storedDate(q.value(1)), storedDate(q.value(2))};
        const QDate moveOut = storedDate(q.value(3));
        if (moveOut.isValid() && (!stay.to.isValid() || moveOut < stay.to))
            stay.to = moveOut;
        byRoom[q.value(4).toString()].append(stay);
        byProperty[q.value(5).toString()].append(stay);
    }
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading who stayed where"));
        !read)
        return read.error();

    QHash<QString, bool> perHead; // property → split equally per head
    if (!q.exec(QStringLiteral("SELECT id, utility_split FROM property WHERE deleted = 0")))
        return m_store.error(QStringLiteral("Reading the properties"), q);
    while (q.next())
        perHead.insert(q.value(0).toString(), q.value(1).toString() == QLatin1String("head"));
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading the properties")); !read)
        return read.error();

    QHash<QString, int> bedsInRoom, bedsInProperty; // the beds under each meter
    if (!q.exec(QStringLiteral("SELECT b.room_id, r.property_id, count(*) FROM bed b JOIN room r "
                               "ON r.id = b.room_id WHERE b.deleted = 0 AND r.deleted = 0 "
                               "GROUP BY b.room_id, r.property_id")))
        return m_store.error(QStringLiteral("Counting the beds"), q);
    while (q.next()) {
        bedsInRoom[q.value(0).toString()] += q.value(2).toInt();
        bedsInProperty[q.value(1).toString()] += q.value(2).toInt();
    }
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Counting the beds")); !read)
        return read.error();

    QSet<QString> billed; // agreement id + reading id
    q.prepare(QStringLiteral(
        "SELECT i.agreement_id, l.source_id FROM invoice_line l JOIN invoice i ON i.id = "
        "l.invoice_id WHERE l.kind = 'utility' AND l.deleted = 0 AND i.status = 'issued' "
        "AND i.deleted = 0 AND l.source_id IN (SELECT id FROM meter_reading WHERE "
        "reading_date > ? AND reading_date <= ?)"));
    q.addBindValue(since);
    q.addBindValue(through);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading the utility shares already billed"), q);
    while (q.next())
        billed.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
    if (auto read = store::checkedEnd(m_store, q,
                                      QStringLiteral("Reading the utility shares already billed"));
        !read)
        return read.error();

    for (const Interval& interval : std::as_const(intervals)) {
        const auto meter = meters.constFind(interval.meterId);
        if (meter == meters.cend())
            continue;
        const bool common = meter->roomId.isEmpty();
        const QDate from = interval.previousDate.addDays(1);
        const QList<Stay>& around =
            common ? byProperty.value(meter->propertyId) : byRoom.value(meter->roomId);
        // Days per agreement, in a stable order (a transfer within the room is one stay).
        std::map<QString, qint64> days;
        for (const Stay& stay : around)
            if (const int d = overlapDays(stay, from, interval.date); d > 0)
                days[stay.agreementId] += d;
        if (days.empty())
            continue; // an empty room's consumption is the operator's
        IntervalSplit::Input input;
        input.unitsHundredths = meterConsumption(interval.previousValue, interval.value,
                                                 interval.kind, meter->rolloverAt);
        const Quantity units = Quantity::fromHundredths(input.unitsHundredths);
        input.charge = meter->tariff.charge(units);
        input.days = int(from.daysTo(interval.date)) + 1;
        input.beds =
            common ? bedsInProperty.value(meter->propertyId) : bedsInRoom.value(meter->roomId);
        input.perHead = perHead.value(meter->propertyId);
        for (const auto& [agreement, d] : days)
            input.stayDays.append(d);
        const IntervalSplit split = IntervalSplit::of(input);
        const QString reading =
            QStringLiteral("Reading %1 → %2 = %3 = ₹%4")
                .arg(Quantity::fromHundredths(interval.previousValue).toString(),
                     Quantity::fromHundredths(interval.value).toString(),
                     meter->tariff.describe(units), input.charge.toIndianString());
        const QString period =
            QStringLiteral("%1 to %2").arg(shortDate(from), shortDate(interval.date));
        qsizetype k = 0;
        for (const auto& [agreement, d] : days) {
            const IntervalSplit::Part part = split.stays[k++];
            if (part.amount.isZero() ||
                billed.contains(agreement + QLatin1Char('|') + interval.readingId))
                continue;
            const QString yours =
                QStringLiteral("%1 units, ₹%2")
                    .arg(Quantity::fromHundredths(part.unitsHundredths).toString(),
                         part.amount.toIndianString());
            QString shareText;
            if (input.perHead) {
                shareText = QStringLiteral("split equally among %1 residents: your share %2")
                                .arg(days.size())
                                .arg(yours);
            } else {
                shareText = QStringLiteral("%1 days × %2 beds%3 = %4 bed-days; your %5 days = %6")
                                .arg(input.days)
                                .arg(input.beds)
                                .arg(common ? QStringLiteral(" of the property") : QString())
                                .arg(split.bedDays)
                                .arg(d)
                                .arg(yours);
                if (split.emptyDays > 0)
                    shareText += QStringLiteral("; %1 empty bed-days are the operator's")
                                     .arg(split.emptyDays);
            }
            shares[agreement].append({interval.readingId,
                                      QStringLiteral("%1, %2").arg(meterName(*meter), period),
                                      QStringLiteral("%1; %2: %3").arg(reading, period, shareText),
                                      part.amount, part.unitsHundredths, from, interval.date});
        }
    }
    return shares;
}

} // namespace rentflow
