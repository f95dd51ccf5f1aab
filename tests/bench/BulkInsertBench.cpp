// Issue target: 200,000 invoice-sized rows in one transaction through the
// QSQLCIPHER driver, encrypted and keyless through the same code path.
// ≥ 300,000 rows/s encrypted; encrypted/plain time ≤ 2.0.
#include <store/DatabaseOpener.h>
#include <store/sqlcipher/SqlCipherDriver.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>

using rentflow::store::DatabaseOpener;
using rentflow::store::SqlCipherDriver;

namespace {

constexpr int kRows = 200000;
const QString kRawKey =
    QStringLiteral("x'6B1F3A52C8D94E07A1B2C3D4E5F60718293A4B5C6D7E8F901A2B3C4D5E6F7081'");

// The columns an issued invoice row carries (resources/migrations/0001_initial.sql).
const char* kCreate =
    "CREATE TABLE invoice_like (id TEXT PRIMARY KEY NOT NULL, series_id TEXT NOT NULL, "
    "number TEXT NOT NULL, financial_year TEXT NOT NULL, document_type TEXT NOT NULL, "
    "resident_id TEXT NOT NULL, property_id TEXT NOT NULL, issue_date TEXT NOT NULL, "
    "due_date TEXT NOT NULL, billing_month TEXT, recipient_name TEXT NOT NULL, "
    "place_of_supply TEXT NOT NULL, taxable_paise INTEGER NOT NULL, cgst_paise INTEGER NOT NULL, "
    "sgst_paise INTEGER NOT NULL, total_paise INTEGER NOT NULL, status TEXT NOT NULL, "
    "hlc TEXT NOT NULL, origin_device TEXT NOT NULL)";
const char* kInsert =
    "INSERT INTO invoice_like VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

void insertRows(const QString& key, benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        // The workspace's own way of making a file: the same pragmas (WAL,
        // synchronous FULL, secure delete, page size) encrypted or not.
        const auto connection =
            DatabaseOpener::createNew(dir.filePath(QStringLiteral("bench.db")), key);
        if (!connection) {
            state.SkipWithError(connection.error().message.toUtf8().constData());
            break;
        }
        const QString name = connection.value();
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QSqlQuery setup(db);
            setup.exec(QString::fromLatin1(kCreate));
            const QString series = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString property = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
            // The per-row texts are made before timing: the benchmark measures the driver,
            // not QString::arg. Ids are time-ordered, as UUIDv7 ids are.
            QList<QString> ids, numbers, residents, names, hlcs;
            for (QList<QString>* list : {&ids, &numbers, &residents, &names, &hlcs})
                list->reserve(kRows);
            for (int i = 0; i < kRows; ++i) {
                ids.append(QStringLiteral("0192b7c0-%1-7%2-8000-00000000%3")
                               .arg(i / 4096, 4, 16, QLatin1Char('0'))
                               .arg(i % 4096, 3, 16, QLatin1Char('0'))
                               .arg(i, 4, 16, QLatin1Char('0')));
                numbers.append(QStringLiteral("KOR-A/26-27/%1").arg(i, 5, 10, QLatin1Char('0')));
                residents.append(
                    QStringLiteral("0192b7c0-aaaa-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
                names.append(QStringLiteral("Resident Name Number %1").arg(i));
                hlcs.append(QStringLiteral("001794000000000-%1-%2")
                                .arg(i, 6, 10, QLatin1Char('0'))
                                .arg(device));
            }
            const QString financialYear = QStringLiteral("2026-27");
            const QString taxInvoice = QStringLiteral("tax_invoice");
            const QString issued = QStringLiteral("2026-11-01");
            const QString due = QStringLiteral("2026-11-05");
            const QString month = QStringLiteral("2026-11");
            const QString state29 = QStringLiteral("29");
            const QString status = QStringLiteral("issued");
            state.ResumeTiming();

            db.transaction();
            QSqlQuery insert(db);
            insert.prepare(QString::fromLatin1(kInsert));
            for (int i = 0; i < kRows; ++i) {
                insert.addBindValue(ids.at(i));
                insert.addBindValue(series);
                insert.addBindValue(numbers.at(i));
                insert.addBindValue(financialYear);
                insert.addBindValue(taxInvoice);
                insert.addBindValue(residents.at(i));
                insert.addBindValue(property);
                insert.addBindValue(issued);
                insert.addBindValue(due);
                insert.addBindValue(month);
                insert.addBindValue(names.at(i));
                insert.addBindValue(state29);
                insert.addBindValue(qint64(1200000 + i));
                insert.addBindValue(qint64(30000));
                insert.addBindValue(qint64(30000));
                insert.addBindValue(qint64(1260000 + i));
                insert.addBindValue(status);
                insert.addBindValue(hlcs.at(i));
                insert.addBindValue(device);
                if (!insert.exec()) {
                    state.SkipWithError(insert.lastError().text().toUtf8().constData());
                    break;
                }
            }
            db.commit();
            state.PauseTiming();
            insert.finish();
        }
        DatabaseOpener::close(name);
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(kRows) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_BulkInsertEncrypted(benchmark::State& state)
{
    insertRows(kRawKey, state);
}
void BM_BulkInsertPlain(benchmark::State& state)
{
    insertRows(QString(), state);
}
BENCHMARK(BM_BulkInsertEncrypted)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_BulkInsertPlain)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

// Prints the encrypted/plain time ratio after the usual table.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs)
            m_seconds[run.benchmark_name()] = run.GetAdjustedRealTime();
        ConsoleReporter::ReportRuns(runs);
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const auto encrypted = m_seconds.find("BM_BulkInsertEncrypted/iterations:5/real_time");
        const auto plain = m_seconds.find("BM_BulkInsertPlain/iterations:5/real_time");
        if (encrypted != m_seconds.end() && plain != m_seconds.end() && plain->second > 0)
            std::printf("encrypted/plain time ratio: %.2f (target <= 2.0)\n",
                        encrypted->second / plain->second);
    }

private:
    std::map<std::string, double> m_seconds;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    SqlCipherDriver::registerDriver();
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
