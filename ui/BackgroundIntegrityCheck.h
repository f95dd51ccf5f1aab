#pragma once

#include <QObject>
#include <QStringList>

class QThread;

namespace rentflow::store {
class Workspace;
}

namespace rentflow::ui {

// The app's whole-file scan (SPEC §1.5): opening no longer reads every page, so
// the app scans in the background, off the UI thread, on its own read-only
// connection, and reports what it found. The workspace must outlive it.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIntegrityCheck(const store::Workspace& workspace, QObject* parent = nullptr);
    ~BackgroundIntegrityCheck() override; // waits for a scan in progress

    void start();
    bool isRunning() const;

signals:
    // Empty when every page decrypted and the file passed quick_check.
    void finished(const QStringList& problems);

private:
    const store::Workspace& m_workspace;
    QThread* m_thread = nullptr;
};

} // namespace rentflow::ui
