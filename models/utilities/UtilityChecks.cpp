#include "UtilityChecks.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace rentflow {

namespace {

QString dayText(QDate date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

// One meter interval as it was billed: the reading that closed it and the days
// the lines say they bill.
struct Billed
{
    QString meterName;
    QString readingId;
    QDate from, to;
    QStringList invoices;
};

QString meterName(const QString& kind, const QString& room)
{
    const QString what = kind == QLatin1String("water") ? QStringLiteral("Water")
                         : kind == QLatin1String("gas") ? QStringLiteral("Gas")
                                                        : QStringLiteral("Electricity");
    return room.isEmpty() ? QStringLiteral("%1, common areas").arg(what)
                          : QStringLiteral("%1, room %2").arg(what, room);
}

QString daysText(const Billed& billed)
{
    return QStringLiteral("%1 to %2 (%3)")
        .arg(dayText(billed.from), dayText(billed.to), billed.invoices.join(QStringLiteral(", ")));
}

// The days a utility line billed before schema v6 that the migration could not establish
// (a reading was entered or deleted inside its interval since): the days its description
// names, in the only wording those versions wrote ("…, 01-11-2026 to 30-11-2026"), else the
// day after the reading before it now to the reading's day.
std::pair<QDate, QDate> daysBeforeV6(const QString& description, QDate previousReading,
                                     QDate reading)
{
    static const QRegularExpression days(
        QStringLiteral("(\\d{2}-\\d{2}-\\d{4}) to (\\d{2}-\\d{2}-\\d{4})$"));
    if (const auto match = days.match(description); match.hasMatch())
        return {QDate::fromString(match.captured(1), QStringLiteral("dd-MM-yyyy")),
                QDate::fromString(match.captured(2), QStringLiteral("dd-MM-yyyy"))};
    return {previousReading.isValid() ? previousReading.addDays(1) : reading, reading};
}

} // namespace

store::StoreResult<QStringList> UtilityChecks::intervalsBilledTwice(store::Store& store)
{
    // Every utility line on an issued invoice, with the days it bills (schema v6), its reading,
    // its meter, and for lines billed before v6 whose days the migration could not establish,
    // the description and the reading before it now.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT l.source_id, l.period_from, l.period_to, i.number, "
            "coalesce(i.agreement_id, ''), r.meter_id, m.kind, coalesce(rm.number, ''), "
            "r.reading_date, CASE WHEN l.period_to IS NULL THEN l.description END, "
            "CASE WHEN l.period_to IS NULL THEN (SELECT max(p.reading_date) FROM meter_reading "
            "p WHERE p.meter_id = r.meter_id AND p.deleted = 0 AND p.reading_date < "
            "r.reading_date) END FROM invoice_line l "
            "JOIN invoice i ON i.id = l.invoice_id JOIN meter_reading r ON r.id = l.source_id "
            "JOIN meter m ON m.id = r.meter_id LEFT JOIN room rm ON rm.id = m.room_id "
            "WHERE l.kind = 'utility' AND l.deleted = 0 AND i.status = 'issued' AND "
            "i.deleted = 0 ORDER BY r.meter_id, r.reading_date, i.number")))
        return store.error(QStringLiteral("Reading the billed utility shares"), q);

    QMap<QString, QList<Billed>> byMeter;         // meter → distinct billed intervals
    QHash<QString, QStringList> byStayAndReading; // agreement|reading → invoices
    QHash<QString, QString> intervalOf;           // agreement|reading → days text
    while (q.next()) {
        const QString readingId = q.value(0).toString();
        const bool hasPeriod = !q.value(1).isNull() && !q.value(2).isNull();
        const auto [from, to] = hasPeriod
                                    ? std::pair(storedDate(q.value(1)), storedDate(q.value(2)))
                                    : daysBeforeV6(q.value(9).toString(), storedDate(q.value(10)),
                                                   storedDate(q.value(8)));
        const QString number = q.value(3).toString();
        QList<Billed>& intervals = byMeter[q.value(5).toString()];
        auto same = std::find_if(intervals.begin(), intervals.end(), [&](const Billed& b) {
            return b.readingId == readingId && b.from == from && b.to == to;
        });
        if (same == intervals.end()) {
            intervals.append(
                {meterName(q.value(6).toString(), q.value(7).toString()), readingId, from, to, {}});
            same = intervals.end() - 1;
        }
        if (!same->invoices.contains(number))
            same->invoices.append(number);
        const QString key = q.value(4).toString() + QLatin1Char('|') + readingId;
        byStayAndReading[key].append(number);
        intervalOf.insert(key, same->meterName + QStringLiteral(", ") + dayText(from) +
                                   QStringLiteral(" to ") + dayText(to));
    }
    if (auto read =
            store::checkedEnd(store, q, QStringLiteral("Reading the billed utility shares"));
        !read)
        return read.error();

    QStringList problems;
    for (auto it = byMeter.begin(); it != byMeter.end(); ++it) {
        QList<Billed>& intervals = it.value();
        std::sort(intervals.begin(), intervals.end(), [](const Billed& a, const Billed& b) {
            return std::pair(a.from, a.invoices.value(0)) < std::pair(b.from, b.invoices.value(0));
        });
        for (qsizetype i = 0; i < intervals.size(); ++i)
            for (qsizetype j = i + 1; j < intervals.size() && intervals[j].from <= intervals[i].to;
                 ++j)
                problems.append(QStringLiteral("%1: %2 and %3 bill the same days' units twice")
                                    .arg(intervals[i].meterName, daysText(intervals[i]),
                                         daysText(intervals[j])));
    }
    for (auto it = byStayAndReading.cbegin(); it != byStayAndReading.cend(); ++it)
        if (it.value().size() > 1)
            problems.append(QStringLiteral("%1: billed to the same stay %2 times (%3)")
                                .arg(intervalOf.value(it.key()))
                                .arg(it.value().size())
                                .arg(it.value().join(QStringLiteral(", "))));
    std::sort(problems.begin(), problems.end());
    return problems;
}

} // namespace rentflow
