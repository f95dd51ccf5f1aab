#include "ReadingRegister.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"
#include "utilities/UtilityMath.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<ReadingRegister::Row>>
ReadingRegister::readings(const ExportPeriod& period) const
{
    const QString what = QStringLiteral("Reading the meter readings to export");
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.id, m.id, m.kind, coalesce(m.serial, ''), p.name, coalesce(rm.number, ''), "
        "r.reading_date, r.value_hundredths, r.kind, m.rollover_at, "
        "(SELECT b.value_hundredths FROM meter_reading b WHERE b.meter_id = r.meter_id "
        "  AND b.deleted = 0 AND b.reading_date < r.reading_date "
        "  ORDER BY b.reading_date DESC LIMIT 1) "
        "FROM meter_reading r JOIN meter m ON m.id = r.meter_id "
        "JOIN property p ON p.id = m.property_id LEFT JOIN room rm ON rm.id = m.room_id "
        "WHERE r.deleted = 0 AND r.reading_date BETWEEN ? AND ? "
        "ORDER BY p.name, rm.number, m.id, r.reading_date"));
    q.addBindValue(period.from.toString(Qt::ISODate));
    q.addBindValue(period.to.toString(Qt::ISODate));
    if (auto ran = store::checkedExec(m_store, q, what); !ran)
        return ran.error();
    QList<Row> rows;
    while (q.next()) {
        Row row{q.value(0).toString(),  q.value(1).toString(),
                q.value(2).toString(),  q.value(3).toString(),
                q.value(4).toString(),  q.value(5).toString(),
                storedDate(q.value(6)), q.value(7).toLongLong(),
                q.value(8).toString(),  std::nullopt};
        if (!q.value(10).isNull()) {
            const std::optional<qint64> rollover =
                q.value(9).isNull() ? std::nullopt : std::optional<qint64>(q.value(9).toLongLong());
            row.consumptionHundredths =
                meterConsumption(q.value(10).toLongLong(), row.valueHundredths, row.kind, rollover);
        }
        rows.append(row);
    }
    if (auto read = store::checkedEnd(m_store, q, what); !read)
        return read.error();
    return rows;
}

} // namespace rentflow
