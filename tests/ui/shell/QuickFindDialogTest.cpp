// Ctrl+K: type, see results by kind, Enter opens the record through the navigator.
#include "ModalResponder.h"
#include "ShellTestSupport.h"

#include "../UiTestContext.h"
#include <shell/MainWindow.h>
#include <shell/QuickFindDialog.h>
#include <shell/QuickFindModel.h>
#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/SamplePg.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace rentflow;
using Kind = ui::RecordRef::Kind;

namespace {

// The results as "Kind|Name" lines (the kind column is blank under the first of a group).
QStringList shown(const ui::QuickFindModel& model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row)
        lines.append(model.entry(row).kind + QLatin1Char('|') + model.entry(row).title);
    return lines;
}

// Types into the open quick-find dialog as a user would, then presses `keys`.
void typeInto(QWidget* modal, const QString& text, const QList<Qt::Key>& keys)
{
    auto* dialog = qobject_cast<ui::QuickFindDialog*>(modal);
    ASSERT_NE(dialog, nullptr);
    auto* line = dialog->findChild<QLineEdit*>(QStringLiteral("quickFindLineEdit"));
    ASSERT_NE(line, nullptr);
    // The line has the focus once the dialog is active: the user types straight away.
    ASSERT_TRUE(QTest::qWaitFor([line] { return line->hasFocus(); }, 2000));
    QTest::keyClicks(line, text);
    for (Qt::Key key : keys)
        QTest::keyClick(line, key);
}

} // namespace

TEST(QuickFindDialog, ResultsComeAsYouTypeGroupedByKindAndEnterOpensTheResident)
{
    test::SamplePg pg;                    // Lakshmi Narayanan, Arjun Mehta; room 101, beds A–C
    pg.checkIn(1, 1, QDate(2026, 11, 1)); // Arjun on 101-B
    test::UiTestContext ui(*pg.workspace);
    ui::QuickFindDialog dialog(ui.context, test::testScreens());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    auto* line = dialog.findChild<QLineEdit*>(QStringLiteral("quickFindLineEdit"));
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("101-b"));
    // Arjun through his bed, then the bed itself.
    EXPECT_EQ(shown(*dialog.model()),
              (QStringList{QStringLiteral("Resident|Arjun Mehta"), QStringLiteral("Bed|101-B")}));
    EXPECT_EQ(dialog.model()->entry(0).detail,
              QStringLiteral("+919845012346 · 101-B, Koramangala"));
    EXPECT_EQ(dialog.model()->entry(1).detail, QStringLiteral("Koramangala · occupied"));
    QTest::keyClick(line, Qt::Key_Return);
    ASSERT_EQ(ui.navigator.openedRecords.size(), 1);
    EXPECT_EQ(ui.navigator.openedRecords.first().kind, Kind::Resident);
    EXPECT_EQ(ui.navigator.openedRecords.first().id, pg.residentIds.at(1));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(QuickFindDialog, ArrowsMoveAndEnterOpensABedOrAScreen)
{
    test::SamplePg pg;
    test::UiTestContext ui(*pg.workspace);
    {
        ui::QuickFindDialog dialog(ui.context, test::testScreens());
        dialog.show();
        auto* line = dialog.findChild<QLineEdit*>(QStringLiteral("quickFindLineEdit"));
        line->setFocus();
        // "101": nobody is on a bed, so the beds 101-A, 101-B, 101-C and the room.
        QTest::keyClicks(line, QStringLiteral("101"));
        EXPECT_EQ(shown(*dialog.model()),
                  (QStringList{QStringLiteral("Bed|101-A"), QStringLiteral("Bed|101-B"),
                               QStringLiteral("Bed|101-C"), QStringLiteral("Room|101")}));
        EXPECT_EQ(dialog.model()->entry(3).detail, QStringLiteral("Koramangala · floor 1"));
        QTest::keyClick(line, Qt::Key_Down);
        QTest::keyClick(line, Qt::Key_Down);
        QTest::keyClick(line, Qt::Key_Up);
        QTest::keyClick(line, Qt::Key_Enter);
        ASSERT_EQ(ui.navigator.openedRecords.size(), 1);
        EXPECT_EQ(ui.navigator.openedRecords.first().kind, Kind::Bed);
        EXPECT_EQ(ui.navigator.openedRecords.first().id, pg.bedIds.at(1));
    }
    {
        ui::QuickFindDialog dialog(ui.context, test::testScreens());
        dialog.show();
        auto* line = dialog.findChild<QLineEdit*>(QStringLiteral("quickFindLineEdit"));
        line->setFocus();
        QTest::keyClicks(line, QStringLiteral("BILL"));
        EXPECT_EQ(shown(*dialog.model()), QStringList{QStringLiteral("Screen|Billing")});
        QTest::keyClick(line, Qt::Key_Return);
        EXPECT_EQ(ui.navigator.shownScreens, QStringList{QStringLiteral("billing")});
    }
}

