// Issue 8 §5 target: opening a workspace plus a one-row query on `demo --beds
// 10000 --months 3` within 1.2× of the same on an empty workspace. Opening no
// longer scans the whole file (quick_check runs on demand, after an unclean
// shutdown, and in the app's background); the last benchmark shows what that
// scan costs when an unclean shutdown asks for it. The demo workspace is built
// once per run in a temporary folder. Keychain mode (a raw key, as the app
// makes by default), so the figures show the file's cost, not the passphrase KDF.
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <store/Workspace.h>
#include <store/keys/KeyStore.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace rentflow;

namespace {

// The OS keychain stand-in: the benchmark measures the file, not D-Bus.
class MemoryKeyStore : public store::KeyStore
{
public:
    Answer read(const QString& name) override
    {
        return m_entries.contains(name) ? Answer{Status::Ok, m_entries.value(name), {}}
                                        : Answer{Status::NotFound, {}, {}};
    }
    Answer write(const QString& name, const QString& key) override
    {
        m_entries.insert(name, key);
        return {Status::Ok, {}, {}};
    }
    Answer remove(const QString& name) override
    {
        m_entries.remove(name);
        return {Status::Ok, {}, {}};
    }

private:
    QHash<QString, QString> m_entries;
};

struct Fixture
{
    QTemporaryDir dir;
    MemoryKeyStore keychain;
    QString empty;
    QString demo;
    bool ready = false;

    store::KeySource keys()
    {
        store::KeySource source;
        source.keychain = &keychain;
        return source;
    }

    bool make(const QString& path, int beds)
    {
        auto created = store::Workspace::create(path, keys(), {QStringLiteral("bench"), {}});
        if (!created)
            return false;
        OrganisationInput org;
        org.name = QStringLiteral("Benchmark PG");
        if (!OrganisationRepository(created.value()->store()).create(org).ok())
            return false;
        if (beds == 0)
            return true;
        DemoData::Options options;
        options.beds = beds;
        options.months = 3;
        return DemoData(created.value()->store()).generate(options).ok();
    }

    static Fixture& get()
    {
        static Fixture fixture;
        if (!fixture.ready) {
            fixture.empty = fixture.dir.filePath(QStringLiteral("empty"));
            fixture.demo = fixture.dir.filePath(QStringLiteral("demo"));
            std::fprintf(stderr, "Building the demo workspace (10,000 beds, 3 months)…\n");
            fixture.ready = fixture.make(fixture.empty, 0) && fixture.make(fixture.demo, 10000);
            std::fprintf(stderr, "demo rentflow.db: %lld bytes\n",
                         static_cast<long long>(
                             QFileInfo(fixture.demo + QStringLiteral("/rentflow.db")).size()));
        }
        return fixture;
    }
};

// One open of the workspace and one one-row query, as a `rentflowctl` command does.
void openAndQuery(benchmark::State& state, const QString& workspace, bool afterUncleanShutdown)
{
    Fixture& fixture = Fixture::get();
    if (!fixture.ready) {
        state.SkipWithError("cannot build the workspaces");
        return;
    }
    const QString needsCheck = workspace + QStringLiteral("/sessions/needs-check");
    for (auto _ : state) {
        if (afterUncleanShutdown) {
            state.PauseTiming();
            QFile marker(needsCheck);
            marker.open(QIODevice::WriteOnly);
            marker.close();
            state.ResumeTiming();
        }
        auto opened =
            store::Workspace::open(workspace, fixture.keys(), {QStringLiteral("bench"), {}});
        if (!opened) {
            state.SkipWithError(opened.error().message.toUtf8().constData());
            break;
        }
        QSqlQuery query(opened.value()->store().database());
        if (!query.exec(QStringLiteral("SELECT name FROM organisation LIMIT 1")) || !query.next()) {
            state.SkipWithError("the one-row query failed");
            break;
        }
        benchmark::DoNotOptimize(query.value(0).toString());
    }
}

void BM_OpenEmptyWorkspace(benchmark::State& state)
{
    openAndQuery(state, Fixture::get().empty, false);
}
void BM_OpenDemo10000Beds(benchmark::State& state)
{
    openAndQuery(state, Fixture::get().demo, false);
}
void BM_OpenDemo10000BedsAfterUncleanShutdown(benchmark::State& state)
{
    openAndQuery(state, Fixture::get().demo, true);
}
BENCHMARK(BM_OpenEmptyWorkspace)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OpenDemo10000Beds)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OpenDemo10000BedsAfterUncleanShutdown)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
