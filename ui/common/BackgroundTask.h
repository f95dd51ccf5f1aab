#pragma once

#include <store/DatabaseOpener.h>
#include <store/StoreError.h>

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QThread;
class QWidget;

namespace rentflow::store {
class Store;
class Workspace;
} // namespace rentflow::store

namespace rentflow::ui {

// What long work sees of the UI: where it has got to, and whether the user cancelled.
// Safe to call from the worker thread.
class TaskControl : public QObject
{
    Q_OBJECT
public:
    void setProgress(int done, int total, const QString& text = {});
    bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }

signals:
    void progressed(int done, int total, const QString& text); // queued to the UI thread

private:
    std::atomic_bool m_cancelled{false};
};

// Long work (the monthly run, batch PDFs, a backup, a large list) off the UI thread
// (SPEC: nothing blocks the window). The work runs in its own thread on its own
// connection to the workspace (a Store with this PC's device id and the app's actor),
// so the window keeps answering; the result comes back on the UI thread. The work
// keeps what it produces in variables it captured and returns only success or why
// not; a cancelled work returns success and the caller reads isCancelled().
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<store::StoreStatus(store::Store& store, TaskControl& control)>;
    // Work that needs no database connection (a file copy, a backup through Workspace).
    using PlainWork = std::function<store::StoreStatus(TaskControl& control)>;

    BackgroundTask(store::Workspace& workspace, store::DatabaseOpener::Access access, Work work,
                   QObject* parent = nullptr);
    explicit BackgroundTask(PlainWork work, QObject* parent = nullptr);
    ~BackgroundTask() override; // cancels and waits for the work

    void start();
    void cancel() { m_control.cancel(); }
    bool isRunning() const;
    bool isCancelled() const { return m_control.isCancelled(); }
    TaskControl& control() { return m_control; }
    // After finished(): the error, when the work failed.
    const std::optional<store::StoreError>& error() const { return m_error; }

signals:
    void progressed(int done, int total, const QString& text);
    void finished(); // on the UI thread; see error() and isCancelled()

private:
    store::StoreStatus runWork();

    store::Workspace* m_workspace = nullptr;
    store::DatabaseOpener::Access m_access = store::DatabaseOpener::Access::ReadOnly;
    Work m_work;
    PlainWork m_plainWork;
    TaskControl m_control;
    QThread* m_thread = nullptr;
    std::optional<store::StoreError> m_error;
};

// Runs the work with a progress dialog (shown after a moment, with Cancel) and waits
// for it while the window keeps painting. The outcome: done, cancelled or failed.
struct TaskOutcome
{
    bool cancelled = false;
    std::optional<store::StoreError> error;
    bool succeeded() const { return !cancelled && !error; }
};
TaskOutcome runWithProgress(QWidget* parent, const QString& title, BackgroundTask& task);

} // namespace rentflow::ui
