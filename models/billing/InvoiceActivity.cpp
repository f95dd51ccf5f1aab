#include "InvoiceActivity.h"

#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

namespace {

QDate isoDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

store::StoreResult<QList<InvoiceNoteSummary>> notesOfInvoice(store::Store& store,
                                                             const QString& invoiceId)
{
    if (auto known = store::requireKnownId(store, QStringLiteral("invoice"),
                                           store::RecordKind::Invoice, invoiceId);
        !known)
        return known.error();
    const QString what = QStringLiteral("Reading the invoice's credit and debit notes");
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT 0, id, number, issue_date, reason, total_paise FROM credit_note "
        "WHERE invoice_id = ? AND deleted = 0 "
        "UNION ALL SELECT 1, id, number, issue_date, reason, total_paise FROM debit_note "
        "WHERE invoice_id = ? AND deleted = 0 ORDER BY 1, 4, 3"));
    q.addBindValue(invoiceId);
    q.addBindValue(invoiceId);
    if (auto ran = store::checkedExec(store, q, what); !ran)
        return ran.error();
    QList<InvoiceNoteSummary> notes;
    while (q.next())
        notes.append({q.value(0).toInt() == 0 ? InvoiceNoteSummary::Kind::Credit
                                              : InvoiceNoteSummary::Kind::Debit,
                      q.value(1).toString(), q.value(2).toString(), isoDate(q.value(3)),
                      q.value(4).toString(), Money::fromPaise(q.value(5).toLongLong())});
    if (auto read = store::checkedEnd(store, q, what); !read)
        return read.error();
    return notes;
}

store::StoreResult<QList<InvoiceAllocationSummary>> allocationsOfInvoice(store::Store& store,
                                                                         const QString& invoiceId)
{
    if (auto known = store::requireKnownId(store, QStringLiteral("invoice"),
                                           store::RecordKind::Invoice, invoiceId);
        !known)
        return known.error();
    const QString what = QStringLiteral("Reading the payments of the invoice");
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.received_on, p.method, coalesce(p.reference, ''), "
        "coalesce((SELECT r.number FROM receipt r WHERE r.payment_id = p.id AND r.deleted = 0), "
        "''), a.amount_paise, a.reversed "
        "FROM payment_allocation a JOIN payment p ON p.id = a.payment_id "
        "WHERE a.invoice_id = ? AND a.deleted = 0 ORDER BY p.received_on, a.created_at"));
    q.addBindValue(invoiceId);
    if (auto ran = store::checkedExec(store, q, what); !ran)
        return ran.error();
    QList<InvoiceAllocationSummary> allocations;
    while (q.next())
        allocations.append({q.value(0).toString(), isoDate(q.value(1)), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(),
                            Money::fromPaise(q.value(5).toLongLong()), q.value(6).toInt() != 0});
    if (auto read = store::checkedEnd(store, q, what); !read)
        return read.error();
    return allocations;
}

store::StoreResult<QList<ChargeSummary>> chargesOfResident(store::Store& store,
                                                           const QString& residentId)
{
    if (auto known = store::requireKnownId(store, QStringLiteral("resident"),
                                           store::RecordKind::Resident, residentId);
        !known)
        return known.error();
    const QString what = QStringLiteral("Reading the resident's charges");
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.kind, c.description, c.amount_paise, c.charge_date, "
                             "coalesce(c.invoice_id, ''), coalesce(i.number, ''), c.waived, "
                             "coalesce(c.waiver_reason, '') "
                             "FROM charge c LEFT JOIN invoice i ON i.id = c.invoice_id "
                             "WHERE c.resident_id = ? AND c.deleted = 0 ORDER BY c.charge_date "
                             "DESC, c.created_at DESC"));
    q.addBindValue(residentId);
    if (auto ran = store::checkedExec(store, q, what); !ran)
        return ran.error();
    QList<ChargeSummary> charges;
    while (q.next())
        charges.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        Money::fromPaise(q.value(3).toLongLong()), isoDate(q.value(4)),
                        q.value(5).toString(), q.value(6).toString(), q.value(7).toInt() != 0,
                        q.value(8).toString()});
    if (auto read = store::checkedEnd(store, q, what); !read)
        return read.error();
    return charges;
}

} // namespace rentflow
