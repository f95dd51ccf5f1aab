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

struct Previous
{
    QDate date;
    qint64 value = 0;
};

} // namespace

StoreResult<RecordReading::Recorded> RecordReading::run(const ReadingInput& input, QDate today)
{
    InputCheck check;
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
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
    QSqlQuery meter(m_store.database());
    meter.prepare(QStringLiteral(
        "SELECT rollover_at FROM meter WHERE id = ? AND deleted = 0 AND active = 1"));
    meter.addBindValue(input.meterId.trimmed());
    const auto meterRead =
        store::checkedFirstRow(m_store, meter, QStringLiteral("Reading the meter"));
    if (!meterRead)
        return meterRead.error();
    const bool meterFound = meterRead.value();
    check.require(meterFound, QStringLiteral("meter"),
                  QCoreApplication::translate("RecordReading", "no active meter with id '%1'")
                      .arg(input.meterId));
    if (!check.ok())
        return StoreError::invalid(check.errors());
    const QVariant rolloverAt = meter.value(0);

    // The readings before this one, newest first: the previous, and the recent ones for the
    // average.
    QSqlQuery history(m_store.database());
    history.prepare(
        QStringLiteral(
            "SELECT reading_date, value_hundredths FROM meter_reading WHERE meter_id = ? "
            "AND deleted = 0 AND reading_date <= ? ORDER BY reading_date DESC, created_at DESC "
            "LIMIT %1")
            .arg(kAverageOver + 1));
    history.addBindValue(input.meterId.trimmed());
    history.addBindValue(*date);
    if (!history.exec())
        return m_store.error(QStringLiteral("Reading the meter's history"), history);
    QList<Previous> earlier;
    while (history.next())
        earlier.append({QDate::fromString(history.value(0).toString(), Qt::ISODate),
                        history.value(1).toLongLong()});

    qint64 consumption = 0;
    if (!earlier.isEmpty()) {
        const Previous& previous = earlier.first();
        if (previous.date == *date)
            return StoreError::invalid(
                {{QStringLiteral("date"),
                  QCoreApplication::translate("RecordReading", "this meter already has a reading "
                                                               "for %1")
                      .arg(date->toString(QStringLiteral("dd-MM-yyyy")))}});
        if (input.kind == QLatin1String("regular")) {
            if (value->hundredths() < previous.value)
                return StoreError::invalid(
                    {{QStringLiteral("value"),
                      QCoreApplication::translate(
                          "RecordReading",
                          "is below the previous reading (%1 on %2); if the meter rolled over "
                          "or was replaced, say so (kind rollover or replacement)")
                          .arg(Quantity::fromHundredths(previous.value).toString(),
                               previous.date.toString(QStringLiteral("dd-MM-yyyy")))}});
        }
        consumption = meterConsumption(
            previous.value, value->hundredths(), input.kind,
            rolloverAt.isNull() ? std::nullopt : std::optional(rolloverAt.toLongLong()));
        // SPEC §4.4: a spike over three times the recent average asks for confirmation.
        qint64 recentTotal = 0;
        int recentCount = 0;
        for (qsizetype i = 0; i + 1 < earlier.size(); ++i, ++recentCount)
            recentTotal += earlier[i].value - earlier[i + 1].value;
        if (!input.confirmed && recentCount > 0 && recentTotal > 0 &&
            consumption * recentCount > kSpikeFactor * recentTotal)
            return StoreError::invalid(
                {{QStringLiteral("value"),
                  QCoreApplication::translate(
                      "RecordReading",
                      "uses %1 units, over three times the recent average of %2; check the "
                      "value, then confirm it")
                      .arg(Quantity::fromHundredths(consumption).toString(),
                           Quantity::fromHundredths(recentTotal / recentCount).toString())}});
    }

    auto id = store::RecordWriter(m_store).insertAsUnit(
        QStringLiteral("meter_reading"), {{QStringLiteral("meter_id"), input.meterId.trimmed()},
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
