#include "PaymentAllocator.h"

#include "InvoiceBalance.h"
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
PaymentAllocator::allocate(const QString& residentId, const QString& purpose,
                           std::optional<Money> limit, const QStringList& chosen)
{
    QSqlQuery& credit = m_store.prepared(QStringLiteral(
        "SELECT p.id, p.amount_paise - coalesce((SELECT sum(a.amount_paise) FROM "
        "payment_allocation a "
        "  WHERE a.payment_id = p.id AND a.reversed = 0 AND a.deleted = 0), 0) AS free "
        "FROM payment p WHERE p.resident_id = ? AND p.status = 'received' AND p.purpose = ? "
        "AND p.deleted = 0 "
        "AND free > 0 ORDER BY p.received_on, p.created_at"));
    credit.addBindValue(residentId);
    credit.addBindValue(purpose);
    if (!credit.exec())
        return m_store.error(QStringLiteral("Reading payments"), credit);
    QList<Open> payments;
    Money left = limit.value_or(Money::fromPaise(Money::kMaxPaise));
    while (credit.next() && left.paise() > 0) {
        const Money free = std::min(left, Money::fromPaise(credit.value(1).toLongLong()));
        payments.append({credit.value(0).toString(), QString(), free});
        left -= free;
    }
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
    // Chosen invoices first, in the order given; the rest stay oldest first.
    std::stable_sort(invoices.begin(), invoices.end(), [&](const Open& a, const Open& b) {
        const qsizetype ia = chosen.indexOf(a.id), ib = chosen.indexOf(b.id);
        return (ia < 0 ? chosen.size() : ia) < (ib < 0 ? chosen.size() : ib);
    });

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

store::StoreStatus PaymentAllocator::releaseFromInvoice(const QString& invoiceId, Money amount)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, payment_id, amount_paise FROM payment_allocation WHERE "
                             "invoice_id = ? AND reversed = 0 AND deleted = 0 "
                             "ORDER BY created_at DESC, id DESC"));
    q.addBindValue(invoiceId);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading the invoice's allocations"), q);
    struct Live
    {
        QString id, paymentId;
        Money amount;
    };
    QList<Live> live;
    while (q.next())
        live.append({q.value(0).toString(), q.value(1).toString(),
                     Money::fromPaise(q.value(2).toLongLong())});
    store::RecordWriter writer(m_store);
    for (const Live& allocation : std::as_const(live)) {
        if (amount.paise() <= 0)
            break;
        if (auto undone = writer.update(QStringLiteral("payment_allocation"), allocation.id,
                                        {{QStringLiteral("reversed"), 1}});
            !undone)
            return undone;
        if (allocation.amount > amount) // keep what is still owed on it
            if (auto kept = writer.insert(
                    QStringLiteral("payment_allocation"),
                    {{QStringLiteral("payment_id"), allocation.paymentId},
                     {QStringLiteral("invoice_id"), invoiceId},
                     {QStringLiteral("amount_paise"), (allocation.amount - amount).paise()}});
                !kept)
                return kept.error();
        amount -= std::min(amount, allocation.amount);
    }
    return store::Done{};
}

store::StoreStatus PaymentAllocator::releaseFromPayment(const QString& paymentId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id FROM payment_allocation WHERE payment_id = ? AND "
                             "reversed = 0 AND deleted = 0"));
    q.addBindValue(paymentId);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading the payment's allocations"), q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    store::RecordWriter writer(m_store);
    for (const QString& id : std::as_const(ids))
        if (auto undone = writer.update(QStringLiteral("payment_allocation"), id,
                                        {{QStringLiteral("reversed"), 1}});
            !undone)
            return undone;
    return store::Done{};
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
