#include "RecordReading.h"

#include "UtilityMath.h"

#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

struct Neighbour
{
    QString id;
    QDate date;
    qint64 value = 0;
    QString kind;
};

QString dayText(QDate date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

StoreError refuse(const QString& field, const QString& message)
{
    return StoreError::invalid({{field, message}});
}

} // namespace

StoreResult<RecordReading::Recorded> RecordReading::run(const ReadingInput& input, QDate today)
{
    m_needsConfirmation = false;
    InputCheck check;
    const auto date = check.required<QDate>(QStringLiteral("date"), input.date, &parseIsoDate);
    if (date)
        check.require(*date <= today, QStringLiteral("date"),
                      QCoreApplication::translate("RecordReading",
                                                  "a reading cannot be taken in the future"));
    const auto value =
        check.required<Quantity>(QStringLiteral("value"), input.value, &Quantity::parse);
    static const QStringList kinds = {QStringLiteral("regular"), QStringLiteral("rollover"),
                                      QStringLiteral("replacement")};
    check.require(
        kinds.contains(input.kind), QStringLiteral("kind"),
        QCoreApplication::translate("RecordReading", "is regular, rollover or replacement"));
    const QString meterId = input.meterId.trimmed();

    // Every check on the meter's readings runs in the transaction that writes the new one.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    QSqlQuery meter(m_store.database());
    meter.prepare(QStringLiteral(
        "SELECT rollover_at FROM meter WHERE id = ? AND deleted = 0 AND active = 1"));
    meter.addBindValue(meterId);
    if (!meter.exec())
        return m_store.error(QStringLiteral("Finding the meter"), meter);
    const bool meterFound = meter.next();
    check.require(meterFound, QStringLiteral("meter"),
                  QCoreApplication::translate("RecordReading", "no active meter with id '%1'")
                      .arg(input.meterId));
    if (!check.ok())
        return StoreError::invalid(check.errors());
    const std::optional<qint64> rolloverAt =
        meter.value(0).isNull() ? std::nullopt : std::optional(meter.value(0).toLongLong());

    // The readings up to this day, newest first: the previous one, and the recent ones for the
    // average (a replacement among them measures nothing, so a few more are read).
    QSqlQuery history(m_store.database());
    history.prepare(QStringLiteral("SELECT id, reading_date, value_hundredths, kind FROM "
                                   "meter_reading WHERE meter_id = ? AND deleted = 0 AND "
                                   "reading_date <= ? ORDER BY reading_date DESC, created_at DESC "
                                   "LIMIT %1")
                        .arg(2 * kAverageOver + 2));
    history.addBindValue(meterId);
    history.addBindValue(*date);
    if (!history.exec())
        return m_store.error(QStringLiteral("Reading the meter's history"), history);
    QList<Neighbour> earlier;
    while (history.next())
        earlier.append({history.value(0).toString(), storedDate(history.value(1)),
                        history.value(2).toLongLong(), history.value(3).toString()});
    if (auto read =
            store::checkedEnd(m_store, history, QStringLiteral("Reading the meter's history"));
        !read)
        return read.error();
    QSqlQuery after(m_store.database());
    after.prepare(QStringLiteral(
        "SELECT id, reading_date, value_hundredths, kind FROM meter_reading WHERE meter_id = ? "
        "AND deleted = 0 AND reading_date > ? ORDER BY reading_date, created_at LIMIT 1"));
    after.addBindValue(meterId);
    after.addBindValue(*date);
    if (!after.exec())
        return m_store.error(QStringLiteral("Reading the meter's next reading"), after);
    std::optional<Neighbour> next;
    if (after.next())
        next = Neighbour{after.value(0).toString(), storedDate(after.value(1)),
                         after.value(2).toLongLong(), after.value(3).toString()};

    const std::optional<Neighbour> previous =
        earlier.isEmpty() ? std::nullopt : std::optional(earlier.first());
    if (previous && previous->date == *date)
        return refuse(
            QStringLiteral("date"),
            QCoreApplication::translate("RecordReading", "this meter already has a reading for %1")
                .arg(dayText(*date)));
    if (previous && input.kind == QLatin1String("regular") && value->hundredths() < previous->value)
        return refuse(QStringLiteral("value"),
                      QCoreApplication::translate(
                          "RecordReading",
                          "is below the previous reading (%1 on %2); if the meter rolled over "
                          "or was replaced, say so (kind rollover or replacement)")
                          .arg(Quantity::fromHundredths(previous->value).toString(),
                               dayText(previous->date)));
    if (next) {
        // A later reading that continues this register must not be below this one.
        const bool nextStartsAgain =
            next->kind == QLatin1String("rollover") || next->kind == QLatin1String("replacement");
        if (!nextStartsAgain && value->hundredths() > next->value)
            return refuse(
                QStringLiteral("value"),
                QCoreApplication::translate("RecordReading",
                                            "is above the next reading (%1 on %2); readings "
                                            "must rise with their dates")
                    .arg(Quantity::fromHundredths(next->value).toString(), dayText(next->date)));
        // The days up to the next reading may be billed already: a reading among them would
        // split them again and bill them twice.
        QSqlQuery billed(m_store.database());
        billed.prepare(QStringLiteral(
            "SELECT i.number FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id WHERE "
            "l.kind = 'utility' AND l.source_id = ? AND l.deleted = 0 AND i.status = 'issued' "
            "AND i.deleted = 0 ORDER BY i.number LIMIT 1"));
        billed.addBindValue(next->id);
        if (!billed.exec())
            return m_store.error(QStringLiteral("Finding invoices that billed the meter"), billed);
        if (billed.next())
            return refuse(
                QStringLiteral("date"),
                QCoreApplication::translate(
                    "RecordReading",
                    "falls in %1 to %2, which invoice %3 has already billed; date the reading "
                    "after %2, or cancel the invoices that billed those days first")
                    .arg(previous ? dayText(previous->date.addDays(1))
                                  : QCoreApplication::translate("RecordReading", "the start"),
                         dayText(next->date), billed.value(0).toString()));
    }

    qint64 consumption = 0;
    if (previous) {
        consumption =
            meterConsumption(previous->value, value->hundredths(), input.kind, rolloverAt);
        // SPEC §4.4: a spike over three times the recent average asks for confirmation. The
        // recent periods are measured as billing measures them (through a rollover); the one
        // ending at a replacement measured nothing and is left out of the average.
        qint64 recentTotal = 0;
        int recentCount = 0;
        for (qsizetype i = 0; i + 1 < earlier.size() && recentCount < kAverageOver; ++i) {
            if (earlier[i].kind == QLatin1String("replacement"))
                continue;
            recentTotal += meterConsumption(earlier[i + 1].value, earlier[i].value, earlier[i].kind,
                                            rolloverAt);
            ++recentCount;
        }
        if (!input.confirmed && recentCount > 0 && recentTotal > 0 &&
            consumption * recentCount > kSpikeFactor * recentTotal) {
            m_needsConfirmation = true;
            return refuse(QStringLiteral("value"),
                          QCoreApplication::translate(
                              "RecordReading",
                              "uses %1 units, over three times the recent average of %2; check "
                              "the value, then confirm it")
                              .arg(Quantity::fromHundredths(consumption).toString(),
                                   Quantity::fromHundredths(recentTotal / recentCount).toString()));
        }
    }

    auto id = store::RecordWriter(m_store).insert(
        QStringLiteral("meter_reading"), {{QStringLiteral("meter_id"), meterId},
                                          {QStringLiteral("reading_date"), *date},
                                          {QStringLiteral("value_hundredths"), value->hundredths()},
                                          {QStringLiteral("kind"), input.kind}});
    if (!id)
        return id.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return Recorded{id.value(), Quantity::fromHundredths(consumption)};
}

} // namespace rentflow
