#include "BundledServer.h"

#include <store/Workspace.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace rentflow::ui {

namespace {
const QString kKeyVariable = QStringLiteral("RENTFLOW_BUNDLED_SERVER_KEY");
const QString kAnyPort = QStringLiteral("127.0.0.1:0");
} // namespace

BundledServer::BundledServer(QString listen, QObject* parent)
    : QObject(parent), m_firstListen(std::move(listen))
{}

BundledServer::~BundledServer()
{
    stop();
}

QString BundledServer::findProgram()
{
    if (const QString given = qEnvironmentVariable("RENTFLOW_SERVER_PROGRAM"); !given.isEmpty())
        return QFileInfo(given).isExecutable() ? given : QString();
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {here.filePath(QStringLiteral("rentflow-server")),
                                     here.filePath(QStringLiteral("../server/rentflow-server"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

QString BundledServer::dataDirFor(const QString& workspaceDirectory)
{
    return store::Workspace::bundledServerDirectory(workspaceDirectory);
}

void BundledServer::start(const store::Workspace& workspace)
{
    stop();
    if (qEnvironmentVariableIntValue("RENTFLOW_NO_BUNDLED_SERVER") == 1) {
        setStatus(QString()); // this office runs its server elsewhere
        return;
    }
    m_program = findProgram();
    if (m_program.isEmpty()) {
        setStatus(tr("Server: not installed beside the app"));
        return;
    }
    m_arguments = {QStringLiteral("--data-dir"),       dataDirFor(workspace.directory()),
                   QStringLiteral("--passphrase-env"), kKeyVariable,
                   QStringLiteral("--workers"),        QStringLiteral("2")};
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(kKeyVariable, workspace.bundledServerPassphrase());
    launch(m_firstListen);
}

void BundledServer::launch(const QString& listen)
{
    m_listen = listen;
    m_url.clear();
    m_lastError.clear();
    m_stopping = false;
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(m_environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &BundledServer::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &BundledServer::readOutput);
    connect(m_process, &QProcess::finished, this, &BundledServer::finished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            setStatus(tr("Server: could not start %1").arg(m_program));
    });
    setStatus(tr("Server: starting…"));
    m_process->start(m_program, m_arguments + QStringList{QStringLiteral("--listen"), listen});
}

void BundledServer::readOutput()
{
    while (m_process->canReadLine()) {
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        if (line.startsWith(QLatin1String("listening on "))) {
            m_url = line.mid(int(qstrlen("listening on ")));
            QSettings().setValue(QStringLiteral("server/url"), m_url);
            setStatus(tr("Server: %1").arg(m_url));
            emit listening(m_url);
        }
    }
    m_process->setReadChannel(QProcess::StandardError);
    while (m_process->canReadLine()) {
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        if (line.startsWith(QLatin1String("rentflow-server: "))) // its errors; logs are JSON
            m_lastError = line.mid(int(qstrlen("rentflow-server: ")));
    }
    m_process->setReadChannel(QProcess::StandardOutput);
}

void BundledServer::finished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    const bool wasListening = !m_url.isEmpty();
    m_process->deleteLater();
    m_process = nullptr;
    m_url.clear();
    if (m_stopping)
        return;
    // Its first port taken (another program, another RentFlow): any free port instead.
    if (!wasListening && m_listen != kAnyPort &&
        m_lastError.contains(QLatin1String("Cannot listen"))) {
        launch(kAnyPort);
        return;
    }
    setStatus(
        status == QProcess::NormalExit && exitCode == 0
            ? tr("Server: stopped")
            : tr("Server stopped: %1")
                  .arg(m_lastError.isEmpty() ? tr("exit code %1").arg(exitCode) : m_lastError));
}

void BundledServer::stop()
{
    if (!m_process)
        return;
    m_stopping = true;
    QProcess* process = m_process;
    process->terminate(); // SIGTERM: finishes what is in flight, exits 0
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(2000);
    }
    if (m_process) { // finished() did not run (no event loop)
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_url.clear();
    setStatus(tr("Server: stopped"));
}

void BundledServer::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

} // namespace rentflow::ui
