// WorkspaceSummary: the overview's counts, or the error, never zeros.
#include <search/WorkspaceSummary.h>

#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/SamplePg.h>

#include <gtest/gtest.h>

using namespace rentflow;

TEST(WorkspaceSummary, CountsPropertiesRoomsBedsAndWhoIsStaying)
{
    test::SamplePg pg; // 1 property, room 101 with beds A–C, 2 residents, nobody checked in
    auto before = WorkspaceSummary(pg.store()).counts();
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before.value().properties, 1);
    EXPECT_EQ(before.value().rooms, 1);
    EXPECT_EQ(before.value().beds, 3);
    EXPECT_EQ(before.value().vacantBeds, 3);
    EXPECT_EQ(before.value().residents, 2);
    EXPECT_EQ(before.value().staying, 0);

    pg.checkIn(0, 1, QDate::currentDate()); // Lakshmi on 101-B from today: 3 − 1 = 2 vacant
    const auto after = WorkspaceSummary(pg.store()).counts().value();
    EXPECT_EQ(after.vacantBeds, 2);
    EXPECT_EQ(after.staying, 1);
    EXPECT_EQ(after.residents, 2);
}

TEST(WorkspaceSummary, AFailedReadIsAnError)
{
    test::SamplePg pg;
    store::SqlCipherDriver::failNthStatement(1);
    const auto counts = WorkspaceSummary(pg.store()).counts();
    store::SqlCipherDriver::failNthStatement(0);
    EXPECT_FALSE(counts.ok());
}
