#include "../UiTestContext.h"

#include <inventory/MeterRepository.h>
#include <readings/ReadingsGridModel.h>
#include <readings/ReadingsScreen.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;
using Grid = ui::ReadingsGridModel;

namespace {

const QDate kToday = QDate::currentDate();

// The sample PG (room 101's meter) with a common-area meter too, each read some days ago.
struct MeteredPg : test::SamplePg
{
    MeteredPg()
    {
        auto common = MeterRepository(store()).addElectricity(propertyId, QString());
        EXPECT_TRUE(common.ok());
        commonMeterId = common.value();
    }
    void read(const QString& meter, int daysAgo, const char* value)
    {
        const auto recorded = RecordReading(store()).run(
            {meter, kToday.addDays(-daysAgo).toString(Qt::ISODate), QString::fromLatin1(value)},
            kToday);
        ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
    }
    qint64 readingsOf(const QString& meter)
    {
        QSqlQuery q(store().database());
        q.prepare(QStringLiteral("SELECT count(*) FROM meter_reading WHERE meter_id = ?"));
        q.addBindValue(meter);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString todaysValue(const QString& meter)
    {
        QSqlQuery q(store().database());
        q.prepare(QStringLiteral("SELECT value_hundredths FROM meter_reading WHERE meter_id = ? "
                                 "AND reading_date = ?"));
        q.addBindValue(meter);
        q.addBindValue(kToday.toString(Qt::ISODate));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    QString commonMeterId;
};

int rowOf(const Grid& model, const QString& meterId)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.meterId(row) == meterId)
            return row;
    return -1;
}

QString cell(const Grid& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// Types `text` into the current cell as a user would, then presses Enter.
void typeAndEnter(QTableView* grid, const QString& text)
{
    grid->setFocus();
    // The first key opens the cell's editor; the rest go where the keyboard focus now is.
    QTest::keyClicks(grid, text.left(1));
    QWidget* editor = QApplication::focusWidget();
    ASSERT_NE(editor, nullptr);
    ASSERT_NE(qobject_cast<QLineEdit*>(editor), nullptr) << "typing opened no editor";
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the loop
    QCoreApplication::processEvents(); // and the grid moves on after the save
}

} // namespace

TEST(ReadingsGridModel, PassesTheModelTesterWithRealMeters)
{
    MeteredPg pg;
    pg.read(pg.meterId, 30, "1000");
    Grid model(pg.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.load(pg.propertyId).ok());
    ASSERT_EQ(model.rowCount(), 2);
    // Room meters first, then the common area.
    EXPECT_EQ(cell(model, 0, Grid::Place), QStringLiteral("Room 101"));
    EXPECT_EQ(cell(model, 0, Grid::Previous), QStringLiteral("1000.00"));
    EXPECT_EQ(cell(model, 0, Grid::PreviousDate),
              kToday.addDays(-30).toString(QStringLiteral("dd-MM-yyyy")));
    EXPECT_EQ(cell(model, 1, Grid::Place), QStringLiteral("Common area"));
    EXPECT_EQ(cell(model, 1, Grid::Previous), QStringLiteral("—")); // never read
    model.setDate(kToday);
    EXPECT_TRUE(model.setData(model.index(0, Grid::Current), QStringLiteral("1010")));
    EXPECT_TRUE(model.load(pg.propertyId).ok()); // re-read under the tester
}

TEST(ReadingsScreen, TypingAValueAndEnterSavesItAndMovesToTheNextMeter)
{
    MeteredPg pg;
    pg.read(pg.meterId, 30, "1000");
    pg.read(pg.commonMeterId, 30, "5000.25");
    test::UiTestContext ui(*pg.workspace);
    ui::ReadingsScreen screen(ui.context);
    screen.resize(1366, 768);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    auto* grid = screen.findChild<QTableView*>(QStringLiteral("readingsGrid"));
    ASSERT_NE(grid, nullptr);
    const Grid& model = *screen.model();
    const int room = rowOf(model, pg.meterId);
    const int common = rowOf(model, pg.commonMeterId);
    ASSERT_EQ(room, 0);
    ASSERT_EQ(common, 1);
    EXPECT_EQ(grid->currentIndex(), model.index(0, Grid::Current)); // ready to type

    typeAndEnter(grid, QStringLiteral("1123.5"));
    EXPECT_EQ(pg.todaysValue(pg.meterId), QStringLiteral("112350")); // saved at once
    EXPECT_EQ(model.state(room), Grid::State::Saved);
    EXPECT_EQ(cell(model, room, Grid::Consumption), QStringLiteral("123.50")); // 1,123.50 − 1,000
    EXPECT_EQ(grid->currentIndex(), model.index(1, Grid::Current)); // on to the next meter

    typeAndEnter(grid, QStringLiteral("5100"));
    EXPECT_EQ(pg.todaysValue(pg.commonMeterId), QStringLiteral("510000"));
    EXPECT_EQ(cell(model, common, Grid::Consumption), QStringLiteral("99.75")); // 5,100 − 5,000.25
    auto* summary = screen.findChild<QLabel*>(QStringLiteral("readingsSummaryLabel"));
    EXPECT_EQ(summary->text(), QStringLiteral("2 of 2 meter(s) read"));
    if (const QByteArray shot = qgetenv("RENTFLOW_SCREENSHOT_DIR"); !shot.isEmpty())
        screen.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/readings.png"));
}

TEST(ReadingsScreen, AValueBelowThePreviousIsRefusedInTheRowAndKept)
{
    MeteredPg pg;
    pg.read(pg.meterId, 30, "1000");
    test::UiTestContext ui(*pg.workspace);
    ui::ReadingsScreen screen(ui.context);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    auto* grid = screen.grid();
    const Grid& model = *screen.model();

    typeAndEnter(grid, QStringLiteral("990"));
    EXPECT_EQ(pg.readingsOf(pg.meterId), 1); // nothing written
    EXPECT_EQ(model.state(0), Grid::State::Refused);
    EXPECT_EQ(cell(model, 0, Grid::Current), QStringLiteral("990")); // the text kept
    EXPECT_TRUE(cell(model, 0, Grid::Status)
                    .startsWith(QStringLiteral("Refused: The reading is "
                                               "below the previous")))
        << cell(model, 0, Grid::Status).toStdString();
    EXPECT_TRUE(model.index(0, Grid::Current)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("1000.00")));
    EXPECT_TRUE(model.index(0, Grid::Current).data(Qt::BackgroundRole).isValid()); // coloured
    EXPECT_EQ(grid->currentIndex(), model.index(0, Grid::Current)); // stays for correction

