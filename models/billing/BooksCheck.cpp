#include "BooksCheck.h"

#include "InvoiceBalance.h"
#include "store/CheckedRead.h"
#include "store/IntegrityCheck.h"
#include "store/Store.h"
#include "store/Workspace.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace rentflow {

namespace {

// A check that could not run is a problem, never a pass.
bool ran(store::Store& store, QSqlQuery& q, const QString& sql, QStringList& problems)
{
    const auto done = store::checkedExec(store, q, sql, QStringLiteral("A books check"));
    if (!done)
        problems.append(done.error().message);
    return done.ok();
}

void collect(store::Store& store, const QString& sql, QStringList& problems)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!ran(store, q, sql, problems))
        return;
    while (q.next())
        problems.append(q.value(0).toString());
    if (auto read = store::checkedEnd(store, q, QStringLiteral("A books check")); !read)
        problems.append(read.error().message);
}

void checkSeries(store::Store& store, const QString& table, QStringList& problems)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!ran(store, q,
             QStringLiteral(
                 "SELECT s.id, s.prefix, s.financial_year, s.next_number, d.number FROM "
                 "document_series s "
                 "LEFT JOIN %1 d ON d.series_id = s.id AND d.deleted = 0 WHERE s.deleted = 0")
                 .arg(table),
             problems))
        return;
    struct Series
    {
        QString name;
        qint64 next = 1;
        QList<qint64> numbers;
    };
    QHash<QString, Series> series;
    while (q.next()) {
        Series& s = series[q.value(0).toString()];
        s.name = q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString();
        s.next = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            s.numbers.append(q.value(4).toString().section(QLatin1Char('/'), -1).toLongLong());
    }
    if (auto read = store::checkedEnd(store, q, QStringLiteral("A books check")); !read) {
        problems.append(read.error().message);
        return;
    }
    for (const Series& s : std::as_const(series)) {
        if (s.numbers.isEmpty())
            continue; // a series of another kind of document
        const QSet<qint64> distinct(s.numbers.begin(), s.numbers.end());
        if (distinct.size() != s.numbers.size())
            problems.append(QStringLiteral("%1: a %2 number is used twice").arg(s.name, table));
        const qint64 expected = s.next - 1;
        const qint64 highest = *std::max_element(s.numbers.begin(), s.numbers.end());
        if (distinct.size() != expected || highest != expected || distinct.contains(0))
            problems.append(
                QStringLiteral(
                    "%1: %2 numbers are not consecutive from 1 (%3 issued, series at %4)")
                    .arg(s.name, table)
                    .arg(distinct.size())
                    .arg(expected));
    }
}

} // namespace

QStringList BooksCheck::workspaceProblems(store::Workspace& workspace)
{
    const QStringList file = store::IntegrityCheck::problems(workspace);
    return file.isEmpty() ? problems(workspace.store()) : file;
}

QStringList BooksCheck::problems(store::Store& store)
{
    QStringList found;
    collect(store,
            QStringLiteral(
                "SELECT 'payment ' || p.id || ' is allocated beyond its amount' FROM payment p "
                "WHERE p.deleted = 0 AND p.amount_paise < (SELECT coalesce(sum(a.amount_paise), 0) "
                "FROM payment_allocation a WHERE a.payment_id = p.id AND a.reversed = 0 AND "
                "a.deleted = 0)"),
            found);
    collect(store,
            QStringLiteral("SELECT 'invoice ' || i.number || ' is paid or credited beyond its "
                           "total' FROM invoice i "
                           "WHERE i.deleted = 0 AND %1 < 0")
                .arg(invoiceBalanceSql()),
            found);
    collect(store,
            QStringLiteral(
                "SELECT 'cancelled invoice ' || i.number || ' still has payments allocated' FROM "
                "invoice i "
                "WHERE i.status = 'cancelled' AND EXISTS (SELECT 1 FROM payment_allocation a "
                "WHERE a.invoice_id = i.id AND a.reversed = 0 AND a.deleted = 0)"),
            found);
    for (const char* table : {"invoice", "receipt", "credit_note", "deposit_settlement"})
        checkSeries(store, QString::fromLatin1(table), found);
    return found;
}

} // namespace rentflow
