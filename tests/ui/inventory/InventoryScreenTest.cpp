// The Beds screen driven as a user would: the board's states, colours and texts for a PG
// with a bed in every state, its filters, Enter and double-click, the bed's menu actions,
// openRecord, empty and failed reads; its item models under QAbstractItemModelTester.
#include "../UiTestContext.h"
#include "InventoryUiTest.h"

#include <demo/DemoData.h>
#include <inventory/BedBoardModel.h>
#include <inventory/BedBoardView.h>
#include <inventory/BedStatus.h>
#include <inventory/InventoryScreen.h>
#include <inventory/InventoryTreeModel.h>
#include <inventory/MeterRepository.h>
#include <inventory/PropertyRepository.h>
#include <organisation/OrganisationRepository.h>
#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/BoardPg.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace rentflow;
using ui::inventory::BedBoardModel;
using ui::inventory::InventoryScreen;
using ui::inventory::InventoryTreeModel;

namespace {

class BedsScreenTest : public ::testing::Test
{
protected:
    BedsScreenTest() : ui(*pg.workspace), screen(ui.context)
    {
        screen.setToday(test::BoardPg::kToday);
        screen.setCheckInAction([this](QWidget*, const QString& bedId) {
            checkInsAsked << bedId;
            return false;
        });
        screen.resize(1366, 768);
        screen.show();
        screen.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&screen));
        screen.reload();
    }
    QModelIndex tile(const QString& name)
    {
        QAbstractItemModel* model = screen.board()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == name)
                return model->index(row, 0);
        return {};
    }
    QString text(const QString& name, int role) { return tile(name).data(role).toString(); }
    QStringList shownBeds()
    {
        QStringList names;
        QAbstractItemModel* model = screen.board()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        return names;
    }
    QColor bandColour(const QString& name)
    {
        const QImage image = screen.board()->viewport()->grab().toImage();
        const QRect rect = screen.board()->visualRect(tile(name));
        return image.pixelColor(rect.left() + 4, rect.center().y());
    }
    QString bedStatus(int bed)
    {
        QSqlQuery q(pg.store().database());
        q.prepare(QStringLiteral("SELECT status FROM bed WHERE id = ?"));
        q.addBindValue(pg.bedIds[bed]);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toString();
    }
    // As a hand does it: a click, then the second click of the double-click.
    void doubleClick(const QString& name)
    {
        const QPoint centre = screen.board()->visualRect(tile(name)).center();
        QTest::mouseClick(screen.board()->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(screen.board()->viewport(), Qt::LeftButton, {}, centre);
    }
    void focusTile(const QString& name)
    {
        screen.board()->setFocus();
        screen.board()->setCurrentIndex(tile(name));
    }

    test::BoardPg pg;
    test::UiTestContext ui;
    InventoryScreen screen;
    QStringList checkInsAsked;
};

} // namespace

