#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rentflow::test {

enum class Backend
{
    Embedded, // the encrypted SQLite file in --data-dir
    Postgres, // the test process's PostgreSQL (PostgresServer), a fresh database
};
QString backendName(Backend backend); // "Embedded" / "Postgres"

struct ServerOptions
{
    Backend backend = Backend::Embedded;
    QString databaseUrl;                // Postgres: --database (TestServer fills it)
    QString dataDir;                    // empty: a throwaway folder of the ServerProcess's own
    QStringList extraArgs;              // more flags: {"--rate-limit-multiplier", "0"}…
    QMap<QString, QString> environment; // more variables for the server's environment
    QString listen = QStringLiteral("127.0.0.1:0");
    int startTimeoutMs = 60'000;
};

// The built rentflow-server as a child process (CLI.md): `--listen 127.0.0.1:0`, a data
// folder, the embedded file's passphrase through --passphrase-env (kPassphraseVariable in
// its environment, no keychain), or --database for PostgreSQL. start() waits for its
// "listening on http://127.0.0.1:PORT" line. Its stdout and stderr go to files in its
// folder (a pipe nobody reads would stall it): standardOutput()/standardError() read
// them, describe() puts both in failure messages. No RENTFLOW_SERVER_* variable of the
// caller's environment reaches it: its settings are the flags given here.
class ServerProcess
{
public:
    static constexpr const char* kPassphraseVariable = "RENTFLOW_TEST_SERVER_PASSPHRASE";
    static constexpr const char* kPassphrase = "correct horse battery staple 11";

    static QString binaryPath(); // $<TARGET_FILE:rentflow-server>

    explicit ServerProcess(ServerOptions options = {});
    ~ServerProcess(); // stops it if still running (SIGTERM, then SIGKILL after 10 s)
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts it and waits for the listening line; false with error() (and describe()).
    bool start();
    // SIGTERM, then waits up to timeoutMs; true when it exited normally with code 0,
    // else false with error() saying what happened instead.
    bool stop(int timeoutMs = 15'000);
    void kill(); // SIGKILL, for tests of a crash
    void sendSignal(int signal);
    bool isRunning() const;
    // After stop() or waitForExit(): how it ended.
    bool waitForExit(int timeoutMs);
    int exitCode() const;
    bool crashed() const;

    QString error() const { return m_error; }
    QString baseUrl() const { return m_baseUrl; } // "http://127.0.0.1:PORT"
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    qint64 pid() const;
    QString dataDir() const { return m_dataDir; }
    QStringList arguments() const { return m_arguments; }
    const ServerOptions& options() const { return m_options; }

    QString standardOutput() const;
    QString standardError() const;
    // The command line, how it ended and the last lines of both outputs.
    QString describe(int lines = 40) const;

private:
    ServerOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QString m_dataDir;
    QStringList m_arguments;
    QString m_error;
    QString m_baseUrl;
    QString m_host;
    quint16 m_port = 0;
    bool m_started = false;
};

// Runs rentflow-server to its end with `args` (no listening wait): for --help, bad flags,
// `user add`. Same environment rules as ServerProcess.
struct ServerRun
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;
};
ServerRun runServer(const QStringList& args, const QMap<QString, QString>& environment = {},
                    int timeoutMs = 60'000);

// The environment rentflow-server gets in tests: the caller's, without RENTFLOW_SERVER_*
// settings, with the passphrase variable and `extra`.
QProcessEnvironment serverEnvironment(const QMap<QString, QString>& extra = {});

} // namespace rentflow::test
