#include "../UiTestContext.h"

#include <demo/DemoData.h>
#include <documents/DocumentsScreen.h>
#include <organisation/OrganisationRepository.h>
#include <readings/ReadingsGridModel.h>
#include <readings/ReadingsScreen.h>
#include <support/SamplePg.h>
#include <support/TestWorkspace.h>

#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;

// The two screens on the demo PG at a laptop's and a desktop's size: the grid is filled and
// its columns fit without a sideways scroll bar. RENTFLOW_SCREENSHOT_DIR=DIR saves each as PNG.
TEST(ReadingsAndDocumentsOnTheDemo, RenderAt1366And1920)
{
    test::TestWorkspace files;
    auto workspace = files.create();
    ASSERT_TRUE(OrganisationRepository(workspace->store())
                    .create(test::SamplePg::defaultOrganisation())
                    .ok());
    DemoData::Options options;
    options.beds = 60;
    options.months = 1;
    const auto demo = DemoData(workspace->store()).generate(options);
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    test::UiTestContext ui(*workspace);
    ui::ReadingsScreen readings(ui.context);
    ui::DocumentsScreen documents(ui.context);
    const QByteArray dir = qgetenv("RENTFLOW_SCREENSHOT_DIR");
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        readings.resize(size);
        readings.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&readings));
        readings.activate();
        EXPECT_GT(readings.model()->rowCount(), 0);
        EXPECT_FALSE(readings.grid()->horizontalScrollBar()->isVisible()) << size.width();
        documents.resize(size);
        documents.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&documents));
        if (!dir.isEmpty()) {
            const QString suffix = QStringLiteral("-%1.png").arg(size.width());
            readings.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/demo-readings") +
                                 suffix);
            documents.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/demo-documents") +
                                  suffix);
        }
    }
}