    // Corrected in place: the new value saves.
    typeAndEnter(grid, QStringLiteral("1010"));
    EXPECT_EQ(pg.readingsOf(pg.meterId), 2);
    EXPECT_EQ(cell(model, 0, Grid::Consumption), QStringLiteral("10.00")); // 1,010 − 1,000
}

TEST(ReadingsScreen, ASpikeIsFlaggedThenEnterAgainConfirmsIt)
{
    MeteredPg pg;
    pg.read(pg.meterId, 90, "1000");
    pg.read(pg.meterId, 60, "1100");
    pg.read(pg.meterId, 30, "1200");
    test::UiTestContext ui(*pg.workspace);
    ui::ReadingsScreen screen(ui.context);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    auto* grid = screen.grid();
    const Grid& model = *screen.model();

    // 1,700 − 1,200 = 500 units against a recent average of (100 + 100) / 2 = 100: over 3 × 100.
    typeAndEnter(grid, QStringLiteral("1700"));
    EXPECT_EQ(pg.readingsOf(pg.meterId), 3);
    EXPECT_EQ(model.state(0), Grid::State::NeedsConfirm);
    EXPECT_TRUE(model.message(0).contains(QStringLiteral("500.00")));
    EXPECT_EQ(grid->currentIndex(), model.index(0, Grid::Current));

    QTest::keyClick(grid, Qt::Key_Return); // Enter on the flagged row: the user confirms
    QCoreApplication::processEvents();
    EXPECT_EQ(pg.readingsOf(pg.meterId), 4);
    EXPECT_EQ(cell(model, 0, Grid::Consumption), QStringLiteral("500.00"));
}

