// Issue target: `demo --beds 10000` then the next month's billing run (10,000
// invoices with GST into the encrypted store) in ≤ 3 s on the 2-core machine,
// and within 2× the same run on a keyless database. The demo is built once per
// variant; each iteration bills a fresh copy of it.
#include <billing/MonthlyRun.h>
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <store/DatabaseOpener.h>
#include <store/Migrator.h>
#include <store/Store.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
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

void billNextMonth(benchmark::State& state, const QString& key)
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("demo.db"));
    if (!prepare(pristine, key)) {
        state.SkipWithError("cannot build the demo data");
        return;
    }
    int invoices = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString copy = dir.filePath(QStringLiteral("run.db"));
        QFile::remove(copy);
        QFile::copy(pristine, copy);
        {
            auto opened = open(copy, key, false);
            state.ResumeTiming();
            auto run = MonthlyRun(*opened->store).run({kCurrent, kCurrent.firstDay(), false, {}});
            state.PauseTiming();
            if (!run.ok()) {
                state.SkipWithError(run.error().message.toUtf8().constData());
                break;
            }
            invoices = int(run.value().drafts.size());
        }
        state.ResumeTiming();
    }
    state.counters["invoices"] = invoices;
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
