// Issue 8 §5 target: the workspace of `demo --beds 10000 --months 3` is at most
// 150 MB, with the audit trail still answering who changed what, when, on which
// PC, from what to what. Builds that demo in a new encrypted workspace and prints
// the file size and the bytes of every table and index.
//
// SQLCipher 3.4 on Debian is built without the dbstat table, so a table's bytes
// are measured by copying it (with its own primary-key and unique indexes) into
// a new file under the same key and page size and counting that file's pages;
// each other index is measured the same way, as the pages its creation adds. A
// copy is packed like a VACUUMed file, so the sum is a little below the file's
// own size, which is printed too.
//
//   rentflow_bench_workspace_size [beds] [months]      (default 10000 3)
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <store/DatabaseOpener.h>
#include <store/Migrator.h>
#include <store/RecordHistory.h>
#include <store/Store.h>
#include <store/sqlcipher/SqlCipherDriver.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace rentflow;
using rentflow::store::DatabaseOpener;
using rentflow::store::SqlCipherDriver;

namespace {

const QString kRawKey =
    QStringLiteral("x'6B1F3A52C8D94E07A1B2C3D4E5F60718293A4B5C6D7E8F901A2B3C4D5E6F7081'");

struct Measured
{
    QString name;
    qint64 rows = 0;
    qint64 tableBytes = 0;
    qint64 indexBytes = 0;
};

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    std::exit(1);
}

void run(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(sql + QStringLiteral(": ") + q.lastError().text());
}

qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        fail(sql + QStringLiteral(": ") + q.lastError().text());
    return q.value(0).toLongLong();
}

// Used bytes of the attached copy: pages in use times the page size.
qint64 copyBytes(QSqlDatabase db)
{
    return (scalar(db, QStringLiteral("PRAGMA copy.page_count")) -
            scalar(db, QStringLiteral("PRAGMA copy.freelist_count"))) *
           scalar(db, QStringLiteral("PRAGMA copy.page_size"));
}

