#include "PaymentAllocator.h"

#include "InvoiceBalance.h"
#include "PaymentCredit.h"
#include "store/CheckedRead.h"
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
    QSqlQuery& credit = m_store.prepared(
        QStringLiteral("SELECT p.id, %1 AS free "
                       "FROM payment p WHERE p.resident_id = ? AND p.status = 'received' AND "
                       "p.purpose = ? AND p.deleted = 0 "
                       "AND free > 0 ORDER BY p.received_on, p.created_at")
            .arg(paymentFreeSql()));
    credit.addBindValue(residentId);
    credit.addBindValue(purpose);
    if (!credit.exec())
        return m_store.error(QStringLiteral("Reading payments"), credit);
    QList<Source> payments;
    Money left = limit.value_or(Money::fromPaise(Money::kMaxPaise));
    while (credit.next() && left.paise() > 0) {
        const Money free = std::min(left, Money::fromPaise(credit.value(1).toLongLong()));
        payments.append({credit.value(0).toString(), free});
        left -= free;
    }
    credit.finish();
    return allocateFrom(residentId, payments, chosen);
}

store::StoreResult<QList<PaymentAllocator::Allocation>>
PaymentAllocator::allocateDeposit(const QString& residentId, const QString& agreementId,
                                  Money limit)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT p.id, %1 AS free FROM payment p JOIN deposit_entry d ON "
                             "d.payment_id = p.id AND d.kind = 'received' AND d.deleted = 0 "
                             "WHERE d.agreement_id = ? AND p.resident_id = ? AND p.status = "
                             "'received' AND p.purpose = 'deposit' AND p.deleted = 0 AND free > 0 "
                             "ORDER BY p.received_on, p.created_at")
                  .arg(paymentFreeSql()));
    q.addBindValue(agreementId);
    q.addBindValue(residentId);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading the stay's deposit payments"), q);
    QList<Source> payments;
    Money left = limit;
    while (q.next() && left.paise() > 0) {
        const Money free = std::min(left, Money::fromPaise(q.value(1).toLongLong()));
        payments.append({q.value(0).toString(), free});
        left -= free;
    }
    return allocateFrom(residentId, payments, {});
}

store::StoreResult<QList<PaymentAllocator::Allocation>>
PaymentAllocator::allocateFrom(const QString& residentId, QList<Source> payments,
                               const QStringList& chosen)
{
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
    if (auto read = store::checkedEnd(m_store, due, QStringLiteral("Reading open invoices")); !read)
        return read.error();
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
        const Money amount = std::min(payments[p].free, invoices[i].remaining);
        auto written = writer.insert(QStringLiteral("payment_allocation"),
                                     {{QStringLiteral("payment_id"), payments[p].paymentId},
                                      {QStringLiteral("invoice_id"), invoices[i].id},
                                      {QStringLiteral("amount_paise"), amount.paise()}});
        if (!written)
            return written.error();
        made.append({payments[p].paymentId, invoices[i].id, invoices[i].number, amount});
        payments[p].free -= amount;
        invoices[i].remaining -= amount;
        if (payments[p].free.isZero())
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
    if (auto read =
            store::checkedEnd(m_store, q, QStringLiteral("Reading the invoice's allocations"));
        !read)
        return read.error();
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
    if (auto read =
            store::checkedEnd(m_store, q, QStringLiteral("Reading the payment's allocations"));
        !read)
        return read.error();
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
        QStringLiteral("SELECT coalesce(sum(%1), 0) FROM payment p WHERE p.resident_id = ? AND "
                       "p.status = 'received' AND p.purpose = 'dues' AND p.deleted = 0")
            .arg(paymentFreeSql()));
    q.addBindValue(residentId);
    if (!q.exec() || !q.next())
        return m_store.error(QStringLiteral("Reading the advance credit"), q);
    const Money credit = Money::fromPaise(q.value(0).toLongLong());
    q.finish();
    return credit;
}

} // namespace rentflow