TEST_F(BedsScreenTest, EveryStateShowsInItsColourWithItsWordsResidentAndDues)
{
    EXPECT_EQ(shownBeds(), (QStringList{QStringLiteral("101-A"), QStringLiteral("101-B"),
                                        QStringLiteral("101-C"), QStringLiteral("102-A"),
                                        QStringLiteral("102-B")}));
    EXPECT_EQ(text(QStringLiteral("101-A"), BedBoardModel::StatusTextRole),
              QStringLiteral("Vacating on 15-12-2026"));
    EXPECT_EQ(text(QStringLiteral("101-A"), BedBoardModel::ResidentNameRole),
              QStringLiteral("Lakshmi Narayanan"));
    // October ₹12,000 + November ₹12,000, unpaid.
    EXPECT_EQ(text(QStringLiteral("101-A"), BedBoardModel::DuesRole),
              QStringLiteral("Dues ₹\u00A024,000.00"));
    EXPECT_EQ(text(QStringLiteral("101-B"), BedBoardModel::StatusTextRole),
              QStringLiteral("Occupied"));
    // November ₹12,000 less ₹5,000 paid.
    EXPECT_EQ(text(QStringLiteral("101-B"), BedBoardModel::DuesRole),
              QStringLiteral("Dues ₹\u00A07,000.00"));
    EXPECT_EQ(text(QStringLiteral("101-C"), BedBoardModel::StatusTextRole),
              QStringLiteral("Maintenance"));
    EXPECT_EQ(text(QStringLiteral("101-C"), BedBoardModel::DuesRole), QString());
    EXPECT_EQ(text(QStringLiteral("102-A"), BedBoardModel::StatusTextRole),
              QStringLiteral("Reserved from 01-12-2026"));
    EXPECT_EQ(text(QStringLiteral("102-A"), BedBoardModel::ResidentNameRole),
              QStringLiteral("Priya Sharma"));
    EXPECT_EQ(text(QStringLiteral("102-A"), BedBoardModel::DuesRole), QStringLiteral("No dues"));
    EXPECT_EQ(text(QStringLiteral("102-B"), BedBoardModel::StatusTextRole),
              QStringLiteral("Vacant"));
    EXPECT_EQ(text(QStringLiteral("102-B"), BedBoardModel::RentTextRole),
              QStringLiteral("₹\u00A09,000.00"));
    EXPECT_TRUE(text(QStringLiteral("101-A"), Qt::ToolTipRole)
                    .contains(QStringLiteral("Next: Rahul Verma from 16-12-2026")));

    // The tile's band is its state's colour; the legend names every state.
    const QStringList names{QStringLiteral("102-B"), QStringLiteral("101-B"),
                            QStringLiteral("101-A"), QStringLiteral("102-A"),
                            QStringLiteral("101-C")};
    const auto& statuses = ui::inventory::bedStatuses();
    ASSERT_EQ(statuses.size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(bandColour(names[i]), statuses[i].edge) << names[i].toStdString();
        auto* legend = screen.findChild<QLabel*>(statuses[i].key + QStringLiteral("LegendLabel"));
        ASSERT_NE(legend, nullptr);
        EXPECT_EQ(legend->text(), statuses[i].text);
    }
    EXPECT_EQ(
        screen.findChild<QLabel*>(QStringLiteral("boardSummaryLabel"))->text(),
        QStringLiteral("5 beds: 1 vacant, 1 occupied, 1 vacating, 1 reserved, 1 maintenance"));
    if (const QString folder = qEnvironmentVariable("RENTFLOW_SCREENSHOTS"); !folder.isEmpty())
        screen.grab().save(folder + QStringLiteral("/beds-every-state.png"));
}

TEST_F(BedsScreenTest, FiltersByFloorSharingAndVacantFrom)
{
    auto* floor = screen.findChild<QComboBox*>(QStringLiteral("floorFilter"));
    auto* sharing = screen.findChild<QComboBox*>(QStringLiteral("sharingFilter"));
    auto* vacantFrom = screen.findChild<QCheckBox*>(QStringLiteral("vacantFromCheck"));
    auto* day = screen.findChild<QDateEdit*>(QStringLiteral("vacantFromDate"));
    ASSERT_TRUE(floor && sharing && vacantFrom && day);
    EXPECT_EQ(floor->count(), 3); // All floors, Floor 1, Floor 2
    EXPECT_EQ(floor->itemText(2), QStringLiteral("Floor 2"));

    floor->setFocus();
    QTest::keyClick(floor, Qt::Key_Down); // Floor 1
    EXPECT_EQ(shownBeds(), (QStringList{QStringLiteral("101-A"), QStringLiteral("101-B"),
                                        QStringLiteral("101-C")}));
    QTest::keyClick(floor, Qt::Key_Down); // Floor 2
    EXPECT_EQ(shownBeds(), (QStringList{QStringLiteral("102-A"), QStringLiteral("102-B")}));
    QTest::keyClick(floor, Qt::Key_Home); // All floors
    EXPECT_EQ(shownBeds().size(), 5);

    sharing->setFocus();
    EXPECT_EQ(sharing->itemText(1), QStringLiteral("2 sharing"));
    QTest::keyClick(sharing, Qt::Key_End); // 3 sharing: room 101
    EXPECT_EQ(shownBeds(), (QStringList{QStringLiteral("101-A"), QStringLiteral("101-B"),
                                        QStringLiteral("101-C")}));
    EXPECT_TRUE(screen.findChild<QLabel*>(QStringLiteral("boardSummaryLabel"))
                    ->text()
                    .endsWith(QStringLiteral("showing 3")));
    QTest::keyClick(sharing, Qt::Key_Home);

    // Free to let on 20-12-2026: 102-B (vacant). 101-A is free from 16-12 but Rahul is
    // booked from that day; 102-A is booked; 101-C is under maintenance.
    vacantFrom->setFocus();
    QTest::keyClick(vacantFrom, Qt::Key_Space);
    ASSERT_TRUE(day->isEnabled());
    day->setDate(QDate(2026, 12, 20));
    EXPECT_EQ(shownBeds(), QStringList{QStringLiteral("102-B")});
    // Before today nothing is free yet (the vacant bed is free from today, 26-11-2026).
    day->setDate(QDate(2026, 11, 25));
    EXPECT_TRUE(shownBeds().isEmpty());
    EXPECT_TRUE(screen.board()->emptyText().contains(QStringLiteral("No bed matches")));
    QTest::keyClick(vacantFrom, Qt::Key_Space);
    EXPECT_EQ(shownBeds().size(), 5);
}

