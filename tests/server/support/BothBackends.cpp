#include "BothBackends.h"

#include <QDir>

namespace rentflow::test {

TestServer::TestServer(Backend backend, QStringList extraArgs, QMap<QString, QString> environment)
    : m_backend(backend), m_extraArgs(std::move(extraArgs)), m_environment(std::move(environment)),
      m_dataDir(QDir::tempPath() + QStringLiteral("/rentflow-server-data-XXXXXX"))
{}

TestServer::~TestServer()
{
    m_process.reset(); // stops it if a test left it running
    if (!m_database.isEmpty())
        PostgresServer::shared().dropDatabase(m_database);
}

ServerOptions TestServer::options(const QStringList& extraArgs) const
{
    ServerOptions options;
    options.backend = m_backend;
    options.databaseUrl = m_databaseUrl;
    options.dataDir = m_dataDir.path();
    options.extraArgs = extraArgs;
    options.environment = m_environment;
    return options;
}

bool TestServer::start()
{
    m_error.clear();
    if (!m_dataDir.isValid()) {
        m_error = QStringLiteral("cannot make a data folder: %1").arg(m_dataDir.errorString());
        return false;
    }
    if (m_backend == Backend::Postgres && m_database.isEmpty()) {
        PostgresServer& pg = PostgresServer::shared();
        if (!pg.ok()) {
            m_error = QStringLiteral("PostgreSQL for the tests did not start: ") + pg.error();
            return false;
        }
        m_database = pg.createDatabase();
        if (m_database.isEmpty()) {
            m_error = QStringLiteral("cannot create a test database: ") + pg.error();
            return false;
        }
        m_databaseUrl = pg.url(m_database);
    }
    m_process = std::make_unique<ServerProcess>(options(m_extraArgs));
    if (!m_process->start()) {
        m_error = m_process->error();
        return false;
    }
    return true;
}

bool TestServer::stop()
{
    if (!m_process)
        return true;
    const bool ok = m_process->stop();
    if (!ok)
        m_error = m_process->error();
    return ok;
}

bool TestServer::restart(const std::optional<QStringList>& extraArgs)
{
    if (m_process && m_process->isRunning() && !stop())
        return false;
    if (extraArgs)
        m_extraArgs = *extraArgs;
    return start();
}

std::unique_ptr<ServerProcess> TestServer::startAnother(const QStringList& extraArgs)
{
    auto process = std::make_unique<ServerProcess>(options(m_extraArgs + extraArgs));
    if (!process->start())
        m_error = process->error();
    return process;
}

void BothBackends::SetUp()
{
    m_server = std::make_unique<TestServer>(GetParam(), serverArgs(), serverEnvironment());
    ASSERT_TRUE(m_server->start()) << m_server->error().toStdString();
    m_http.setBaseUrl(m_server->baseUrl());
}

void BothBackends::TearDown()
{
    if (!m_server)
        return;
    if (m_server->isRunning()) {
        EXPECT_TRUE(m_server->stop()) << m_server->error().toStdString();
    }
    m_server.reset();
}

bool BothBackends::restartServer(const QStringList& extraArgs)
{
    const bool ok = m_server->restart(extraArgs);
    m_http.setBaseUrl(m_server->baseUrl());
    return ok;
}

std::string backendParamName(const ::testing::TestParamInfo<Backend>& info)
{
    return backendName(info.param).toStdString();
}

} // namespace rentflow::test
