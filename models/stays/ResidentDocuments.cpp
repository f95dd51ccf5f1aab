#include "ResidentDocuments.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<ResidentDocuments::Row>> ResidentDocuments::of(store::Store& store,
                                                                        const QString& residentId)
{
    const QString what = QStringLiteral("Listing the documents issued to the resident");
    // One row per document; `kind` is Kind's value. Each of the 7 parts binds the resident's id.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT 0, id, number, issue_date, total_paise, status FROM invoice "
        "  WHERE resident_id = ? AND deleted = 0 "
        "UNION ALL SELECT CASE p.purpose WHEN 'deposit' THEN 2 ELSE 1 END, p.id, "
        "  coalesce(rc.number, ''), p.received_on, p.amount_paise, p.status FROM payment p "
        "  LEFT JOIN receipt rc ON rc.payment_id = p.id AND rc.deleted = 0 "
        "  WHERE p.resident_id = ? AND p.deleted = 0 "
        "UNION ALL SELECT 3, c.id, c.number, c.issue_date, c.total_paise, '' FROM credit_note c "
        "  JOIN invoice i ON i.id = c.invoice_id WHERE i.resident_id = ? AND c.deleted = 0 "
        "UNION ALL SELECT 4, id, number, issue_date, total_paise, '' FROM debit_note "
        "  WHERE resident_id = ? AND deleted = 0 "
        "UNION ALL SELECT 5, id, '', start_date, rent_paise, status FROM agreement "
        "  WHERE resident_id = ? AND deleted = 0 "
        "UNION ALL SELECT 6, s.id, s.number, s.settlement_date, "
        "  CASE WHEN s.owed_paise > 0 THEN s.owed_paise ELSE s.refund_paise END, '' "
        "  FROM deposit_settlement s JOIN agreement a ON a.id = s.agreement_id "
        "  WHERE a.resident_id = ? AND s.deleted = 0 "
        "UNION ALL SELECT 7, s.id, s.number, s.settlement_date, s.refund_paise, '' "
        "  FROM deposit_settlement s JOIN agreement a ON a.id = s.agreement_id "
        "  WHERE a.resident_id = ? AND s.deleted = 0 AND s.refund_paise > 0 "
        "ORDER BY 4 DESC, 1 DESC, 3 DESC"));
    for (int part = 0; part < 7; ++part)
        q.addBindValue(residentId);
    if (auto read = store::checkedExec(store, q, what); !read)
        return read.error();
    QList<Row> rows;
    while (q.next())
        rows.append({static_cast<Kind>(q.value(0).toInt()), q.value(1).toString(),
                     q.value(2).toString(), storedDate(q.value(3)),
                     Money::fromPaise(q.value(4).toLongLong()), q.value(5).toString()});
    if (auto read = store::checkedEnd(store, q, what); !read)
        return read.error();
    return rows;
}

} // namespace rentflow