TEST_F(BedsScreenTest, EnterOrDoubleClickChecksInToAVacantBedOrOpensTheResident)
{
    // Double-click on the vacant bed: its check-in, nowhere else.
    doubleClick(QStringLiteral("102-B"));
    EXPECT_EQ(checkInsAsked, QStringList{pg.bedIds[4]});
    EXPECT_TRUE(ui.navigator.openedRecords.isEmpty());

    // Enter on the occupied bed: its resident's profile.
    focusTile(QStringLiteral("101-B"));
    QTest::keyClick(screen.board(), Qt::Key_Return);
    ASSERT_EQ(ui.navigator.openedRecords.size(), 1);
    EXPECT_EQ(ui.navigator.openedRecords[0].kind, ui::RecordRef::Kind::Resident);
    EXPECT_EQ(ui.navigator.openedRecords[0].id, pg.residentIds[1]);

    // Double-click on the vacating bed: the leaver's profile; on the reserved one: the
    // booked resident's.
    doubleClick(QStringLiteral("101-A"));
    doubleClick(QStringLiteral("102-A"));
    ASSERT_EQ(ui.navigator.openedRecords.size(), 3);
    EXPECT_EQ(ui.navigator.openedRecords[1].id, pg.residentIds[0]);
    EXPECT_EQ(ui.navigator.openedRecords[2].id, pg.residentIds[2]);
    EXPECT_EQ(checkInsAsked.size(), 1);

    // Arrow keys walk the tiles: right from 101-B is 101-C.
    focusTile(QStringLiteral("101-B"));
    QTest::keyClick(screen.board(), Qt::Key_Right);
    EXPECT_EQ(screen.board()->currentIndex().data().toString(), QStringLiteral("101-C"));
}

TEST_F(BedsScreenTest, TheRealCheckInStartsForAVacantBed)
{
    // Without the test's hook: stays::checkIn opens its dialog (the wizard, or the
    // placeholder until it lands); closing it writes nothing.
    InventoryScreen real(ui.context);
    real.setToday(test::BoardPg::kToday);
    real.show();
    real.reload();
    const qint64 before = test::changes(pg.store());
    bool opened = false;
    test::whenModal([&opened](QDialog* dialog) {
        opened = true;
        dialog->reject();
    });
    real.board()->setFocus();
    QAbstractItemModel* model = real.board()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == QStringLiteral("102-B"))
            real.board()->setCurrentIndex(model->index(row, 0));
    QTest::keyClick(real.board(), Qt::Key_Return);
    EXPECT_TRUE(opened);
    EXPECT_EQ(test::changes(pg.store()), before);
}

