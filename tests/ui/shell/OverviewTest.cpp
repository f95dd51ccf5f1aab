// The overview: counts and properties read through the models, shown in words.
#include "../UiTestContext.h"
#include <overview/OverviewPage.h>
#include <overview/PropertiesModel.h>
#include <support/SamplePg.h>
#include <support/TestWorkspace.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>

#include <gtest/gtest.h>

using namespace rentflow;

TEST(OverviewPage, ShowsTheCountsAndThePropertiesTable)
{
    test::SamplePg pg; // Koramangala, Bengaluru (Karnataka): room 101 with 3 beds; 2 residents
    pg.checkIn(0, 0, QDate::currentDate());
    test::UiTestContext ui(*pg.workspace);
    ui::OverviewPage page(ui.context);
    QAbstractItemModelTester tester(page.propertiesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh();
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("countsLabel"))->text(),
              QStringLiteral("Properties: 1    Rooms: 1    Beds: 3 (2 vacant)    Residents: 2 "
                             "(1 staying)"));
    const ui::PropertiesModel* model = page.propertiesModel();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, ui::PropertiesModel::NameColumn).data().toString(),
              QStringLiteral("Koramangala"));
    EXPECT_EQ(model->index(0, ui::PropertiesModel::KindColumn).data().toString(),
              QStringLiteral("PG"));
    EXPECT_EQ(model->index(0, ui::PropertiesModel::StateColumn).data().toString(),
              QStringLiteral("Karnataka"));
    EXPECT_EQ(model->index(0, ui::PropertiesModel::BedsColumn).data().toInt(), 3);
}

TEST(OverviewPage, NoPropertiesSaysWhatToDo)
{
    test::TestWorkspace tw;
    auto ws = tw.create();
    ASSERT_TRUE(OrganisationRepository(ws->store())
                    .create({QStringLiteral("Sunrise PG"), {}, {}, {}, {}, {}})
                    .ok());
    test::UiTestContext ui(*ws);
    ui::OverviewPage page(ui.context);
    page.show();
    auto* state = page.findChild<QLabel*>(QStringLiteral("propertiesStateLabel"));
    EXPECT_TRUE(state->isVisible());
    EXPECT_TRUE(state->text().startsWith(QStringLiteral("No properties yet")));
    EXPECT_FALSE(page.findChild<QTableView*>(QStringLiteral("propertiesTableView"))->isVisible());
}
