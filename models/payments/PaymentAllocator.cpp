#include "PaymentAllocator.h"

#include "billing/InvoiceBalance.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

namespace {

struct Open
{
    QString id;
    QString number;
    Money remaining;
};

} // namespace

store::StoreResult<QList<PaymentAllocator::Allocation>>
PaymentAllocator::allocate(const QString& residentId)
{
    QSqlQuery& credit = m_store.prepared(QStringLiteral(
        "SELECT p.id, p.amount_paise - coalesce((SELECT sum(a.amount_paise) FROM "
        "payment_allocation a "
        "  WHERE a.payment_id = p.id AND a.reversed = 0 AND a.deleted = 0), 0) AS free "
        "FROM payment p WHERE p.resident_id = ? AND p.status = 'received' AND p.purpose = 'dues' "
        "AND p.deleted = 0 "
        "AND free > 0 ORDER BY p.received_on, p.created_at"));
    credit.addBindValue(residentId);
    if (!credit.exec())
        return m_store.error(QStringLiteral("Reading payments"), credit);
    QList<Open> payments;
    while (credit.next())
        payments.append({credit.value(0).toString(), QString(),
                         Money::fromPaise(credit.value(1).toLongLong())});
    credit.finish();
    if (payments.isEmpty())
        return QList<Allocation>();

    QSqlQuery& due = m_store.prepared(
        QStringLiteral(
            "SELECT i.id, i.number, %1 "
            "  AS balance "
            "FROM invoice i WHERE i.resident_id = ? AND i.status = 'issued' AND i.deleted = 0 AND "
            "balance > 0 "
            "ORDER BY i.issue_date, i.number")
            .arg(invoiceBalanceSql()));
    due.addBindValue(residentId);
    if (!due.exec())
        return m_store.error(QStringLiteral("Reading open invoices"), due);
    QList<Open> invoices;
    while (due.next())
        invoices.append({due.value(0).toString(), due.value(1).toString(),
                         Money::fromPaise(due.value(2).toLongLong())});
    due.finish();

    QList<Allocation> made;
    store::RecordWriter writer(m_store);
    qsizetype p = 0, i = 0;
    while (p < payments.size() && i < invoices.size()) {
        const Money amount = std::min(payments[p].remaining, invoices[i].remaining);
        auto written = writer.insert(QStringLiteral("payment_allocation"),
                                     {{QStringLiteral("payment_id"), payments[p].id},
                                      {QStringLiteral("invoice_id"), invoices[i].id},
                                      {QStringLiteral("amount_paise"), amount.paise()}});
        if (!written)
            return written.error();
        made.append({payments[p].id, invoices[i].id, invoices[i].number, amount});
        payments[p].remaining -= amount;
        invoices[i].remaining -= amount;
        if (payments[p].remaining.isZero())
            ++p;
        if (invoices[i].remaining.isZero())
            ++i;
    }
    return made;
}

store::StoreResult<Money> PaymentAllocator::advanceCredit(const QString& residentId) const
{
    QSqlQuery& q = m_store.prepared(
        QStringLiteral("SELECT coalesce(sum(p.amount_paise), 0) - coalesce((SELECT "
                       "sum(a.amount_paise) FROM payment_allocation a "
                       "  JOIN payment p2 ON p2.id = a.payment_id WHERE p2.resident_id = ? AND "
                       "p2.status = 'received' "
                       "  AND p2.purpose = 'dues' AND a.reversed = 0 AND a.deleted = 0), 0) "
                       "FROM payment p WHERE p.resident_id = ? AND p.status = 'received' AND "
                       "p.purpose = 'dues' AND p.deleted = 0"));
    q.addBindValue(residentId);
    q.addBindValue(residentId);
    if (!q.exec() || !q.next())
        return m_store.error(QStringLiteral("Reading the advance credit"), q);
    const Money credit = Money::fromPaise(q.value(0).toLongLong());
    q.finish();
    return credit;
}

} // namespace rentflow