TEST_F(BedsScreenTest, TheBedsMenuPutsAVacantBedUnderMaintenanceAndBack)
{
    auto* maintenance = screen.findChild<QAction*>(QStringLiteral("maintenanceAction"));
    ASSERT_NE(maintenance, nullptr);
    focusTile(QStringLiteral("101-B")); // occupied: not offered
    EXPECT_FALSE(maintenance->isEnabled());
    focusTile(QStringLiteral("102-B"));
    EXPECT_TRUE(maintenance->isEnabled());
    QTest::keyClick(screen.board(), Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(bedStatus(4), QStringLiteral("maintenance"));
    EXPECT_EQ(text(QStringLiteral("102-B"), BedBoardModel::StatusRole),
              QStringLiteral("maintenance"));
    EXPECT_EQ(screen.board()->currentIndex().data().toString(), QStringLiteral("102-B"));
    QTest::keyClick(screen.board(), Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(bedStatus(4), QStringLiteral("vacant"));
}

TEST_F(BedsScreenTest, DoubleClickOnABedUnderMaintenanceOpensItsForm)
{
    QString title;
    test::whenModal([&title](QDialog* dialog) {
        title = dialog->windowTitle();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    doubleClick(QStringLiteral("101-C"));
    EXPECT_EQ(title, QStringLiteral("Edit bed 101-C"));
    EXPECT_TRUE(checkInsAsked.isEmpty());
    EXPECT_TRUE(ui.navigator.openedRecords.isEmpty());
}

TEST_F(BedsScreenTest, OpenRecordSelectsTheBedRoomMeterOrProperty)
{
    auto* floor = screen.findChild<QComboBox*>(QStringLiteral("floorFilter"));
    floor->setCurrentIndex(1); // floor 1 only: 102-B is hidden
    ASSERT_TRUE(screen.openRecord({ui::RecordRef::Kind::Bed, pg.bedIds[4]}));
    EXPECT_EQ(screen.board()->currentIndex().data().toString(), QStringLiteral("102-B"));
    EXPECT_EQ(floor->currentIndex(), 0); // the filter made way for it
    auto* tree = screen.findChild<QTreeView*>(QStringLiteral("structureTree"));
    EXPECT_EQ(tree->currentIndex().data().toString(), QStringLiteral("Bed 102-B"));

    ASSERT_TRUE(screen.openRecord({ui::RecordRef::Kind::Room, pg.room102}));
    EXPECT_EQ(screen.board()->currentIndex().data().toString(), QStringLiteral("102-A"));

    ASSERT_TRUE(screen.openRecord({ui::RecordRef::Kind::Meter, pg.meterId}));
    EXPECT_EQ(tree->currentIndex().data().toString(), QStringLiteral("Electricity meter"));
    EXPECT_EQ(tree->currentIndex().parent().data().toString(), QStringLiteral("Room 101"));

    ASSERT_TRUE(screen.openRecord({ui::RecordRef::Kind::Property, pg.propertyId}));
    EXPECT_EQ(screen.propertyId(), pg.propertyId);
    EXPECT_FALSE(screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[0]}));
}

TEST_F(BedsScreenTest, AFailedReadIsShownAsAnErrorNeverAnEmptyBoard)
{
    auto* stack = screen.findChild<QStackedWidget*>();
    auto* error = screen.findChild<QLabel*>(QStringLiteral("boardErrorLabel"));
    ASSERT_TRUE(stack && error);
    EXPECT_EQ(stack->currentWidget(), screen.board());
    // The properties list reads first; its statement fails.
    store::SqlCipherDriver::failNthStatement(1);
    screen.reload();
    store::SqlCipherDriver::failNthStatement(0);
    EXPECT_EQ(stack->currentWidget(), error);
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("The properties could not be read")));
    screen.reload();
    EXPECT_EQ(stack->currentWidget(), screen.board());
    EXPECT_EQ(shownBeds().size(), 5);
}

TEST(BedsScreenEmpty, SaysWhatToDoWithoutPropertiesOrRooms)
{
    test::SamplePg pg;
    test::UiTestContext ui(*pg.workspace);
    InventoryScreen screen(ui.context);
    EXPECT_EQ(screen.board()->model()->rowCount(), 3);
    // A second property without rooms.
    const QString empty = PropertyRepository(pg.store())
                              .add({QStringLiteral("Indiranagar"),
                                    QStringLiteral("Bengaluru"),
                                    QStringLiteral("29"),
                                    {},
                                    {}})
                              .value();
    ASSERT_TRUE(screen.openRecord({ui::RecordRef::Kind::Property, empty}));
    EXPECT_EQ(screen.board()->model()->rowCount(), 0);
    EXPECT_TRUE(screen.board()->emptyText().startsWith(QStringLiteral("No rooms yet")));

    test::TestWorkspace files;
    auto bare = files.create();
    test::UiTestContext bareUi(*bare);
    InventoryScreen none(bareUi.context);
    EXPECT_TRUE(none.propertyId().isEmpty());
    EXPECT_TRUE(none.board()->emptyText().startsWith(QStringLiteral("No properties yet")));
}

