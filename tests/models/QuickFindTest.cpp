// Quick-find (Ctrl+K): what a few typed characters find, kind by kind.
#include <search/QuickFind.h>

#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/SamplePg.h>

#include <gtest/gtest.h>

using namespace rentflow;
using Kind = QuickFind::Kind;

namespace {

QStringList titles(const QList<QuickFind::Hit>& hits, Kind kind)
{
    QStringList found;
    for (const auto& hit : hits)
        if (hit.kind == kind)
            found.append(hit.title);
    return found;
}

} // namespace

TEST(QuickFind, FindsResidentsByAnyPartOfNamePhoneOrBed)
{
    test::SamplePg pg; // Lakshmi Narayanan 9845012345, Arjun Mehta 9845012346; room 101, A–C
    pg.checkIn(1, 1, QDate(2026, 11, 1)); // Arjun on 101-B
    QuickFind find(pg.store());

    EXPECT_EQ(titles(find.find(QStringLiteral("narayan")).value(), Kind::Resident),
              QStringList{QStringLiteral("Lakshmi Narayanan")});
    EXPECT_EQ(titles(find.find(QStringLiteral("012346")).value(), Kind::Resident),
              QStringList{QStringLiteral("Arjun Mehta")});
    // "101-b": Arjun through his bed (any case), and the bed itself.
    const auto byBed = find.find(QStringLiteral("101-b")).value();
    EXPECT_EQ(titles(byBed, Kind::Resident), QStringList{QStringLiteral("Arjun Mehta")});
    EXPECT_EQ(titles(byBed, Kind::Bed), QStringList{QStringLiteral("101-B")});
    // The resident's detail: phone, then bed and property.
    ASSERT_EQ(byBed.first().kind, Kind::Resident);
    EXPECT_EQ(byBed.first().detail, QStringLiteral("+919845012346 · 101-B, Koramangala"));
    EXPECT_EQ(byBed.first().id, pg.residentIds.at(1));
}

TEST(QuickFind, ResidentsOnAStayComeBeforePastOnesAndEachKindIsCut)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1)); // Lakshmi on 101-A; Arjun has no stay
    QuickFind find(pg.store());
    // "ar" is in both names. By name Arjun would come first; Lakshmi, on a stay, does.
    EXPECT_EQ(titles(find.find(QStringLiteral("ar")).value(), Kind::Resident),
              (QStringList{QStringLiteral("Lakshmi Narayanan"), QStringLiteral("Arjun Mehta")}));
    pg.checkIn(1, 1, QDate(2026, 11, 1));
    // Both on a stay now: by name. Cut at one per kind: only Arjun.
    EXPECT_EQ(titles(find.find(QStringLiteral("ar"), 1).value(), Kind::Resident),
              QStringList{QStringLiteral("Arjun Mehta")});
    // "101": the three beds A–C, the room, both residents through their beds.
    const auto room = find.find(QStringLiteral("101")).value();
    EXPECT_EQ(
        titles(room, Kind::Bed),
        (QStringList{QStringLiteral("101-A"), QStringLiteral("101-B"), QStringLiteral("101-C")}));
    EXPECT_EQ(titles(room, Kind::Room), QStringList{QStringLiteral("101")});
    EXPECT_EQ(titles(room, Kind::Resident).size(), 2);
    EXPECT_EQ(find.find(QStringLiteral("101"), 2).value().size(), 2 + 2 + 1);
}

TEST(QuickFind, LeaverWithoutAStayIsStillFoundWithoutABed)
{
    test::SamplePg pg; // nobody checked in: Lakshmi has no bed
    const auto hits = QuickFind(pg.store()).find(QStringLiteral("Lakshmi")).value();
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().detail, QStringLiteral("+919845012345"));
}

TEST(QuickFind, FindsInvoicesByNumberWithTheirRecipientAndDate)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    pg.bill(u"2026-11"); // one invoice, KORA/2627/0001, issued 01-11-2026 to Lakshmi
    const auto hits = QuickFind(pg.store()).find(QStringLiteral("2627/0001")).value();
    ASSERT_EQ(titles(hits, Kind::Invoice), QStringList{QStringLiteral("KORA/2627/0001")});
    EXPECT_EQ(hits.last().detail, QStringLiteral("Lakshmi Narayanan · 01-11-2026"));
}

TEST(QuickFind, WildcardsAreTakenLiterallyAndBlankFindsNothing)
{
    test::SamplePg pg;
    QuickFind find(pg.store());
    // Unescaped, "%" and "_" would match every resident, bed and room.
    EXPECT_TRUE(find.find(QStringLiteral("%%")).value().isEmpty());
    EXPECT_TRUE(find.find(QStringLiteral("__")).value().isEmpty());
    EXPECT_TRUE(find.find(QStringLiteral("1_")).value().isEmpty());
    // One character finds nothing yet ("1" is in every bed and room here).
    EXPECT_TRUE(find.find(QStringLiteral("1")).value().isEmpty());
    EXPECT_TRUE(find.find(QStringLiteral("   ")).value().isEmpty());
}

TEST(QuickFind, AFailedReadIsAnErrorNeverNothingFound)
{
    test::SamplePg pg;
    QuickFind find(pg.store());
    for (qint64 n = 1; n <= 4; ++n) {
        store::SqlCipherDriver::failNthStatement(n);
        const auto hits = find.find(QStringLiteral("101"));
        store::SqlCipherDriver::failNthStatement(0);
        EXPECT_FALSE(hits.ok()) << "statement " << n;
    }
    EXPECT_TRUE(find.find(QStringLiteral("101")).ok());
}
