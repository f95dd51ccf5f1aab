// The inventory's forms typed into as a user would: each saves through the models on
// Enter; bad input is refused under its field, the form stays open with the text, and
// nothing is written.
#include "../UiTestContext.h"
#include "InventoryUiTest.h"

#include <inventory/AddBedDialog.h>
#include <inventory/BedBoardModel.h>
#include <inventory/BedBoardView.h>
#include <inventory/BedDialog.h>
#include <inventory/BedRepository.h>
#include <inventory/InventoryScreen.h>
#include <inventory/MeterDialog.h>
#include <inventory/MeterRepository.h>
#include <inventory/PropertyDialog.h>
#include <inventory/PropertyRepository.h>
#include <inventory/RoomDialog.h>
#include <payments/BedBoard.h>
#include <support/BoardPg.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace rentflow;
using namespace rentflow::ui::inventory;

namespace {

template <typename T> T* field(QWidget* form, const char* name)
{
    auto* widget = form->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

// Selects what is there and types `text` over it.
void retype(QWidget* input, const QString& text)
{
    input->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(input))
        line->selectAll();
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(input))
        plain->selectAll();
    QTest::keyClick(input, Qt::Key_Delete);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(input, Qt::Key_Return); // a new line of a multi-line field
        QTest::keyClicks(input, lines[i]);
    }
}

void pressEnter(QWidget* form)
{
    QTest::keyClick(form->focusWidget() ? form->focusWidget() : form, Qt::Key_Return);
}

BedBoard::Tile tileOf(store::Store& store, const QString& propertyId, const QString& bedId)
{
    for (const auto& tile : BedBoard(store).read(propertyId, test::BoardPg::kToday).value())
        if (tile.bedId == bedId)
            return tile;
    ADD_FAILURE() << "no bed " << bedId.toStdString();
    return {};
}

} // namespace

TEST(PropertyForm, AddsAPropertyFromWhatWasTyped)
{
    test::SamplePg pg;
    PropertyDialog dialog(pg.store(), std::nullopt);
    dialog.show();
    QTest::keyClicks(field<QLineEdit>(&dialog, "propertyNameField"), QStringLiteral("Sunrise HSR"));
    auto* kind = field<QComboBox>(&dialog, "propertyKindField");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // Hostel
    retype(field<QLineEdit>(&dialog, "propertyAddressField"), QStringLiteral("27th Main, HSR"));
    retype(field<QLineEdit>(&dialog, "propertyCityField"), QStringLiteral("Bengaluru"));
    retype(field<QLineEdit>(&dialog, "propertyPincodeField"), QStringLiteral("560102"));
    retype(field<QLineEdit>(&dialog, "propertyStateField"), QStringLiteral("29"));
    pressEnter(&dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto saved = PropertyRepository(pg.store()).find(dialog.propertyId()).value();
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->name, QStringLiteral("Sunrise HSR"));
    EXPECT_EQ(saved->kind, QStringLiteral("hostel"));
    EXPECT_EQ(saved->pincode, QStringLiteral("560102"));
    EXPECT_EQ(saved->stateCode, QStringLiteral("29"));
}

TEST(PropertyForm, RefusesBadInputUnderEachFieldKeepsTheTextAndWritesNothing)
{
    test::SamplePg pg;
    const qint64 before = test::changes(pg.store());
    PropertyDialog dialog(pg.store(), std::nullopt);
    dialog.show();
    QTest::keyClicks(field<QLineEdit>(&dialog, "propertyCityField"), QStringLiteral("Bengaluru"));
    retype(field<QLineEdit>(&dialog, "propertyPincodeField"), QStringLiteral("5601"));
    retype(field<QLineEdit>(&dialog, "propertyStateField"), QStringLiteral("45"));
    QTest::mouseClick(field<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("name")).isEmpty());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("pincode")).isEmpty());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("state-code")).isEmpty());
    EXPECT_TRUE(dialog.errors().messageFor(QStringLiteral("city")).isEmpty());
    EXPECT_TRUE(field<QLabel>(&dialog, "nameErrorLabel")->isVisible());
    EXPECT_EQ(dialog.focusWidget(), field<QLineEdit>(&dialog, "propertyNameField"));
    EXPECT_EQ(field<QLineEdit>(&dialog, "propertyPincodeField")->text(), QStringLiteral("5601"));
    EXPECT_EQ(test::changes(pg.store()), before);
    EXPECT_EQ(test::countRows(pg.store(), QStringLiteral("SELECT count(*) FROM property")), 1);
}