TEST(BedsScreenModels, PassTheItemModelTesterWithRealData)
{
    test::BoardPg pg;
    const auto tiles = BedBoard(pg.store()).read(pg.propertyId, test::BoardPg::kToday).value();
    const auto meters = InventoryList(pg.store()).meters(pg.propertyId).value();

    BedBoardModel board;
    QAbstractItemModelTester boardTester(&board,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::inventory::BedBoardFilter filter;
    filter.setSourceModel(&board);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    board.setTiles(tiles);
    EXPECT_EQ(board.rowCount(), 5);
    filter.setFloor(QStringLiteral("2"));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setSharing(3);
    EXPECT_EQ(filter.rowCount(), 0);
    filter.clearFilters();
    filter.setVacantFrom(test::BoardPg::kToday);
    EXPECT_EQ(filter.rowCount(), 1);
    board.setTiles({});
    board.setTiles(tiles);

    InventoryTreeModel tree;
    QAbstractItemModelTester treeTester(&tree,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    MeterRepository::TariffInput tariff;
    tariff.unitRate = QStringLiteral("7");
    ASSERT_TRUE(MeterRepository(pg.store()).add(pg.propertyId, {}, tariff).ok());
    tree.setStructure(tiles, InventoryList(pg.store()).meters(pg.propertyId).value());
    // Floor 1, Floor 2, Common area.
    ASSERT_EQ(tree.rowCount(), 3);
    EXPECT_EQ(tree.index(2, 0).data().toString(), QStringLiteral("Common area"));
    EXPECT_EQ(tree.index(0, 1).data().toString(), QStringLiteral("1 room · 3 beds"));
    const QModelIndex room101 = tree.index(0, 0, tree.index(0, 0));
    EXPECT_EQ(room101.data().toString(), QStringLiteral("Room 101"));
    EXPECT_EQ(tree.rowCount(room101), 4); // three beds and the meter
    EXPECT_EQ(tree.index(0, 1, room101).data().toString(),
              QStringLiteral("₹\u00A012,000.00 · Vacating"));
    tree.setStructure(tiles, meters);
    EXPECT_EQ(tree.rowCount(), 2);
}

TEST(BedsScreenLooks, TilesFitTheWidthAt1366And1920OnTheDemoPg)
{
    // The demo business (rooms of 1–4 sharing, residents, dues) as an office sees it. Set
    // RENTFLOW_SCREENSHOTS to a folder to keep the PNGs and look at them.
    test::TestWorkspace files;
    auto workspace = files.create();
    DemoData::Options options;
    options.beds = 120;
    options.months = 2;
    OrganisationInput org;
    org.name = QStringLiteral("Demo PG");
    org.stateCode = QStringLiteral("29");
    ASSERT_TRUE(OrganisationRepository(workspace->store()).create(org).ok());
    const auto demo = DemoData(workspace->store()).generate(options);
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    test::UiTestContext ui(*workspace);
    InventoryScreen screen(ui.context);
    const QString folder = qEnvironmentVariable("RENTFLOW_SCREENSHOTS");
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        screen.resize(size);
        screen.show();
        QApplication::processEvents();
        const QPixmap shot = screen.grab();
        EXPECT_EQ(shot.size(), size);
        QAbstractItemModel* model = screen.board()->model();
        ASSERT_GT(model->rowCount(), 0);
        const int width = screen.board()->viewport()->width();
        // Room tiles of every sharing sit side by side: no tile is cut at the right edge.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QRect tile = screen.board()->visualRect(model->index(row, 0));
            EXPECT_GE(tile.left(), 0);
            EXPECT_LE(tile.right(), width) << row;
        }
        if (!folder.isEmpty())
            shot.save(QStringLiteral("%1/beds-%2x%3.png")
                          .arg(folder)
                          .arg(size.width())
                          .arg(size.height()));
    }
}
