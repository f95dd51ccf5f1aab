#include "DuesReport.h"

#include "ledger/InvoiceBalance.h"
#include "ledger/PaymentAllocator.h"
#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

namespace {

// Open (issued, unpaid) balances with their due dates.
const QString kOpenBalances =
    QStringLiteral(
        "SELECT i.resident_id, i.due_date, %1 "
        "  AS open FROM invoice i WHERE i.status = 'issued' AND i.deleted = 0 AND open > 0")
        .arg(invoiceBalanceSql());

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// The bucket an open balance falls in, by days past its due date.
Money& bucket(DuesReport::Ageing& ageing, QDate dueDate, QDate asOf)
{
    const qint64 late = dueDate.daysTo(asOf); // not yet due counts as 0–30
    return late <= 30   ? ageing.upTo30
           : late <= 60 ? ageing.upTo60
           : late <= 90 ? ageing.upTo90
                        : ageing.over90;
}

} // namespace

store::StoreResult<QList<DuesReport::LedgerEntry>>
DuesReport::ledger(const QString& residentId) const
{
    // An unknown resident is a mistake, not an empty ledger.
    if (auto known = store::requireKnownId(m_store, QStringLiteral("resident"),
                                           store::RecordKind::Resident, residentId);
        !known)
        return known.error();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT issue_date, 'invoice', number, total_paise, 0, 1 FROM invoice "
        "  WHERE resident_id = ? AND status = 'issued' AND deleted = 0 "
        "UNION ALL SELECT p.received_on, 'payment', r.number, 0, p.amount_paise, 2 FROM payment p "
        "  JOIN receipt r ON r.payment_id = p.id WHERE p.resident_id = ? AND p.status = 'received' "
        "  AND p.purpose = 'dues' AND p.deleted = 0 "
        "UNION ALL SELECT c.issue_date, 'credit_note', c.number, 0, c.total_paise, 3 FROM "
        "credit_note c "
        "  JOIN invoice i ON i.id = c.invoice_id WHERE i.resident_id = ? AND c.deleted = 0 "
        "UNION ALL SELECT s.settlement_date, 'credit_returned', s.number, sum(cs.amount_paise), "
        "0, 4 FROM credit_settled cs JOIN deposit_settlement s ON s.id = cs.settlement_id "
        "  JOIN payment p ON p.id = cs.payment_id WHERE p.resident_id = ? AND cs.deleted = 0 "
        "  GROUP BY s.id "
        // The deposit set against the stay's dues at its settlement: held apart until then,
        // it pays invoices like a payment, so the ledger shows it like one.
        "UNION ALL SELECT s.settlement_date, 'deposit_adjusted', s.number, 0, "
        "sum(a.amount_paise), 5 FROM payment_allocation a JOIN payment p ON p.id = a.payment_id "
        "  JOIN invoice i ON i.id = a.invoice_id "
        "  JOIN deposit_settlement s ON s.agreement_id = i.agreement_id AND s.deleted = 0 "
        "  WHERE p.resident_id = ? AND p.purpose = 'deposit' AND a.reversed = 0 "
        "  AND a.deleted = 0 GROUP BY s.id "
        "ORDER BY 1, 6, 3"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(residentId);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading the ledger"), q);
    QList<LedgerEntry> entries;
    Money balance;
    while (q.next()) {
        LedgerEntry entry{dateOf(q.value(0)),
                          q.value(1).toString(),
                          q.value(2).toString(),
                          Money::fromPaise(q.value(3).toLongLong()),
                          Money::fromPaise(q.value(4).toLongLong()),
                          Money()};
        balance += entry.debit - entry.credit;
        entry.balance = balance;
        entries.append(entry);
    }
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading the ledger")); !read)
        return read.error();
    return entries;
}

store::StoreResult<DuesReport::Ageing> DuesReport::ageing(QDate asOf) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(kOpenBalances))
        return m_store.error(QStringLiteral("Reading dues"), q);
    Ageing ageing;
    while (q.next())
        bucket(ageing, dateOf(q.value(1)), asOf) += Money::fromPaise(q.value(2).toLongLong());
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading dues")); !read)
        return read.error();
    return ageing;
}

store::StoreResult<QList<DuesReport::Due>> DuesReport::toCollect(QDate asOf) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT o.resident_id, trim(r.first_name || ' ' || r.last_name), r.phone, "
            "sum(o.open), min(o.due_date) FROM (%1) o JOIN resident r ON r.id = o.resident_id "
            "WHERE o.due_date <= ? GROUP BY o.resident_id ORDER BY sum(o.open) DESC, 2")
            .arg(kOpenBalances));
    q.addBindValue(asOf);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading dues"), q);
    QList<Due> dues;
    while (q.next())
        dues.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     Money::fromPaise(q.value(3).toLongLong()), dateOf(q.value(4))});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading dues")); !read)
        return read.error();
    return dues;
}

store::StoreResult<QList<DuesReport::ResidentAgeing>> DuesReport::ageingByResident(QDate asOf) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT o.resident_id, trim(r.first_name || ' ' || r.last_name), "
                               "r.phone, o.due_date, o.open FROM (%1) o "
                               "JOIN resident r ON r.id = o.resident_id")
                    .arg(kOpenBalances)))
        return m_store.error(QStringLiteral("Reading dues"), q);
    QList<ResidentAgeing> rows;
    QHash<QString, qsizetype> rowOf;
    while (q.next()) {
        const QString id = q.value(0).toString();
        auto found = rowOf.constFind(id);
        if (found == rowOf.constEnd()) {
            found = rowOf.insert(id, rows.size());
            rows.append({id, q.value(1).toString(), q.value(2).toString(), Ageing(), QDate()});
        }
        ResidentAgeing& row = rows[*found];
        const QDate due = dateOf(q.value(3));
        bucket(row.ageing, due, asOf) += Money::fromPaise(q.value(4).toLongLong());
        if (!row.oldestDueDate.isValid() || due < row.oldestDueDate)
            row.oldestDueDate = due;
    }
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading dues")); !read)
        return read.error();
    std::sort(rows.begin(), rows.end(), [](const ResidentAgeing& a, const ResidentAgeing& b) {
        if (a.ageing.total() != b.ageing.total())
            return b.ageing.total() < a.ageing.total();
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return rows;
}

store::StoreResult<DuesReport::Owed> DuesReport::owed(const QString& residentId) const
{
    if (auto known = store::requireKnownId(m_store, QStringLiteral("resident"),
                                           store::RecordKind::Resident, residentId);
        !known)
        return known.error();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(sum(o.open), 0), count(*), min(o.due_date) "
                             "FROM (%1) o WHERE o.resident_id = ?")
                  .arg(kOpenBalances));
    q.addBindValue(residentId.trimmed());
    const auto found = store::checkedFirstRow(m_store, q, QStringLiteral("Reading dues"));
    if (!found)
        return found.error();
    Owed owed;
    if (found.value())
        owed = {Money::fromPaise(q.value(0).toLongLong()), Money(), q.value(1).toInt(),
                dateOf(q.value(2))};
    q.finish();
    const auto advance = PaymentAllocator(m_store).advanceCredit(residentId.trimmed());
    if (!advance)
        return advance.error();
    owed.advance = advance.value();
    return owed;
}

} // namespace rentflow
