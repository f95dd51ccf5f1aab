#include "BooksCheck.h"

#include "domain/IsoDate.h"
#include "ledger/InvoiceBalance.h"
#include "store/CheckedRead.h"
#include "store/IntegrityCheck.h"
#include "store/Store.h"
#include "store/Workspace.h"
#include "utilities/UtilityChecks.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace rentflow {

namespace {

// A check whose query fails is a problem in itself, never "nothing found".
void cannotCheck(const QString& what, const QSqlQuery& q, QStringList& problems)
{
    problems.append(QStringLiteral("cannot check %1: %2").arg(what, q.lastError().text()));
}

// Runs a query whose every row is one problem, in words, in its first column.
void collect(store::Store& store, const QString& what, const QString& sql, QStringList& problems)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return cannotCheck(what, q, problems);
    while (q.next())
        problems.append(q.value(0).toString());
    if (auto read = store::checkedEnd(store, q, QStringLiteral("A books check")); !read)
        problems.append(read.error().message);
}

// Every numbered kind of document, the day each is dated, and whether those days
// must follow the numbers: invoices, credit notes and settlements are dated when they
// are issued; a receipt carries the day the money came, which is often entered later.
struct NumberedTable
{
    const char* table;
    const char* dateColumn;
    bool datesFollowNumbers;
    // The rows checkSeries reads (series id, prefix, financial year, next number, number,
    // date); null: the document_series the table's rows belong to.
    const char* seriesSql = nullptr;
};
constexpr NumberedTable kNumbered[] = {
    {"invoice", "issue_date", true},
    {"receipt", "issue_date", false},
    {"credit_note", "issue_date", true},
    {"deposit_settlement", "settlement_date", true},
    // Debit notes number themselves per prefix and financial year.
    {"debit_note", "issue_date", true,
     "SELECT d.prefix || '|' || d.financial_year, d.prefix, d.financial_year, (SELECT "
     "max(x.sequence) + 1 FROM debit_note x WHERE x.prefix = d.prefix AND x.financial_year = "
     "d.financial_year AND x.deleted = 0), d.number, d.issue_date FROM debit_note d WHERE "
     "d.deleted = 0"}};

// Numbers 1…N, no gap, no repeat, and dates that never go back as numbers go up
// (a later number with an earlier date means one was backdated or issued out of turn).
void checkSeries(store::Store& store, const NumberedTable& numbered, QStringList& problems)
{
    const QString table = QString::fromLatin1(numbered.table);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    const QString sql =
        numbered.seriesSql
            ? QString::fromLatin1(numbered.seriesSql)
            : QStringLiteral("SELECT s.id, s.prefix, s.financial_year, s.next_number, d.number, "
                             "d.%2 FROM document_series s LEFT JOIN %1 d ON d.series_id = s.id "
                             "AND d.deleted = 0 WHERE s.deleted = 0")
                  .arg(table, QLatin1String(numbered.dateColumn));
    if (!q.exec(sql))
        return cannotCheck(table + QStringLiteral(" numbers"), q, problems);
    struct Document
    {
        qint64 serial;
        QString number;
        QDate date;
    };
    struct Series
    {
        QString name;
        qint64 next = 1;
        QList<Document> documents;
    };
    QHash<QString, Series> series;
    while (q.next()) {
        Series& s = series[q.value(0).toString()];
        s.name = q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString();
        s.next = q.value(3).toLongLong();
        if (!q.value(4).isNull()) {
            const QString number = q.value(4).toString();
            s.documents.append({number.section(QLatin1Char('/'), -1).toLongLong(), number,
                                storedDate(q.value(5))});
        }
    }
    if (q.lastError().isValid())
        return cannotCheck(table + QStringLiteral(" numbers"), q, problems);
    for (Series& s : series) {
        if (s.documents.isEmpty())
            continue; // a series of another kind of document
        QSet<qint64> distinct;
        for (const Document& d : std::as_const(s.documents))
            distinct.insert(d.serial);
        if (distinct.size() != s.documents.size())
            problems.append(QStringLiteral("%1: a %2 number is used twice").arg(s.name, table));
        const qint64 expected = s.next - 1;
        const qint64 highest = *std::max_element(distinct.begin(), distinct.end());
        if (distinct.size() != expected || highest != expected || distinct.contains(0))
            problems.append(
                QStringLiteral(
                    "%1: %2 numbers are not consecutive from 1 (%3 issued, series at %4)")
                    .arg(s.name, table)
                    .arg(distinct.size())
                    .arg(expected));
        if (!numbered.datesFollowNumbers)
            continue;
        std::sort(s.documents.begin(), s.documents.end(),
                  [](const Document& a, const Document& b) { return a.serial < b.serial; });
        const Document* latest = nullptr; // the latest-dated document numbered so far
        for (const Document& d : std::as_const(s.documents)) {
            if (latest && d.date < latest->date)
                problems.append(QStringLiteral("%1 %2 is dated %3, before %4 dated %5: numbers "
                                               "and dates go opposite ways")
                                    .arg(table, d.number, d.date.toString(Qt::ISODate),
                                         latest->number, latest->date.toString(Qt::ISODate)));
            if (!latest || d.date > latest->date)
                latest = &d;
        }
    }
}

