// Issue target: `demo --beds 10000` then the next month's billing run (10,000
// invoices with GST into the encrypted store) in ≤ 3 s on the 2-core machine,
// and within 2× the same run on a keyless database. The demo is built once per
// variant; each iteration bills a fresh copy of it.
// Issue 8 §5: the run ≤ 5× the raw SQLCipher insert of the same rows. Each
// iteration also inserts the rows the run wrote (invoices, lines, allocations,
// every column as written) into another fresh copy with one prepared INSERT per
// table in one transaction; the counter run/raw is that ratio.
#include <billing/MonthlyRun.h>
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <store/DatabaseOpener.h>
#include <store/Migrator.h>
#include <store/Store.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <ctime>
#include <memory>

using namespace rentflow;
using rentflow::store::DatabaseOpener;

namespace {

constexpr int kBeds = 10000;
const QString kPassphrase = QStringLiteral("benchmark passphrase");
const BillingPeriod kCurrent = BillingPeriod::parse(u"2026-11").value();

// An open database with its Store, closed on destruction.
struct OpenStore
{
    QString connection;
    std::unique_ptr<store::Store> store;
    ~OpenStore()
    {
        store.reset();
        DatabaseOpener::close(connection);
    }
};

std::unique_ptr<OpenStore> open(const QString& path, const QString& key, bool create)
{
    auto connection =
        create ? DatabaseOpener::createNew(path, key) : DatabaseOpener::openExisting(path, key);
    if (!connection)
        return nullptr;
    auto result = std::make_unique<OpenStore>();
    result->connection = connection.value();
    QSqlDatabase db = QSqlDatabase::database(result->connection, false);
    if (!store::Migrator(db).migrate().ok())
        return nullptr;
    result->store = std::make_unique<store::Store>(
        db, DatabaseOpener::deviceId(db).value(), store::Actor{QStringLiteral("bench"), QString()});
    return result;
}

// The demo business, made once per variant in `dir`.
bool prepare(const QString& path, const QString& key)
{
    auto opened = open(path, key, true);
    if (!opened)
        return false;
    OrganisationInput org;
    org.name = QStringLiteral("Benchmark PG");
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    if (!OrganisationRepository(*opened->store).create(org).ok())
        return false;
    DemoData::Options options;
    options.beds = kBeds;
    options.months = 3;
    options.current = kCurrent;
    return DemoData(*opened->store).generate(options).ok();
}

// The rows a table holds that a pristine copy did not: what the run wrote.
struct Written
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

const QStringList kWrittenTables = {QStringLiteral("invoice"), QStringLiteral("invoice_line"),
                                    QStringLiteral("payment_allocation")};

// The ids each table holds, to tell the rows a run adds.
QHash<QString, QSet<QString>> idsIn(QSqlDatabase db)
{
    QHash<QString, QSet<QString>> ids;
    for (const QString& table : kWrittenTables) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id FROM %1").arg(table));
        while (q.next())
            ids[table].insert(q.value(0).toString());
    }
    return ids;
}

QList<Written> rowsWrittenBy(QSqlDatabase db, const QHash<QString, QSet<QString>>& before)
{
    QList<Written> result;
    for (const QString& table : kWrittenTables) {
        Written w{table, {}, {}};
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            std::fprintf(stderr, "%s: %s\n", qPrintable(table), qPrintable(q.lastError().text()));
        const QSqlRecord record = q.record();
        for (int c = 0; c < record.count(); ++c)
            w.columns.append(record.fieldName(c));
        while (q.next()) {
            if (before.value(table).contains(q.value(0).toString()))
                continue;
            QVariantList row;
            for (int c = 0; c < record.count(); ++c)
                row.append(q.value(c));
            w.rows.append(row);
        }
        result.append(w);
    }
    return result;
}

// CPU time of this process in ms: steadier than wall time on a shared machine.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Milliseconds to insert `written` with plain prepared statements in one transaction.
qint64 rawInsertMs(QSqlDatabase db, const QList<Written>& written)
{
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    for (const Written& w : written) {
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(w.table, w.columns.join(QLatin1String(", ")),
                     QStringList(w.columns.size(), QStringLiteral("?")).join(QLatin1String(", "))));
        for (const QVariantList& row : w.rows) {
            for (const QVariant& value : row)
                insert.addBindValue(value);
            if (!insert.exec())
                return -1;
        }
    }
    db.commit();
    return timer.elapsed();
}

void billNextMonth(benchmark::State& state, const QString& key)
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("demo.db"));
    if (!prepare(pristine, key)) {
        state.SkipWithError("cannot build the demo data");
        return;
    }
    QHash<QString, QSet<QString>> pristineIds;
    if (auto opened = open(pristine, key, false))
        pristineIds = idsIn(opened->store->database());
    int invoices = 0;
    qint64 runMs = 0, rawMs = 0, rows = 0;
    double runCpuMs = 0, rawCpuMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString copy = dir.filePath(QStringLiteral("run.db"));
        QFile::remove(copy);
        QFile::copy(pristine, copy);
        QList<Written> written;
        {
            auto opened = open(copy, key, false);
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            state.ResumeTiming();
            auto run = MonthlyRun(*opened->store).run({kCurrent, kCurrent.firstDay(), false, {}});
            state.PauseTiming();
            runMs += timer.elapsed();
            runCpuMs += cpuMs() - cpuStart;
            if (!run.ok()) {
                state.SkipWithError(run.error().message.toUtf8().constData());
                break;
            }
            invoices = int(run.value().drafts.size());
            written = rowsWrittenBy(opened->store->database(), pristineIds);
        }
        // The same rows, inserted raw into another copy of the same file.
        const QString raw = dir.filePath(QStringLiteral("raw.db"));
        QFile::remove(raw);
        QFile::copy(pristine, raw);
        {
            auto opened = open(raw, key, false);
            const double cpuStart = cpuMs();
            const qint64 ms = rawInsertMs(opened->store->database(), written);
            rawCpuMs += cpuMs() - cpuStart;
            if (ms < 0) {
                state.SkipWithError("raw insert failed");
                break;
            }
            rawMs += ms;
        }
        rows = 0;
        for (const Written& w : written)
            rows += w.rows.size();
        state.ResumeTiming();
    }
    state.counters["invoices"] = invoices;
    state.counters["rows"] = double(rows);
    state.counters["raw_ms"] = double(rawMs) / double(state.iterations());
    state.counters["run/raw"] = rawMs > 0 ? double(runMs) / double(rawMs) : 0.0;
    state.counters["cpu_run/raw"] = rawCpuMs > 0 ? runCpuMs / rawCpuMs : 0.0;
}

void BM_BillingRunEncrypted(benchmark::State& state)
{
    billNextMonth(state, kPassphrase);
}
void BM_BillingRunPlain(benchmark::State& state)
{
    billNextMonth(state, QString());
}
BENCHMARK(BM_BillingRunEncrypted)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(BM_BillingRunPlain)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
