#include "BackgroundIntegrityCheck.h"

#include <store/DatabaseOpener.h>
#include <store/Workspace.h>

#include <QThread>

namespace rentflow::ui {

namespace {

// Runs in the worker thread: the connection is made, used and closed there.
QStringList scan(const store::Workspace& workspace)
{
    auto connection = workspace.openConnection(store::DatabaseOpener::Access::ReadOnly);
    if (!connection)
        return {connection.error().message};
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::database(connection.value(), false);
        problems = store::DatabaseOpener::integrityProblems(db, false);
    }
    store::DatabaseOpener::close(connection.value());
    return problems;
}

} // namespace

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const store::Workspace& workspace,
                                                   QObject* parent)
    : QObject(parent), m_workspace(workspace)
{}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundIntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundIntegrityCheck::start()
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([this] {
        const QStringList problems = scan(m_workspace);
        QMetaObject::invokeMethod(
            this, [this, problems] { emit finished(problems); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("integrity-check"));
    m_thread->start(QThread::LowPriority);
}

} // namespace rentflow::ui