TEST(ReadingsScreen, AReplacementStartsTheNewMeterFromItsValue)
{
    MeteredPg pg;
    pg.read(pg.meterId, 30, "5400");
    test::UiTestContext ui(*pg.workspace);
    ui::ReadingsScreen screen(ui.context);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    Grid& model = *screen.model();
    // The Kind cell, by keyboard: Left from Current, F2, pick Replacement, Enter.
    auto* grid = screen.grid();
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Left);
    ASSERT_EQ(grid->currentIndex().column(), int(Grid::ReadingKind));
    QTest::keyClick(grid, Qt::Key_F2);
    auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(QStringLiteral("replacement")));
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(cell(model, 0, Grid::ReadingKind), QStringLiteral("Replacement"));
    QTest::keyClick(grid, Qt::Key_Right);
    typeAndEnter(grid, QStringLiteral("2"));
    EXPECT_EQ(model.state(0), Grid::State::Saved) << model.message(0).toStdString();
    EXPECT_EQ(cell(model, 0, Grid::Consumption), QStringLiteral("0.00")); // a new register
}

TEST(ReadingsScreen, ARefusedValueKeptForAReplacementIsSavedByEnterOnItsRow)
{
    MeteredPg pg;
    pg.read(pg.meterId, 30, "5400");
    test::UiTestContext ui(*pg.workspace);
    ui::ReadingsScreen screen(ui.context);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    Grid& model = *screen.model();
    typeAndEnter(screen.grid(), QStringLiteral("3")); // the new meter's value, as a regular one
    ASSERT_EQ(model.state(0), Grid::State::Refused);
    EXPECT_EQ(pg.readingsOf(pg.meterId), 1);
    // The user says the meter was replaced: the typed value waits, and Enter saves it.
    ASSERT_TRUE(model.setData(model.index(0, Grid::ReadingKind), QStringLiteral("replacement")));
    EXPECT_EQ(model.state(0), Grid::State::Pending);
    EXPECT_EQ(cell(model, 0, Grid::Current), QStringLiteral("3"));
    EXPECT_EQ(cell(model, 0, Grid::Status), QStringLiteral("Not saved: press Enter"));
    screen.grid()->setFocus();
    QTest::keyClick(screen.grid(), Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(model.state(0), Grid::State::Saved) << model.message(0).toStdString();
    EXPECT_EQ(pg.readingsOf(pg.meterId), 2);
    EXPECT_EQ(pg.todaysValue(pg.meterId), QStringLiteral("300")); // 3.00 units on the new meter
}

TEST(ReadingsScreen, TheReadingIsDatedByTheDateField)
{
    MeteredPg pg;
    pg.read(pg.meterId, 30, "1000");
    test::UiTestContext ui(*pg.workspace);
    ui::ReadingsScreen screen(ui.context);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    auto* date = screen.findChild<QDateEdit*>(QStringLiteral("readingDateField"));
    ASSERT_NE(date, nullptr);
    date->setDate(kToday.addDays(-1)); // the shared DateField's own typing is tested with it
    EXPECT_EQ(date->date(), kToday.addDays(-1));
    EXPECT_EQ(screen.model()->date(), kToday.addDays(-1));
    typeAndEnter(screen.grid(), QStringLiteral("1050"));
    QSqlQuery q(pg.store().database());
    q.prepare(QStringLiteral("SELECT reading_date FROM meter_reading WHERE meter_id = ? AND "
                             "value_hundredths = 105000"));
    q.addBindValue(pg.meterId);
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toString(), kToday.addDays(-1).toString(Qt::ISODate));
    EXPECT_EQ(cell(*screen.model(), 0, Grid::Consumption),
              QStringLiteral("50.00")); // 1,050 − 1,000
}

TEST(ReadingsScreen, AFailedReadIsShownAsAnErrorNotAnEmptyGrid)
{
    MeteredPg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::ReadingsScreen screen(ui.context);
    QSqlQuery drop(pg.store().database());
    ASSERT_TRUE(drop.exec(QStringLiteral("ALTER TABLE meter RENAME TO meter_gone")));
    screen.activate();
    auto* problem = screen.findChild<QLabel*>(QStringLiteral("readingsProblemLabel"));
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().startsWith(QStringLiteral("Could not read the meters")))
        << problem->text().toStdString();
}
