// main() for every test executable: a Qt application object first (QtKeychain,
// QSqlTableModel and widgets need one), then GoogleTest.
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtGlobal>

#if defined(RENTFLOW_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(RENTFLOW_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication; // fonts and QPdfWriter (reports/)
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

#include <cstdio>
#include <ctime>

int main(int argc, char** argv)
{
    // Tests are headless; CTest's test discovery runs us without the suite's environment.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // CTest runs the suite in India's time zone; RENTFLOW_TEST_TZ runs it in another
    // (CI: America/Los_Angeles), for this process and the programs it starts.
    if (const QByteArray zone = qgetenv("RENTFLOW_TEST_TZ"); !zone.isEmpty()) {
        qputenv("TZ", zone);
        tzset();
    }
    // Without its tzdata file a zone silently becomes UTC, and the run proves nothing.
    if (const QByteArray zone = qgetenv("TZ"); zone.contains('/') && !QTimeZone(zone).isValid()) {
        std::fprintf(stderr, "TZ=%s: no such time zone here (is tzdata installed?)\n",
                     zone.constData());
        return 2;
    }
    // The app starts its bundled rentflow-server; only the tests of that start one.
    if (!qEnvironmentVariableIsSet("RENTFLOW_NO_BUNDLED_SERVER"))
        qputenv("RENTFLOW_NO_BUNDLED_SERVER", "1");
    TestApplication app(argc, argv);
    // Each test process keeps its settings (window size, last screen…) in its own folder,
    // removed at exit: CTest runs tests in parallel, and none may see another's settings
    // or the user's own.
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        std::fprintf(stderr, "cannot make a folder for the test's settings\n");
        return 2;
    }
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        for (const QSettings::Scope scope : {QSettings::UserScope, QSettings::SystemScope})
            QSettings::setPath(format, scope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
