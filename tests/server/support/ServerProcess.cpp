#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace rentflow::test {

namespace {

QString readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString tail(const QString& text, int lines)
{
    const QStringList all = text.split(QLatin1Char('\n'));
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace

QString backendName(Backend backend)
{
    return backend == Backend::Postgres ? QStringLiteral("Postgres") : QStringLiteral("Embedded");
}

QString ServerProcess::binaryPath()
{
    return QStringLiteral(RENTFLOW_SERVER_BINARY);
}

QProcessEnvironment serverEnvironment(const QMap<QString, QString>& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        if (key.startsWith(QLatin1String("RENTFLOW_SERVER_")))
            env.remove(key);
    env.insert(QString::fromLatin1(ServerProcess::kPassphraseVariable),
               QString::fromLatin1(ServerProcess::kPassphrase));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

ServerProcess::ServerProcess(ServerOptions options) : m_options(std::move(options)) {}

ServerProcess::~ServerProcess()
{
    if (isRunning()) {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
}

bool ServerProcess::start()
{
    m_error.clear();
    if (!QFileInfo(binaryPath()).isExecutable()) {
        m_error = QStringLiteral("rentflow-server is not built at %1").arg(binaryPath());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QStringLiteral("/rentflow-server-test-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error =
            QStringLiteral("cannot make a folder for the server: %1").arg(m_dir->errorString());
        return false;
    }
    m_dataDir =
        m_options.dataDir.isEmpty() ? m_dir->filePath(QStringLiteral("data")) : m_options.dataDir;
    QDir().mkpath(m_dataDir);

    m_arguments = {QStringLiteral("--listen"), m_options.listen, QStringLiteral("--data-dir"),
                   m_dataDir};
    if (m_options.backend == Backend::Postgres) {
        if (m_options.databaseUrl.isEmpty()) {
            m_error = QStringLiteral("a Postgres server needs a database URL (use TestServer)");
            return false;
        }
        m_arguments << QStringLiteral("--database") << m_options.databaseUrl;
    } else {
        m_arguments << QStringLiteral("--passphrase-env")
                    << QString::fromLatin1(kPassphraseVariable);
    }
    m_arguments << m_options.extraArgs;

    m_process.setProcessEnvironment(serverEnvironment(m_options.environment));
    m_process.setWorkingDirectory(m_dir->path());
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(m_dir->filePath(QStringLiteral("stdout.log")));
    m_process.setStandardErrorFile(m_dir->filePath(QStringLiteral("stderr.log")));
    m_process.start(binaryPath(), m_arguments);
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("rentflow-server did not start: %1").arg(m_process.errorString());
        return false;
    }
    m_started = true;

    static const QRegularExpression listening(
        QStringLiteral(R"(listening on ((https?)://(\[[^\]]+\]|[^\s/:\[]+):(\d+)))"));
    QDeadlineTimer deadline(m_options.startTimeoutMs);
    for (;;) {
        const QRegularExpressionMatch match = listening.match(standardOutput());
        if (match.hasMatch()) {
            m_baseUrl = match.captured(1);
            m_host = match.captured(3);
            m_port = match.captured(4).toUShort();
            return true;
        }
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(0)) {
            m_error = QStringLiteral("rentflow-server ended before listening\n") + describe();
            return false;
        }
        if (deadline.hasExpired()) {
            m_error =
                QStringLiteral("rentflow-server printed no 'listening on' line within %1 ms\n")
                    .arg(m_options.startTimeoutMs) +
                describe();
            return false;
        }
        QThread::msleep(10);
    }
}

bool ServerProcess::stop(int timeoutMs)
{
    m_error.clear();
    if (!m_started) {
        m_error = QStringLiteral("rentflow-server was never started");
        return false;
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate(); // SIGTERM
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
            m_error = QStringLiteral("rentflow-server did not exit within %1 ms of SIGTERM\n")
                          .arg(timeoutMs) +
                      describe();
            return false;
        }
    }
    if (m_process.exitStatus() != QProcess::NormalExit) {
        m_error = QStringLiteral("rentflow-server crashed\n") + describe();
        return false;
    }
    if (m_process.exitCode() != 0) {
        m_error = QStringLiteral("rentflow-server exited with %1 after SIGTERM\n")
                      .arg(m_process.exitCode()) +
                  describe();
        return false;
    }
    return true;
}

void ServerProcess::kill()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
}

void ServerProcess::sendSignal(int signal)
{
    if (isRunning())
        ::kill(static_cast<pid_t>(m_process.processId()), signal);
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool ServerProcess::waitForExit(int timeoutMs)
{
    if (!isRunning())
        return true;
    return m_process.waitForFinished(timeoutMs);
}

int ServerProcess::exitCode() const
{
    return m_process.exitCode();
}

bool ServerProcess::crashed() const
{
    return m_process.exitStatus() == QProcess::CrashExit;
}

qint64 ServerProcess::pid() const
{
    return m_process.processId();
}

QString ServerProcess::standardOutput() const
{
    return m_dir ? readFile(m_dir->filePath(QStringLiteral("stdout.log"))) : QString();
}

QString ServerProcess::standardError() const
{
    return m_dir ? readFile(m_dir->filePath(QStringLiteral("stderr.log"))) : QString();
}

QString ServerProcess::describe(int lines) const
{
    QString state;
    if (isRunning())
        state = QStringLiteral("running (pid %1)").arg(m_process.processId());
    else if (m_process.exitStatus() == QProcess::CrashExit)
        state = QStringLiteral("crashed");
    else
        state = QStringLiteral("exited with %1").arg(m_process.exitCode());
    return QStringLiteral("command: %1 %2\nstate: %3\n--- stdout (last %4 lines) ---\n%5\n"
                          "--- stderr (last %4 lines) ---\n%6\n---")
        .arg(binaryPath(), m_arguments.join(QLatin1Char(' ')), state)
        .arg(lines)
        .arg(tail(standardOutput(), lines), tail(standardError(), lines));
}

ServerRun runServer(const QStringList& args, const QMap<QString, QString>& environment,
                    int timeoutMs)
{
    ServerRun run;
    QProcess process;
    process.setProcessEnvironment(serverEnvironment(environment));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(ServerProcess::binaryPath(), args);
    if (!process.waitForStarted(10'000)) {
        run.err = process.errorString();
        return run;
    }
    // Small outputs (help, errors): the pipes' buffers hold them while we wait.
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        run.timedOut = true;
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace rentflow::test
