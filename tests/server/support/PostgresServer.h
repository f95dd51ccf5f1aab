#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rentflow::test {

// A real PostgreSQL 15 for one test process (ISSUE 11: "PostgreSQL being a real server the
// test harness starts"). initdb + postgres from /usr/lib/postgresql/15/bin (RENTFLOW_PG_BIN
// overrides) in a throwaway folder, listening on 127.0.0.1 only, on a free port, with its
// unix socket in that folder; trust authentication for the user kUser. As root, initdb and
// postgres run as the `postgres` user (setpriv), and the folder is handed to it.
//
// One server per test process: shared() starts it on first use and stops it at exit
// (pg_ctl stop -m immediate, then the folder goes). The postmaster is our child with a
// parent-death signal, so a test process that crashes takes it along too.
class PostgresServer
{
public:
    static constexpr const char* kUser = "rentflow_test";

    // The process's server, started on first call. Check ok() (or use ASSERT_PG_READY):
    // error() says why it could not start (binaries missing, initdb failed…), with the log.
    static PostgresServer& shared();

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    bool start();
    void stop();
    bool ok() const { return m_running; }
    QString error() const { return m_error; }

    quint16 port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString user() const { return QString::fromLatin1(kUser); }
    QString socketDir() const; // the folder holding .s.PGSQL.<port>
    QString binDir() const { return m_binDir; }

    // A new, empty database with a fresh name ("t<n>_<random>"); empty on failure (error()
    // says why). Every test (or fixture) takes its own.
    QString createDatabase();
    void dropDatabase(const QString& name); // best effort; everything goes at exit anyway

    // postgres://rentflow_test@127.0.0.1:PORT/<database>, for rentflow-server --database.
    QString url(const QString& database) const;

    // Opens a QPSQL connection to `database` under `connectionName` (the caller removes it
    // with QSqlDatabase::removeDatabase); false with error() on failure.
    bool openConnection(const QString& connectionName, const QString& database);

    // The last lines of the server's log, for failure messages.
    QString logTail(int lines = 30) const;

private:
    bool startOnce();
    bool execAdmin(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_postmasterPid = 0;
    QString m_binDir;
    QString m_error;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
    unsigned m_uid = 0;
    unsigned m_gid = 0;
};

} // namespace rentflow::test

// Fails the current test (fatally) with the reason when the process's PostgreSQL is not up.
#define ASSERT_PG_READY()                                                                          \
    ASSERT_TRUE(::rentflow::test::PostgresServer::shared().ok())                                   \
        << ::rentflow::test::PostgresServer::shared().error().toStdString()
