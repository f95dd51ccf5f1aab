// The bed board's read: every bed of a property in walking order, its state, who is on
// it, what they owe and when it comes free; a failed read is an error, never a board.
#include <payments/BedBoard.h>
#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/BoardPg.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

const BedBoard::Tile& tile(const QList<BedBoard::Tile>& tiles, const QString& name)
{
    for (const auto& t : tiles)
        if (t.name() == name)
            return t;
    ADD_FAILURE() << "no tile " << name.toStdString();
    static const BedBoard::Tile none;
    return none;
}

} // namespace

TEST(BedBoard, ShowsEveryStateWhoIsOnTheBedAndWhatTheyOwe)
{
    test::BoardPg pg;
    const auto board = BedBoard(pg.store()).read(pg.propertyId, test::BoardPg::kToday);
    ASSERT_TRUE(board.ok()) << board.error().message.toStdString();
    const auto& tiles = board.value();
    QStringList names;
    for (const auto& t : tiles)
        names << t.name();
    // Floor 1 before floor 2, beds by label; 101-A's next booking is not a tile of its own.
    EXPECT_EQ(names, (QStringList{QStringLiteral("101-A"), QStringLiteral("101-B"),
                                  QStringLiteral("101-C"), QStringLiteral("102-A"),
                                  QStringLiteral("102-B")}));

    const auto& leaving = tile(tiles, QStringLiteral("101-A"));
    EXPECT_EQ(leaving.status, QStringLiteral("vacating"));
    EXPECT_EQ(leaving.residentName, QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(leaving.vacatingOn, QDate(2026, 12, 15));
    EXPECT_EQ(leaving.nextResidentName, QStringLiteral("Rahul Verma"));
    EXPECT_EQ(leaving.nextFrom, QDate(2026, 12, 16));
    EXPECT_FALSE(leaving.availableFrom.isValid()); // booked from the day after
    // October ₹12,000 + November ₹12,000, nothing paid.
    EXPECT_EQ(leaving.dues, Money::fromRupees(24000));
    EXPECT_EQ(leaving.floorName, QStringLiteral("1"));
    EXPECT_EQ(leaving.sharing, 3);

    const auto& occupied = tile(tiles, QStringLiteral("101-B"));
    EXPECT_EQ(occupied.status, QStringLiteral("occupied"));
    EXPECT_EQ(occupied.residentId, pg.residentIds[1]);
    EXPECT_EQ(occupied.stayFrom, QDate(2026, 11, 1));
    // November ₹12,000 less ₹5,000 paid.
    EXPECT_EQ(occupied.dues, Money::fromRupees(7000));
    EXPECT_FALSE(occupied.availableFrom.isValid());

    const auto& maintenance = tile(tiles, QStringLiteral("101-C"));
    EXPECT_EQ(maintenance.status, QStringLiteral("maintenance"));
    EXPECT_TRUE(maintenance.residentId.isEmpty());
    EXPECT_FALSE(maintenance.availableFrom.isValid());

    const auto& reserved = tile(tiles, QStringLiteral("102-A"));
    EXPECT_EQ(reserved.status, QStringLiteral("reserved"));
    EXPECT_EQ(reserved.residentName, QStringLiteral("Priya Sharma"));
    EXPECT_EQ(reserved.stayFrom, QDate(2026, 12, 1));
    EXPECT_EQ(reserved.dues, Money()); // not billed yet
    EXPECT_EQ(reserved.floorName, QStringLiteral("2"));
    EXPECT_EQ(reserved.sharing, 2);
    EXPECT_EQ(reserved.rent, Money::fromRupees(9000));

    const auto& vacant = tile(tiles, QStringLiteral("102-B"));
    EXPECT_EQ(vacant.status, QStringLiteral("vacant"));
    EXPECT_TRUE(vacant.residentName.isEmpty());
    EXPECT_EQ(vacant.availableFrom, test::BoardPg::kToday);
    EXPECT_EQ(vacant.deposit, Money::fromRupees(9000)); // one month's rent by default
}

TEST(BedBoard, ALeaverWithoutABookingIsFreeFromTheDayAfterTheNotice)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    ASSERT_TRUE(
        GiveNotice(pg.store())
            .run(
                {pg.residentIds[0], QStringLiteral("2026-11-20"), QStringLiteral("2026-11-30"), {}},
                QDate(2026, 11, 20))
            .ok());
    const auto board = BedBoard(pg.store()).read(pg.propertyId, QDate(2026, 11, 26));
    ASSERT_TRUE(board.ok());
    EXPECT_EQ(board.value().at(0).status, QStringLiteral("vacating"));
    EXPECT_EQ(board.value().at(0).availableFrom, QDate(2026, 12, 1)); // 30-11 is the last day
}

TEST(BedBoard, RefusesAnUnknownPropertyAndFailsLoudly)
{
    test::SamplePg pg;
    const auto unknown =
        BedBoard(pg.store()).read(QStringLiteral("no-such-property"), QDate(2026, 11, 26));
    ASSERT_FALSE(unknown.ok());
    ASSERT_EQ(unknown.error().fields.size(), 1);
    EXPECT_EQ(unknown.error().fields.at(0).field, QStringLiteral("property"));

    // Each statement, and each row fetch, failing in turn: an error, never a short board.
    using store::SqlCipherDriver;
    for (const auto counting :
         {SqlCipherDriver::Counting::Statements, SqlCipherDriver::Counting::StatementsAndRows}) {
        int failures = 0;
        for (qint64 n = 1; n < 50; ++n) {
            SqlCipherDriver::failNthStatement(n, counting);
            const auto read = BedBoard(pg.store()).read(pg.propertyId, QDate(2026, 11, 26));
            const bool fired = !SqlCipherDriver::failurePending();
            SqlCipherDriver::failNthStatement(0);
            if (!fired) {
                ASSERT_TRUE(read.ok());
                EXPECT_EQ(read.value().size(), 3);
                break;
            }
            EXPECT_FALSE(read.ok()) << "failure " << n << " passed for a board";
            ++failures;
        }
        EXPECT_GE(failures, 2); // the property check and the board's query at least
    }
}

TEST(BedBoard, AReservationIsOccupiedFromItsFirstDay)
{
    test::BoardPg pg;
    const auto board = BedBoard(pg.store()).read(pg.propertyId, QDate(2026, 12, 1));
    ASSERT_TRUE(board.ok());
    EXPECT_EQ(tile(board.value(), QStringLiteral("102-A")).status, QStringLiteral("occupied"));
    EXPECT_EQ(tile(board.value(), QStringLiteral("102-B")).availableFrom, QDate(2026, 12, 1));
}
