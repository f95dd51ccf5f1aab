#include "MonthlyRunGuard.h"

#include "domain/FinancialYear.h"
#include "domain/IsoDate.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rentflow {

using store::StoreError;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MonthlyRun", text);
}
} // namespace

store::StoreStatus checkBillingRunDates(store::Store& store, const BillingPeriod& period,
                                        QDate issueDate, QDate today)
{
    FieldErrors errors;
    const BillingPeriod latest = BillingPeriod::containing(today).next();
    if (period > latest)
        errors.append({QStringLiteral("month"),
                       tr("%1 is more than one month ahead of today; the latest month that can "
                          "be billed now is %2")
                           .arg(period.toString(), latest.toString())});
    if (issueDate > today)
        errors.append({QStringLiteral("date"),
                       tr("%1 is in the future (today is %2)")
                           .arg(issueDate.toString(Qt::ISODate), today.toString(Qt::ISODate))});
    else if (issueDate < period.firstDay())
        errors.append(
            {QStringLiteral("date"), tr("%1 is before the month billed, %2")
                                         .arg(issueDate.toString(Qt::ISODate), period.toString())});
    if (!errors.isEmpty())
        return StoreError::invalid(errors);

    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT i.issue_date, i.number FROM invoice i JOIN document_series s ON s.id = "
        "i.series_id WHERE s.kind = 'invoice' AND s.device_id = ? AND s.financial_year = ? "
        "AND s.deleted = 0 AND i.deleted = 0 ORDER BY i.issue_date DESC, i.number DESC LIMIT 1"));
    q.addBindValue(store.deviceId());
    q.addBindValue(FinancialYear::containing(issueDate).label());
    if (!q.exec())
        return store.error(QStringLiteral("Finding the last invoice issued"), q);
    if (q.next() && storedDate(q.value(0)) > issueDate)
        return StoreError::invalid(
            {{QStringLiteral("date"),
              tr("%1 is before %2, the date of invoice %3 already issued; invoice numbers must "
                 "follow their dates")
                  .arg(issueDate.toString(Qt::ISODate), q.value(0).toString(),
                       q.value(1).toString())}});
    return store::Done{};
}

} // namespace rentflow
