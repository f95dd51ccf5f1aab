// Test helper: opens a workspace, says OPEN, and keeps it open until killed.
// Usage: rentflow_open_holder WORKSPACE (passphrase in $RENTFLOW_TEST_PASSPHRASE).
#include <store/Workspace.h>

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace rentflow;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    store::KeySource keys;
    keys.passphrase = qEnvironmentVariable("RENTFLOW_TEST_PASSPHRASE");
    auto opened = store::Workspace::open(QString::fromLocal8Bit(argv[1]), keys,
                                         {QStringLiteral("open:holder"), {}});
    QTextStream out(stdout);
    if (!opened) {
        out << "FAILED " << opened.error().message << Qt::endl;
        return 3;
    }
    out << "OPEN" << Qt::endl;
    for (;;)
        QThread::sleep(1); // the test kills us here
}
