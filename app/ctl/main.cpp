// rentflowctl: the command line over RentFlow's libraries (CLI.md).
#include "../common/ProgramInfo.h"
#include "CtlCommand.h"
#include "CtlDispatcher.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// Qt's notes about the drawing machinery (no XDG runtime folder on a server; a
// space inside Hindi text taken from the Latin font) say nothing to a user.
void quietDrawingNotes(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")) ||
        message.contains(QLatin1String("OpenType support missing for")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    rentflow::app::CtlDispatcher dispatcher;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (rentflow::app::commandNeedsFonts(dispatcher.commandWords(arguments))) {
        // Documents are drawn, never shown: no display is needed or used.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietDrawingNotes);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    rentflow::app::setProgramIdentity("rentflowctl");
    return dispatcher.run(app->arguments());
}
