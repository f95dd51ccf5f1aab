#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

namespace rentflow::store {
class Workspace;
}

namespace rentflow::ui {

// The rentflow-server that comes with the app, run on its embedded default for the open
// workspace: on loopback, its data in a folder beside the workspace ("<workspace>-server"),
// encrypted under a secret derived from the workspace's key. It starts with the window and
// stops (SIGTERM, then waits) when the workspace closes or the app quits.
// RENTFLOW_NO_BUNDLED_SERVER=1 leaves it off (an office whose server runs elsewhere; the
// tests, except the bundled server's own).
class BundledServer : public QObject
{
    Q_OBJECT
public:
    // `listen`: where to listen first; when that port is taken, any free port on loopback.
    explicit BundledServer(QString listen = QStringLiteral("127.0.0.1:8080"),
                           QObject* parent = nullptr);
    ~BundledServer() override;

    // RENTFLOW_SERVER_PROGRAM, else rentflow-server beside the app (installed) or in the
    // build tree's app/server; empty when there is none.
    static QString findProgram();
    static QString dataDirFor(const QString& workspaceDirectory);

    void start(const store::Workspace& workspace);
    void stop();
    bool isListening() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }       // "http://127.0.0.1:8080" once listening
    QString status() const { return m_status; } // for the status bar

signals:
    void statusChanged(const QString& status);
    void listening(const QString& url);

private:
    void launch(const QString& listen);
    void readOutput();
    void finished(int exitCode, QProcess::ExitStatus status);
    void setStatus(const QString& status);

    QString m_firstListen;
    QString m_listen;
    QString m_program;
    QString m_url;
    QString m_status;
    QString m_lastError;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QProcess* m_process = nullptr;
    bool m_stopping = false;
};

} // namespace rentflow::ui
