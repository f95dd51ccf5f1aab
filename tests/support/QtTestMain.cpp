// main() for every test executable: a Qt application object first (QtKeychain,
// QSqlTableModel and widgets need one), then GoogleTest.
#include <QtGlobal>

#ifdef RENTFLOW_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Tests are headless; CTest's test discovery runs us without the suite's environment.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