TEST(PropertyForm, EditsAPropertyAndRefusesAnEmptyName)
{
    test::SamplePg pg;
    const auto existing = PropertyRepository(pg.store()).find(pg.propertyId).value();
    PropertyDialog dialog(pg.store(), existing);
    dialog.show();
    EXPECT_EQ(field<QLineEdit>(&dialog, "propertyNameField")->text(),
              QStringLiteral("Koramangala"));
    EXPECT_FALSE(field<QComboBox>(&dialog, "propertyKindField")->isEnabled());
    const qint64 before = test::changes(pg.store());
    retype(field<QLineEdit>(&dialog, "propertyNameField"), QString());
    retype(field<QPlainTextEdit>(&dialog, "propertyRulesField"),
           QStringLiteral("No smoking\nGate closes at 11 pm"));
    QTest::mouseClick(field<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("name")).isEmpty());
    EXPECT_EQ(test::changes(pg.store()), before);
    EXPECT_EQ(field<QPlainTextEdit>(&dialog, "propertyRulesField")->toPlainText(),
              QStringLiteral("No smoking\nGate closes at 11 pm"));

    retype(field<QLineEdit>(&dialog, "propertyNameField"), QStringLiteral("Koramangala 5th Block"));
    auto* split = field<QComboBox>(&dialog, "propertySplitField");
    split->setFocus();
    QTest::keyClick(split, Qt::Key_Down); // equally among the month's residents
    QTest::mouseClick(field<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto saved = PropertyRepository(pg.store()).find(pg.propertyId).value();
    EXPECT_EQ(saved->name, QStringLiteral("Koramangala 5th Block"));
    EXPECT_EQ(saved->houseRules, QStringLiteral("No smoking\nGate closes at 11 pm"));
    EXPECT_EQ(saved->utilitySplit, QStringLiteral("head"));
    EXPECT_EQ(saved->city, QStringLiteral("Bengaluru")); // unchanged
}

TEST(RoomForm, AddsARoomWithItsBedsAndMeter)
{
    test::SamplePg pg;
    RoomDialog dialog(pg.store(), pg.propertyId, QStringLiteral("2"));
    dialog.show();
    EXPECT_EQ(field<QLineEdit>(&dialog, "roomFloorField")->text(), QStringLiteral("2"));
    QTest::keyClicks(field<QLineEdit>(&dialog, "roomNumberField"), QStringLiteral("201"));
    auto* beds = field<QSpinBox>(&dialog, "roomBedsField");
    beds->setFocus();
    QTest::keyClick(beds, Qt::Key_Up); // 2 → 3
    retype(field<QLineEdit>(&dialog, "roomRentField"), QStringLiteral("8,500"));
    pressEnter(&dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const auto list = BedRepository(pg.store()).listForRoom(dialog.roomId()).value();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[2].label, QStringLiteral("C"));
    EXPECT_EQ(list[0].rent, Money::fromRupees(8500));
    EXPECT_EQ(test::countRows(pg.store(), QStringLiteral("SELECT count(*) FROM meter")), 2);
}

TEST(RoomForm, RefusesARepeatedNumberAndABadRentWritingNothing)
{
    test::SamplePg pg;
    const qint64 before = test::changes(pg.store());
    RoomDialog dialog(pg.store(), pg.propertyId, {});
    dialog.show();
    QTest::keyClicks(field<QLineEdit>(&dialog, "roomFloorField"), QStringLiteral("1"));
    QTest::keyClicks(field<QLineEdit>(&dialog, "roomNumberField"), QStringLiteral("101"));
    retype(field<QLineEdit>(&dialog, "roomRentField"), QStringLiteral("eight thousand"));
    pressEnter(&dialog);
    EXPECT_TRUE(dialog.isVisible());
    // Every mistake at once: the rent, and room 101, which exists.
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("rent")).isEmpty());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("number")).isEmpty());
    retype(field<QLineEdit>(&dialog, "roomRentField"), QStringLiteral("8000"));
    pressEnter(&dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(
        dialog.errors().messageFor(QStringLiteral("number")).contains(QStringLiteral("101")));
    EXPECT_TRUE(dialog.errors().messageFor(QStringLiteral("rent")).isEmpty());
    EXPECT_EQ(field<QLineEdit>(&dialog, "roomNumberField")->text(), QStringLiteral("101"));
    EXPECT_EQ(test::changes(pg.store()), before);
    EXPECT_EQ(test::countRows(pg.store(), QStringLiteral("SELECT count(*) FROM room")), 1);
}