TEST(QuickFindDialog, NothingMatchingSaysSoAndAFailedReadSaysItFailed)
{
    test::SamplePg pg;
    test::UiTestContext ui(*pg.workspace);
    ui::QuickFindDialog dialog(ui.context, test::testScreens());
    dialog.show();
    auto* line = dialog.findChild<QLineEdit*>(QStringLiteral("quickFindLineEdit"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("quickFindStatusLabel"));
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("zz"));
    EXPECT_EQ(dialog.model()->rowCount(), 0);
    EXPECT_TRUE(status->text().contains(QStringLiteral("Nothing matches")))
        << status->text().toStdString();
    // Enter with nothing to open leaves the dialog open and opens nothing.
    QTest::keyClick(line, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(ui.navigator.openedRecords.isEmpty());

    line->clear();
    store::SqlCipherDriver::failNthStatement(1);
    QTest::keyClicks(line, QStringLiteral("10"));
    store::SqlCipherDriver::failNthStatement(0);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Could not search")))
        << status->text().toStdString();
    EXPECT_FALSE(status->text().contains(QStringLiteral("Nothing matches")));
}

TEST(QuickFindDialog, RecordsNoScreenOpensAreNotOffered)
{
    test::SamplePg pg;
    test::UiTestContext ui(*pg.workspace);
    QList<ui::ScreenEntry> screens = test::testScreens();
    screens.removeAt(1); // no Beds screen: beds and rooms cannot be opened
    ui::QuickFindDialog dialog(ui.context, screens);
    dialog.show();
    auto* line = dialog.findChild<QLineEdit*>(QStringLiteral("quickFindLineEdit"));
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("101"));
    EXPECT_EQ(dialog.model()->rowCount(), 0);
}

TEST(MainWindow, CtrlKTypeEnterOpensTheResidentOnTheResidentsScreen)
{
    test::freshSettings();
    test::SamplePg pg;
    pg.checkIn(0, 2, QDate(2026, 11, 1)); // Lakshmi on 101-C
    const QString lakshmi = pg.residentIds.at(0);
    ui::MainWindow window(std::move(pg.workspace), test::testScreens());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    bool answered = false;
    {
        test::ModalResponder responder([&](QWidget* modal) {
            typeInto(modal, QStringLiteral("9845012345"), {Qt::Key_Return});
            answered = true;
        });
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }));
    }
    EXPECT_EQ(window.currentScreenId(), QStringLiteral("residents"));
    auto* residents =
        qobject_cast<test::RecordingScreen*>(window.screen(QStringLiteral("residents")));
    ASSERT_EQ(residents->opened.size(), 1);
    EXPECT_EQ(residents->opened.first().kind, Kind::Resident);
    EXPECT_EQ(residents->opened.first().id, lakshmi);
}

TEST(QuickFindModel, PassesTheModelTesterWithRealResults)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    pg.bill(u"2026-11");
    test::UiTestContext ui(*pg.workspace);
    ui::QuickFindDialog dialog(ui.context, test::testScreens());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    auto* line = dialog.findChild<QLineEdit*>(QStringLiteral("quickFindLineEdit"));
    line->setFocus();
    for (const QString& text : {QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("KORA"),
                                QStringLiteral("a"), QString()}) {
        line->setText(text);
        EXPECT_EQ(dialog.model()->columnCount(), 3);
    }
    // "01" is in both phones (+91984501234x), beds 101-A…C, room 101 and KORA/2627/0001.
    line->setText(QStringLiteral("01"));
    EXPECT_EQ(dialog.model()->rowCount(), 2 + 3 + 1 + 1);
    EXPECT_EQ(dialog.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Name"));
}