void attachCopy(QSqlDatabase db, const QString& path)
{
    QFile::remove(path);
    if (QFile empty(path); !empty.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot create ") + path);
    QSqlQuery attach(db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS copy KEY ?"));
    attach.addBindValue(path);
    attach.addBindValue(kRawKey);
    if (!attach.exec())
        fail(attach.lastError().text());
    run(db, QStringLiteral("PRAGMA copy.cipher_page_size = %1").arg(SqlCipherDriver::kPageSize));
}

// "CREATE TABLE [IF NOT EXISTS] name" → "CREATE TABLE copy.name", same for indexes.
QString intoCopy(QString sql)
{
    static const QRegularExpression head(
        QStringLiteral("^CREATE\\s+(TABLE|UNIQUE\\s+INDEX|INDEX)\\s+(IF\\s+NOT\\s+EXISTS\\s+)?"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = head.match(sql);
    if (!match.hasMatch())
        fail(QStringLiteral("unexpected schema text: ") + sql);
    return sql.replace(0, match.capturedLength(),
                       QStringLiteral("CREATE %1 copy.").arg(match.captured(1)));
}

Measured measure(QSqlDatabase db, const QString& table, const QString& tableSql,
                 const QList<QString>& indexSql, const QString& scratch)
{
    Measured m;
    m.name = table;
    attachCopy(db, scratch);
    run(db, intoCopy(tableSql));
    run(db, QStringLiteral("INSERT INTO copy.%1 SELECT * FROM main.%1").arg(table));
    m.rows = scalar(db, QStringLiteral("SELECT count(*) FROM copy.%1").arg(table));
    m.tableBytes = copyBytes(db);
    for (const QString& sql : indexSql)
        run(db, intoCopy(sql));
    m.indexBytes = copyBytes(db) - m.tableBytes;
    run(db, QStringLiteral("DETACH DATABASE copy"));
    return m;
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int beds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int months = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rentflow.db"));

    auto connection = DatabaseOpener::createNew(path, kRawKey);
    if (!connection)
        fail(connection.error().message);
    QSqlDatabase db = QSqlDatabase::database(connection.value(), false);
    if (auto migrated = store::Migrator(db).migrate(); !migrated)
        fail(migrated.error().message);
    QElapsedTimer timer;
    timer.start();
    {
        store::Store st(db, DatabaseOpener::deviceId(db).value(),
                        store::Actor{QStringLiteral("bench"), QString()});
        OrganisationInput org;
        org.name = QStringLiteral("Benchmark PG");
        org.gstin = QStringLiteral("29ABCPE1234F1Z7");
        if (auto made = OrganisationRepository(st).create(org); !made)
            fail(made.error().message);
        DemoData::Options options;
        options.beds = beds;
        options.months = months;
        options.current = BillingPeriod::parse(u"2026-11").value();
        if (auto demo = DemoData(st).generate(options); !demo)
            fail(demo.error().message);
    }
    const qint64 demoMs = timer.elapsed();
    // The trail still answers who changed what: the history of the most changed row.
    QString historyLine;
    if (scalar(db,
               QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'change_log'"))) {
        QSqlQuery busiest(db);
        if (!busiest.exec(QStringLiteral("SELECT table_name, row_id, count(*) AS n FROM change_log "
                                         "GROUP BY row_id ORDER BY n DESC LIMIT 1")) ||
            !busiest.next())
            fail(busiest.lastError().text());
        const QString table = busiest.value(0).toString(), row = busiest.value(1).toString();
        store::Store st(db, DatabaseOpener::deviceId(db).value(),
                        store::Actor{QStringLiteral("bench"), QString()});
        timer.restart();
        auto history = store::RecordHistory(st).of(table, row);
        if (!history)
            fail(history.error().message);
        const qint64 ms = timer.elapsed();
        const store::RecordChange& last = history.value().constLast();
        historyLine =
            QStringLiteral("history of %1 %2: %3 changes in %4 ms; last by %5 on %6 at %7:")
                .arg(table, row)
                .arg(history.value().size())
                .arg(ms)
                .arg(last.actor, last.deviceId, last.at.toString(Qt::ISODateWithMs));
        for (const store::FieldChange& f : last.fields)
            historyLine += QStringLiteral(" %1 %2 -> %3")
                               .arg(f.field, f.before.toString(), f.after.toString());
    }
    run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 fileBytes = QFileInfo(path).size();
    const qint64 pageBytes = scalar(db, QStringLiteral("PRAGMA page_count")) *
                             scalar(db, QStringLiteral("PRAGMA page_size"));

    // Tables and the explicit indexes on each (autoindexes come with their table).
    QList<std::pair<QString, QString>> tables;
    QSqlQuery schema(db);
    if (!schema.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite_%' ORDER BY name")))
        fail(schema.lastError().text());
    while (schema.next())
        tables.append({schema.value(0).toString(), schema.value(1).toString()});
    run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    QList<Measured> results;
    const QString scratch = dir.filePath(QStringLiteral("copy.db"));
    for (const auto& [table, sql] : tables) {
        QList<QString> indexes;
        QSqlQuery index(db);
        index.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND "
                                     "tbl_name = ? AND sql IS NOT NULL"));
        index.addBindValue(table);
        if (!index.exec())
            fail(index.lastError().text());
        while (index.next())
            indexes.append(index.value(0).toString());
        results.append(measure(db, table, sql, indexes, scratch));
    }
    std::sort(results.begin(), results.end(), [](const Measured& a, const Measured& b) {
        return a.tableBytes + a.indexBytes > b.tableBytes + b.indexBytes;
    });

    std::printf("demo --beds %d --months %d: built in %.1f s\n", beds, months, demoMs / 1000.0);
    std::printf("%-28s %10s %10s %10s %10s\n", "table", "rows", "table MB", "index MB", "total MB");
    qint64 sum = 0;
    for (const Measured& m : results) {
        sum += m.tableBytes + m.indexBytes;
        if (m.rows == 0)
            continue;
        std::printf("%-28s %10lld %10s %10s %10s\n", qPrintable(m.name), m.rows,
                    qPrintable(mb(m.tableBytes)), qPrintable(mb(m.indexBytes)),
                    qPrintable(mb(m.tableBytes + m.indexBytes)));
    }
    std::printf("sum of the copies: %s MB\n", qPrintable(mb(sum)));
    std::printf("file: %s MB (%lld bytes; page_count x page_size %lld)\n",
                qPrintable(mb(fileBytes)), fileBytes, pageBytes);
    if (!historyLine.isEmpty())
        std::printf("%s\n", qPrintable(historyLine));
    db = QSqlDatabase();
    DatabaseOpener::close(connection.value());
    return 0;
}