// Units of a meter interval billed more than once (UtilityChecks reads each line's days).
void utilityUnitsBilledTwice(store::Store& store, QStringList& problems)
{
    const auto found = UtilityChecks::intervalsBilledTwice(store);
    if (!found.ok()) {
        problems.append(
            QStringLiteral("cannot check utility intervals: %1").arg(found.error().message));
        return;
    }
    problems << found.value();
}

} // namespace

QStringList BooksCheck::workspaceProblems(store::Workspace& workspace)
{
    return workspaceProblems(workspace.store());
}

QStringList BooksCheck::workspaceProblems(store::Store& store)
{
    const QStringList file = store::IntegrityCheck::problems(store.database());
    return file.isEmpty() ? problems(store) : file;
}

QStringList BooksCheck::problems(store::Store& store)
{
    QStringList found;
    collect(store, QStringLiteral("payment allocations"),
            QStringLiteral(
                "SELECT 'payment ' || p.id || ' is allocated beyond its amount' FROM payment p "
                "WHERE p.deleted = 0 AND p.amount_paise < (SELECT coalesce(sum(a.amount_paise), 0) "
                "FROM payment_allocation a WHERE a.payment_id = p.id AND a.reversed = 0 AND "
                "a.deleted = 0) + (SELECT coalesce(sum(s.amount_paise), 0) FROM credit_settled s "
                "WHERE s.payment_id = p.id AND s.deleted = 0)"),
            found);
    collect(store, QStringLiteral("invoice balances"),
            QStringLiteral("SELECT 'invoice ' || i.number || ' is paid or credited beyond its "
                           "total' FROM invoice i "
                           "WHERE i.deleted = 0 AND %1 < 0")
                .arg(invoiceBalanceSql()),
            found);
    collect(store, QStringLiteral("cancelled invoices"),
            QStringLiteral(
                "SELECT 'cancelled invoice ' || i.number || ' still has payments allocated' FROM "
                "invoice i "
                "WHERE i.status = 'cancelled' AND EXISTS (SELECT 1 FROM payment_allocation a "
                "WHERE a.invoice_id = i.id AND a.reversed = 0 AND a.deleted = 0)"),
            found);
    // A deposit is held for its stay: what is set against dues, kept and refunded never
    // exceeds what was received for it.
    collect(store, QStringLiteral("deposits"),
            QStringLiteral(
                "SELECT 'the deposit of stay ' || d.agreement_id || ' (' || d.name || ') is used "
                "for ' || (d.used / 100) || '.' || substr('0' || (d.used % 100), -2) || ' but "
                "only ' || (d.received / 100) || '.' || substr('0' || (d.received % 100), -2) || "
                "' was paid for it' FROM (SELECT e.agreement_id, trim(r.first_name || ' ' || "
                "r.last_name) AS name, sum(CASE WHEN e.kind IN ('adjusted', 'deduction', "
                "'refund') THEN e.amount_paise ELSE 0 END) AS used, sum(CASE e.kind WHEN "
                "'received' THEN e.amount_paise ELSE 0 END) AS received FROM deposit_entry e "
                "JOIN agreement a ON a.id = e.agreement_id JOIN resident r ON r.id = "
                "a.resident_id WHERE e.deleted = 0 GROUP BY e.agreement_id) d WHERE d.used > "
                "d.received"),
            found);
    // One month's accommodation of one stay is one supply: exempt (Sl. 12A) or taxed,
    // never both on its issued invoices.
    collect(store, QStringLiteral("tax treatment"),
            QStringLiteral(
                "SELECT 'stay ' || i.agreement_id || ' is taxed two ways for ' || "
                "i.billing_month || ': exempt on ' || group_concat(DISTINCT CASE WHEN l.exempt = "
                "1 THEN i.number END) || ', taxed on ' || group_concat(DISTINCT CASE WHEN "
                "l.exempt = 0 AND l.rate_bp > 0 THEN i.number END) FROM invoice_line l JOIN "
                "invoice i ON i.id = l.invoice_id WHERE l.kind = 'rent' AND l.deleted = 0 AND "
                "i.status = 'issued' AND i.deleted = 0 AND i.agreement_id IS NOT NULL AND "
                "i.billing_month IS NOT NULL GROUP BY i.agreement_id, i.billing_month HAVING "
                "max(l.exempt = 1) = 1 AND max(l.exempt = 0 AND l.rate_bp > 0) = 1"),
            found);
    utilityUnitsBilledTwice(store, found);
    for (const NumberedTable& numbered : kNumbered)
        checkSeries(store, numbered, found);
    return found;
}

} // namespace rentflow
