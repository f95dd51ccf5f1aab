#include <store/HybridLogicalClock.h>
#include <store/Uuid7.h>

#include <QSet>
#include <QUuid>

#include <gtest/gtest.h>

using rentflow::store::Hlc;
using rentflow::store::HybridLogicalClock;
using rentflow::store::Uuid7;

TEST(Uuid7, IsVersion7VariantRfcAndCarriesTheTime)
{
    Uuid7 generator;
    const QString id = generator.next(0x0191'2345'6789LL);
    const QUuid uuid(id);
    ASSERT_FALSE(uuid.isNull());
    // Qt 6.4's QUuid::version() predates version 7, so read the nibbles directly.
    EXPECT_EQ(id.at(14), QLatin1Char('7'));
    EXPECT_EQ(uuid.variant(), QUuid::DCE);
    EXPECT_TRUE(QStringLiteral("89ab").contains(id.at(19)));
    EXPECT_TRUE(id.startsWith(QStringLiteral("01912345-6789-7")));
}

TEST(Uuid7, LaterIdsSortAfterEarlierOnesEvenWithinOneMillisecond)
{
    Uuid7 generator;
    QStringList ids;
    QSet<QString> unique;
    for (int i = 0; i < 10000; ++i) {
        ids.append(generator.next(1'800'000'000'000LL + i / 5000));
        unique.insert(ids.last());
    }
    EXPECT_EQ(unique.size(), ids.size());
    QStringList sorted = ids;
    sorted.sort();
    EXPECT_EQ(sorted, ids);
}

TEST(HybridLogicalClock, StaysMonotonicWhenTheWallClockGoesBack)
{
    qint64 wall = 1000;
    HybridLogicalClock clock(QStringLiteral("pc-a"), [&] { return wall; });
    const Hlc a = clock.now();
    wall = 900; // the PC's clock was set back
    const Hlc b = clock.now();
    EXPECT_TRUE(a < b);
    EXPECT_LT(a.toString(), b.toString()); // text order is clock order
    EXPECT_EQ(b.wallMs, 1000);
    EXPECT_EQ(b.counter, 1u);
}

TEST(HybridLogicalClock, ObservingARemoteStampMovesPastIt)
{
    qint64 wall = 1000;
    HybridLogicalClock clock(QStringLiteral("pc-a"), [&] { return wall; });
    clock.observe(Hlc{5000, 7, QStringLiteral("pc-b")});
    const Hlc next = clock.now();
    EXPECT_EQ(next.wallMs, 5000);
    EXPECT_EQ(next.counter, 8u);
    const auto parsed = Hlc::parse(next.toString());
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->wallMs, 5000);
    EXPECT_EQ(parsed->counter, 8u);
    EXPECT_EQ(parsed->device, QStringLiteral("pc-a"));
    EXPECT_FALSE(Hlc::parse(QStringLiteral("garbage")));
}
