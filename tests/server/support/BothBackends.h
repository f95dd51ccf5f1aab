#pragma once

#include "HttpClient.h"
#include "PostgresServer.h"
#include "ServerProcess.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

namespace rentflow::test {

// A running rentflow-server on a backend of its own: for Postgres a fresh database on the
// process's PostgresServer, for Embedded a fresh data folder (the ServerProcess's). Start
// another instance on the same storage with startAnother() (two instances, one
// PostgreSQL: ISSUE 11 item 9).
class TestServer
{
public:
    explicit TestServer(Backend backend, QStringList extraArgs = {},
                        QMap<QString, QString> environment = {});
    ~TestServer();

    // Makes the storage and starts the server; false with error().
    bool start();
    // SIGTERM; true when it exited 0 (error() otherwise).
    bool stop();
    // Stops and starts again on the same storage, with other flags if given.
    bool restart(const std::optional<QStringList>& extraArgs = std::nullopt);

    // A second server process on the same database (Postgres) or data folder; started.
    std::unique_ptr<ServerProcess> startAnother(const QStringList& extraArgs = {});

    Backend backend() const { return m_backend; }
    ServerProcess& process() { return *m_process; } // after a successful start()
    bool isRunning() const { return m_process && m_process->isRunning(); }
    QString baseUrl() const { return m_process ? m_process->baseUrl() : QString(); }
    QString databaseName() const { return m_database; }   // Postgres
    QString databaseUrl() const { return m_databaseUrl; } // Postgres
    QString dataDir() const { return m_dataDir.path(); }
    QString error() const { return m_error; }
    ServerOptions options(const QStringList& extraArgs) const;

private:
    Backend m_backend;
    QStringList m_extraArgs;
    QMap<QString, QString> m_environment;
    QTemporaryDir m_dataDir;
    QString m_database;
    QString m_databaseUrl;
    std::unique_ptr<ServerProcess> m_process;
    QString m_error;
};

// The parameterised fixture every area's integration tests use: each TEST_P runs against a
// fresh server on the embedded default and again on PostgreSQL.
//
//     class WaitlistTest : public rentflow::test::BothBackends {};
//     TEST_P(WaitlistTest, JoinReturns201) { auto r = http().post("/api/v1/waitlist", {...}); }
//     RENTFLOW_BOTH_BACKENDS(WaitlistTest);
//
// Extra flags for every test of a fixture: override serverArgs() (the default turns rate
// limits off unless the fixture says otherwise: override to {} to keep them).
class BothBackends : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;
    void TearDown() override; // stops the server and expects exit code 0

    virtual QStringList serverArgs() const { return {}; }
    virtual QMap<QString, QString> serverEnvironment() const { return {}; }

    Backend backend() const { return GetParam(); }
    bool isPostgres() const { return GetParam() == Backend::Postgres; }
    TestServer& testServer() { return *m_server; }
    ServerProcess& server() { return m_server->process(); }
    HttpClient& http() { return m_http; }
    QString baseUrl() const { return m_server->baseUrl(); }
    // Restarts this test's server with other flags (same storage); the client follows it.
    bool restartServer(const QStringList& extraArgs);

private:
    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
};

std::string backendParamName(const ::testing::TestParamInfo<Backend>& info);

} // namespace rentflow::test

#define RENTFLOW_BOTH_BACKENDS(Fixture)                                                            \
    INSTANTIATE_TEST_SUITE_P(Backends, Fixture,                                                    \
                             ::testing::Values(::rentflow::test::Backend::Embedded,                \
                                               ::rentflow::test::Backend::Postgres),               \
                             ::rentflow::test::backendParamName)
