#include "HeldCredit.h"

#include "ledger/PaymentCredit.h"
#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<HeldCredit> HeldCredit::of(store::Store& store, const QString& residentId,
                                              const QString& agreementId)
{
    HeldCredit held;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT p.id, %1 AS free FROM payment p WHERE p.resident_id = ? AND "
                             "p.status = 'received' AND p.purpose = 'dues' AND p.deleted = 0 AND "
                             "free > 0 ORDER BY p.received_on, p.created_at")
                  .arg(paymentFreeSql()));
    q.addBindValue(residentId);
    if (!q.exec())
        return store.error(QStringLiteral("Reading the resident's unused payments"), q);
    Money total;
    while (q.next()) {
        held.payments.append({q.value(0).toString(), Money::fromPaise(q.value(1).toLongLong())});
        total += held.payments.constLast().free;
    }
    if (auto read =
            store::checkedEnd(store, q, QStringLiteral("Reading the resident's unused payments"));
        !read)
        return read.error();
    q.finish();

    q.prepare(QStringLiteral("SELECT c.number, sum(r.amount_paise) FROM credit_note_return r "
                             "JOIN credit_note c ON c.id = r.credit_note_id AND c.deleted = 0 "
                             "JOIN invoice i ON i.id = c.invoice_id WHERE i.agreement_id = ? AND "
                             "r.deleted = 0 GROUP BY c.id ORDER BY c.issue_date, c.number"));
    q.addBindValue(agreementId);
    if (!q.exec())
        return store.error(QStringLiteral("Reading what credit notes gave back"), q);
    Money returned;
    while (q.next()) {
        held.creditNoteNumbers << q.value(0).toString();
        returned += Money::fromPaise(q.value(1).toLongLong());
    }
    if (auto read =
            store::checkedEnd(store, q, QStringLiteral("Reading what credit notes gave back"));
        !read)
        return read.error();
    held.fromCreditNotes = std::min(total, returned);
    held.advance = total - held.fromCreditNotes;
    return held;
}

} // namespace rentflow
