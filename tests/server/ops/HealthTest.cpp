// /health/live and /health/ready on both backends; readiness refused (503) while the
// database does not answer within the request budget and back once it does; SIGTERM
// with a request in flight finishes it and exits 0.
#include "BothBackends.h"

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>

using namespace rentflow::test;

namespace {

class HealthTest : public BothBackends
{};

// A connection of the test's own to the server's database, holding an ACCESS EXCLUSIVE
// lock on schema_migrations (the readiness query's table) until released.
class TableLock
{
public:
    explicit TableLock(const QString& database)
        : m_name(QStringLiteral("lock_") + QUuid::createUuid().toString(QUuid::Id128))
    {
        PostgresServer& pg = PostgresServer::shared();
        if (!pg.openConnection(m_name, database)) {
            m_error = pg.error();
            return;
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery query(db);
        if (!db.transaction() ||
            !query.exec(QStringLiteral("LOCK TABLE schema_migrations IN ACCESS EXCLUSIVE MODE")))
            m_error = query.lastError().text() + db.lastError().text();
    }
    ~TableLock()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    QString error() const { return m_error; }
    void release()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            db.rollback();
            db.close();
        }
    }
    // Waits until some other session waits for the lock (the server's query is blocked).
    bool waitForWaiter(int timeoutMs)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (query.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND "
                                          "relation = 'schema_migrations'::regclass")) &&
                query.next() && query.value(0).toInt() > 0)
                return true;
            QThread::msleep(10);
        }
        return false;
    }

private:
    QString m_name;
    QString m_error;
};

} // namespace

TEST_P(HealthTest, LiveAndReadyAnswer200WithTheirChecks)
{
    const HttpResponse live = http().get(QStringLiteral("/health/live"));
    EXPECT_EQ(live.status, 200) << live;
    EXPECT_EQ(live.json(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}})) << live;
    EXPECT_EQ(live.header("X-Content-Type-Options"), "nosniff");

    const HttpResponse ready = http().get(QStringLiteral("/health/ready"));
    EXPECT_EQ(ready.status, 200) << ready;
    const QJsonObject body = ready.json();
    EXPECT_EQ(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok")) << ready;
    const QJsonObject database = body.value(QStringLiteral("checks"))
                                     .toObject()
                                     .value(QStringLiteral("database"))
                                     .toObject();
    EXPECT_EQ(database.value(QStringLiteral("status")).toString(), QStringLiteral("ok")) << ready;
    EXPECT_TRUE(database.value(QStringLiteral("ms")).isDouble()) << ready;
    EXPECT_FALSE(database.contains(QStringLiteral("error"))) << ready;
    // Only GET.
    EXPECT_EQ(http().post(QStringLiteral("/health/live"), {}).status, 404);
}

RENTFLOW_BOTH_BACKENDS(HealthTest);

TEST(HealthPostgresTest, ReadyIs503WhileTheDatabaseDoesNotAnswerWithinTheBudgetAndLiveStays200)
{
    ASSERT_PG_READY();
    TestServer server(Backend::Postgres,
                      {QStringLiteral("--request-budget-ms"), QStringLiteral("300")});
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    HttpClient http(server.baseUrl());
    ASSERT_EQ(http.get(QStringLiteral("/health/ready")).status, 200);
    {
        TableLock lock(server.databaseName());
        ASSERT_TRUE(lock.error().isEmpty()) << lock.error().toStdString();
        const HttpResponse refused = http.get(QStringLiteral("/health/ready"));
        EXPECT_EQ(refused.status, 503) << refused;
        const QJsonObject database = refused.json()
                                         .value(QStringLiteral("checks"))
                                         .toObject()
                                         .value(QStringLiteral("database"))
                                         .toObject();
        EXPECT_EQ(refused.json().value(QStringLiteral("status")).toString(),
                  QStringLiteral("unavailable"))
            << refused;
        EXPECT_EQ(database.value(QStringLiteral("status")).toString(), QStringLiteral("failed"))
            << refused;
        // Stopped by the budget (300 ms), not by the lock going away.
        EXPECT_GE(database.value(QStringLiteral("ms")).toInt(), 250) << refused;
        // No driver text for the caller.
        EXPECT_FALSE(refused.body.contains("schema_migrations")) << refused;
        EXPECT_FALSE(refused.body.contains("statement timeout")) << refused;
        // Alive all the same.
        EXPECT_EQ(http.get(QStringLiteral("/health/live")).status, 200);
    }
    // Lock gone: ready again, on the same connections.
    const HttpResponse back = http.get(QStringLiteral("/health/ready"));
    EXPECT_EQ(back.status, 200) << back;
    // The log says why, the reply did not.
    EXPECT_TRUE(server.process().standardError().contains(QLatin1String("not_ready")))
        << server.process().standardError().toStdString();
    EXPECT_TRUE(server.stop()) << server.error().toStdString();
}

TEST(HealthPostgresTest, SigtermFinishesTheRequestInFlightAndExitsZero)
{
    ASSERT_PG_READY();
    TestServer server(Backend::Postgres, {QStringLiteral("--workers"), QStringLiteral("1")});
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    TableLock lock(server.databaseName());
    ASSERT_TRUE(lock.error().isEmpty()) << lock.error().toStdString();

    HttpConnection inFlight(server.baseUrl());
    ASSERT_TRUE(inFlight.connectToServer());
    ASSERT_TRUE(inFlight.send(QByteArrayLiteral("GET /health/ready HTTP/1.1\r\nHost: x\r\n\r\n")));
    // The handler is running: its query waits for our lock.
    ASSERT_TRUE(lock.waitForWaiter(5'000)) << server.process().describe().toStdString();

    server.process().sendSignal(SIGTERM);
    QThread::msleep(200); // the signal reaches the server's main thread
    EXPECT_TRUE(server.process().isRunning()) << "quit without finishing the request";
    lock.release();

    const HttpResponse finished = inFlight.readResponse(10'000);
    EXPECT_EQ(finished.status, 200) << finished;
    EXPECT_EQ(finished.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"))
        << finished;
    ASSERT_TRUE(server.process().waitForExit(15'000)) << server.process().describe().toStdString();
    EXPECT_FALSE(server.process().crashed()) << server.process().describe().toStdString();
    EXPECT_EQ(server.process().exitCode(), 0) << server.process().describe().toStdString();
}