TEST(BedForm, ChangesRentDepositAndMaintenance)
{
    test::SamplePg pg;
    BedDialog dialog(pg.store(), tileOf(pg.store(), pg.propertyId, pg.bedIds[2]));
    dialog.show();
    EXPECT_EQ(field<QLineEdit>(&dialog, "bedRentField")->text(), QStringLiteral("12,000.00"));
    retype(field<QLineEdit>(&dialog, "bedRentField"), QStringLiteral("13,000"));
    retype(field<QLineEdit>(&dialog, "bedDepositField"), QStringLiteral("26000"));
    auto* maintenance = field<QCheckBox>(&dialog, "bedMaintenanceCheck");
    ASSERT_TRUE(maintenance->isEnabled());
    maintenance->setFocus();
    QTest::keyClick(maintenance, Qt::Key_Space);
    pressEnter(&dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const auto bed = BedRepository(pg.store()).find(pg.bedIds[2]).value();
    EXPECT_EQ(bed->rent, Money::fromRupees(13000));
    EXPECT_EQ(bed->deposit, Money::fromRupees(26000));
    EXPECT_EQ(bed->status, QStringLiteral("maintenance"));
}

TEST(BedForm, RefusesBadAmountsAndOffersNoMaintenanceOnAnOccupiedBed)
{
    test::BoardPg pg;
    const qint64 before = test::changes(pg.store());
    BedDialog dialog(pg.store(), tileOf(pg.store(), pg.propertyId, pg.bedIds[1]));
    dialog.show();
    EXPECT_FALSE(field<QCheckBox>(&dialog, "bedMaintenanceCheck")->isEnabled());
    retype(field<QLineEdit>(&dialog, "bedRentField"), QStringLiteral("0"));
    retype(field<QLineEdit>(&dialog, "bedDepositField"), QStringLiteral("12,0,00"));
    pressEnter(&dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("rent")).isEmpty());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("deposit")).isEmpty());
    EXPECT_EQ(field<QLineEdit>(&dialog, "bedDepositField")->text(), QStringLiteral("12,0,00"));
    EXPECT_EQ(test::changes(pg.store()), before);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(BedRepository(pg.store()).find(pg.bedIds[1]).value()->rent, Money::fromRupees(12000));
}

TEST(MeterForm, AddsACommonAreaMeterWithSlabsThenEditsItsTariff)
{
    test::SamplePg pg;
    MeterDialog add(pg.store(), pg.propertyId,
                    InventoryList(pg.store()).rooms(pg.propertyId).value(), {});
    add.show();
    EXPECT_EQ(field<QComboBox>(&add, "meterRoomField")->currentIndex(), 0); // common area
    retype(field<QPlainTextEdit>(&add, "meterSlabsField"), QStringLiteral("100:6.50\n*:8"));
    retype(field<QLineEdit>(&add, "meterFixedField"), QStringLiteral("150"));
    QTest::mouseClick(field<QPushButton>(&add, "saveButton"), Qt::LeftButton);
    ASSERT_EQ(add.result(), QDialog::Accepted);
    auto tariff = MeterRepository(pg.store()).tariff(add.meterId()).value();
    EXPECT_EQ(tariff.slabs, (QStringList{QStringLiteral("100.00:6.50"), QStringLiteral("*:8.00")}));
    EXPECT_EQ(tariff.fixedCharge, QStringLiteral("150.00"));

    MeterDialog edit(pg.store(), add.meterId(), QStringLiteral("the common meter"));
    edit.show();
    EXPECT_EQ(field<QPlainTextEdit>(&edit, "meterSlabsField")->toPlainText(),
              QStringLiteral("100.00:6.50\n*:8.00"));
    retype(field<QPlainTextEdit>(&edit, "meterSlabsField"), QString());
    retype(field<QLineEdit>(&edit, "meterRateField"), QStringLiteral("7.25"));
    pressEnter(&edit);
    ASSERT_EQ(edit.result(), QDialog::Accepted);
    tariff = MeterRepository(pg.store()).tariff(add.meterId()).value();
    EXPECT_EQ(tariff.unitRate, QStringLiteral("7.25"));
    EXPECT_TRUE(tariff.slabs.isEmpty());
}

TEST(MeterForm, RefusesBadSlabsAndRatesWritingNothing)
{
    test::SamplePg pg;
    const qint64 before = test::changes(pg.store());
    MeterDialog add(pg.store(), pg.propertyId,
                    InventoryList(pg.store()).rooms(pg.propertyId).value(), pg.roomId);
    add.show();
    EXPECT_EQ(field<QComboBox>(&add, "meterRoomField")->currentData().toString(), pg.roomId);
    retype(field<QPlainTextEdit>(&add, "meterSlabsField"), QStringLiteral("*:8\n100:6"));
    QTest::mouseClick(field<QPushButton>(&add, "saveButton"), Qt::LeftButton);
    EXPECT_TRUE(add.isVisible());
    EXPECT_FALSE(add.errors().messageFor(QStringLiteral("slab")).isEmpty());
    EXPECT_EQ(test::changes(pg.store()), before);
    EXPECT_EQ(test::countRows(pg.store(), QStringLiteral("SELECT count(*) FROM meter")), 1);

    MeterDialog edit(pg.store(), pg.meterId, QStringLiteral("Room 101's meter"));
    edit.show();
    retype(field<QLineEdit>(&edit, "meterRateField"), QStringLiteral("-3"));
    pressEnter(&edit);
    EXPECT_TRUE(edit.isVisible());
    EXPECT_FALSE(edit.errors().messageFor(QStringLiteral("rate")).isEmpty());
    EXPECT_EQ(test::changes(pg.store()), before);
}

