#include "BackgroundTask.h"

#include <store/Store.h>
#include <store/Workspace.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace rentflow::ui {

void TaskControl::setProgress(int done, int total, const QString& text)
{
    emit progressed(done, total, text);
}

BackgroundTask::BackgroundTask(store::Workspace& workspace, store::DatabaseOpener::Access access,
                               Work work, QObject* parent)
    : QObject(parent), m_workspace(&workspace), m_access(access), m_work(std::move(work))
{
    connect(&m_control, &TaskControl::progressed, this, &BackgroundTask::progressed,
            Qt::QueuedConnection);
}

BackgroundTask::BackgroundTask(PlainWork work, QObject* parent)
    : QObject(parent), m_plainWork(std::move(work))
{
    connect(&m_control, &TaskControl::progressed, this, &BackgroundTask::progressed,
            Qt::QueuedConnection);
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_control.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

store::StoreStatus BackgroundTask::runWork()
{
    if (m_plainWork)
        return m_plainWork(m_control);
    const auto connection = m_workspace->openConnection(m_access);
    if (!connection)
        return connection.error();
    store::StoreStatus status = store::Done{};
    {
        const store::Store& uiStore = m_workspace->store();
        store::Store store(QSqlDatabase::database(connection.value(), false), uiStore.deviceId(),
                           uiStore.actor());
        status = m_work(store, m_control);
    }
    store::DatabaseOpener::close(connection.value());
    return status;
}

void BackgroundTask::start()
{
    if (isRunning())
        return;
    delete m_thread;
    m_error.reset();
    m_thread = QThread::create([this] {
        store::StoreStatus status = runWork();
        std::optional<store::StoreError> error;
        if (!status)
            error = status.error();
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                m_error = error;
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("rentflow-task"));
    m_thread->start();
}

TaskOutcome runWithProgress(QWidget* parent, const QString& title, BackgroundTask& task)
{
    QProgressDialog dialog(title, QObject::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("taskProgressDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&task, &BackgroundTask::progressed, &dialog,
                     [&dialog](int done, int total, const QString& text) {
                         dialog.setMaximum(total);
                         dialog.setValue(done);
                         if (!text.isEmpty())
                             dialog.setLabelText(text);
                     });
    const auto cancelOnClick =
        QObject::connect(&dialog, &QProgressDialog::canceled, &task, &BackgroundTask::cancel);
    // Wait for the work itself, not for a loop to end: a quit asked for meanwhile (Ctrl+Q)
    // ends nested event loops, and the caller must never read what the work still writes.
    bool finished = false;
    QObject::connect(&task, &BackgroundTask::finished, &dialog, [&finished] { finished = true; });
    task.start();
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // Closing a QProgressDialog emits canceled(): the outcome is read first and Cancel
    // disconnected, so finished work is never reported as cancelled.
    const TaskOutcome outcome{task.isCancelled() && !task.error(), task.error()};
    QObject::disconnect(cancelOnClick);
    dialog.close();
    return outcome;
}

} // namespace rentflow::ui
