#include "StartupProbe.h"

#include <shell/AppSession.h>
#include <shell/ScreenCatalog.h>

#include <QApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

namespace rentflow::app {

namespace {

// Peak resident memory of this process (VmHWM), in kB; -1 when unknown.
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

void armStartupProbe(ui::AppSession& session, const QElapsedTimer& sinceStart)
{
    const QByteArray mode = qgetenv("RENTFLOW_BENCH_STARTUP");
    if (mode.isEmpty() || !session.window())
        return;
    ui::MainWindow* window = session.window();
    auto* poll = new QTimer(window);
    poll->setInterval(1);
    QObject::connect(poll, &QTimer::timeout, window, [=, &sinceStart] {
        if (!window->windowHandle() || !window->windowHandle()->isExposed())
            return;
        poll->stop();
        window->repaint(); // painted, not only mapped
        const qint64 shown = sinceStart.elapsed();
        if (mode == "screens")
            for (const ui::ScreenEntry& entry : ui::screenCatalog()) {
                window->showScreen(entry.id);
                window->repaint();
                QCoreApplication::processEvents();
            }
        QTextStream(stderr) << "rentflow-bench shown-ms=" << shown
                            << " vmhwm-kb=" << peakResidentKb() << '\n';
        QCoreApplication::exit(0);
    });
    poll->start();
}

} // namespace rentflow::app