TEST(BedsScreenForms, AddRoomFromTheScreenByKeyboardShowsItsBedsOnTheBoard)
{
    test::SamplePg pg;
    test::UiTestContext ui(*pg.workspace);
    InventoryScreen screen(ui.context);
    screen.show();
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    EXPECT_EQ(screen.board()->model()->rowCount(), 3);
    test::whenModal([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("roomFloorField")),
                         QStringLiteral("G"));
        auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("roomNumberField"));
        number->setFocus();
        QTest::keyClicks(number, QStringLiteral("G1"));
        auto* rent = dialog->findChild<QLineEdit*>(QStringLiteral("roomRentField"));
        rent->setFocus();
        QTest::keyClicks(rent, QStringLiteral("7000"));
        QTest::keyClick(rent, Qt::Key_Return);
    });
    screen.board()->setFocus();
    QTest::keyClick(screen.board(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    // Ground floor first: G1-A, G1-B, then 101's three.
    ASSERT_EQ(screen.board()->model()->rowCount(), 5);
    EXPECT_EQ(screen.board()->model()->index(0, 0).data().toString(), QStringLiteral("G1-A"));
    EXPECT_EQ(screen.board()->currentIndex().data().toString(), QStringLiteral("G1-A"));
}

TEST(AddBedForm, AddsTheNextBedAndRefusesABadRentWritingNothing)
{
    test::SamplePg pg;
    const qint64 before = test::changes(pg.store());
    AddBedDialog dialog(pg.store(), pg.roomId, QStringLiteral("101"), Money::fromRupees(12000));
    dialog.show();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Add a bed to room 101"));
    auto* rent = field<QLineEdit>(&dialog, "newBedRentField");
    EXPECT_EQ(rent->text(), QStringLiteral("12,000.00"));
    retype(rent, QStringLiteral("-1"));
    pressEnter(&dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errors().messageFor(QStringLiteral("rent")).isEmpty());
    EXPECT_EQ(rent->text(), QStringLiteral("-1"));
    EXPECT_EQ(test::changes(pg.store()), before);
    retype(rent, QStringLiteral("10500"));
    pressEnter(&dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const auto bed = BedRepository(pg.store()).find(dialog.bedId()).value();
    EXPECT_EQ(bed->label, QStringLiteral("D"));
    EXPECT_EQ(bed->rent, Money::fromRupees(10500));
    EXPECT_EQ(test::countRows(pg.store(), QStringLiteral("SELECT sharing FROM room")), 4);
}

TEST(BedsScreenForms, SharingGoesUpWithABedAddedAndDownWithOneNeverLetRemoved)
{
    test::BoardPg pg; // room 102: 102-A reserved, 102-B vacant
    test::UiTestContext ui(*pg.workspace);
    InventoryScreen screen(ui.context);
    screen.setToday(test::BoardPg::kToday);
    screen.show();
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.reload();
    ASSERT_TRUE(screen.openRecord({ui::RecordRef::Kind::Bed, pg.bedIds[4]})); // 102-B
    test::whenModal([](QDialog* dialog) {
        auto* rent = dialog->findChild<QLineEdit*>(QStringLiteral("newBedRentField"));
        EXPECT_EQ(rent->text(), QStringLiteral("9,000.00"));
        QTest::keyClick(rent, Qt::Key_Return);
    });
    QTest::keyClick(screen.board(), Qt::Key_B, Qt::ControlModifier);
    EXPECT_EQ(screen.board()->currentIndex().data().toString(), QStringLiteral("102-C"));
    EXPECT_EQ(screen.board()->currentIndex().data(BedBoardModel::SharingRole).toInt(), 3);

    // 102-C was never let: it can go, after a yes.
    auto* remove = screen.findChild<QAction*>(QStringLiteral("removeBedAction"));
    ASSERT_NE(remove, nullptr);
    ASSERT_TRUE(remove->isEnabled());
    test::whenModal([](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    remove->trigger();
    EXPECT_EQ(test::countRows(pg.store(), QStringLiteral("SELECT sharing FROM room WHERE number "
                                                         "= '102'")),
              2);
    EXPECT_EQ(screen.board()->currentIndex().data().toString(), QStringLiteral("102-A"));
    // 102-A has a booking: not removable.
    EXPECT_FALSE(remove->isEnabled());
}
