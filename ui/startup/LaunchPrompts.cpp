#include "LaunchPrompts.h"

#include <QEventLoop>

namespace rentflow::ui {

TaskOutcome LaunchPrompts::runLongWork(const QString& title, BackgroundTask& task)
{
    Q_UNUSED(title);
    QEventLoop loop;
    QObject::connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit);
    task.start();
    loop.exec();
    return TaskOutcome{task.isCancelled() && !task.error(), task.error()};
}

} // namespace rentflow::ui
