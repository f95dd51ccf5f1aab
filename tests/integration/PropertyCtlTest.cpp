// rentflowctl property set / property show: only the options given change, "" clears an
// optional one, a bad value is exit 2 naming the option and then nothing is written.
#include "CtlInProcess.h"

#include <gtest/gtest.h>

using namespace rentflow;
using test::runCtlInProcess;

namespace {

class PropertyCtlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(
            run({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Sunrise PG"),
                 QStringLiteral("--state-code"), QStringLiteral("29")})
                .exitCode,
            0);
        const auto added = run({QStringLiteral("property"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("Koramangala"),
                                QStringLiteral("--city"), QStringLiteral("Bengaluru"),
                                QStringLiteral("--state-code"), QStringLiteral("29")});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        m_id = added.json().value(QStringLiteral("id")).toString();
    }
    test::CtlRun run(const QStringList& args) { return runCtlInProcess(m_tw.path(), args); }
    test::CtlRun set(const QStringList& options)
    {
        return run(QStringList{QStringLiteral("property"), QStringLiteral("set"),
                               QStringLiteral("--id"), m_id} +
                   options);
    }
    QJsonObject shown()
    {
        const auto show =
            run({QStringLiteral("property"), QStringLiteral("show"), QStringLiteral("--id"), m_id});
        EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
        return show.json().value(QStringLiteral("property")).toObject();
    }

    test::TestWorkspace m_tw;
    QString m_id;
};

} // namespace

TEST_F(PropertyCtlTest, OnlyTheOptionsGivenChange)
{
    const auto saved =
        set({QStringLiteral("--address"), QStringLiteral("14, 5th Cross, 1st Block"),
             QStringLiteral("--pincode"), QStringLiteral("560034"), QStringLiteral("--house-rules"),
             QStringLiteral("No smoking\nGate closes at 11 pm")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    const QJsonObject p = shown();
    EXPECT_EQ(p.value(QStringLiteral("address")).toString(),
              QStringLiteral("14, 5th Cross, 1st Block"));
    EXPECT_EQ(p.value(QStringLiteral("pincode")).toString(), QStringLiteral("560034"));
    EXPECT_EQ(p.value(QStringLiteral("houseRules")).toString(),
              QStringLiteral("No smoking\nGate closes at 11 pm"));
    EXPECT_EQ(p.value(QStringLiteral("name")).toString(), QStringLiteral("Koramangala"));
    EXPECT_EQ(p.value(QStringLiteral("city")).toString(), QStringLiteral("Bengaluru"));
    EXPECT_EQ(p.value(QStringLiteral("stateCode")).toString(), QStringLiteral("29"));
    EXPECT_EQ(p.value(QStringLiteral("utilitySplit")).toString(), QStringLiteral("days"));

    ASSERT_EQ(set({QStringLiteral("--pincode"), QString()}).exitCode, 0); // "" clears it
    EXPECT_EQ(shown().value(QStringLiteral("pincode")).toString(), QString());
    EXPECT_EQ(shown().value(QStringLiteral("address")).toString(),
              QStringLiteral("14, 5th Cross, 1st Block"));
}

TEST_F(PropertyCtlTest, ABadValueIsExitTwoNamingTheOptionAndWritesNothing)
{
    const QJsonObject before = shown();
    const auto refused = set({QStringLiteral("--address"), QStringLiteral("14, 5th Cross"),
                              QStringLiteral("--pincode"), QStringLiteral("56003"),
                              QStringLiteral("--utility-split"), QStringLiteral("equal")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--pincode"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--utility-split")))
        << refused.err.toStdString();
    EXPECT_EQ(shown(), before); // the good --address was not written either

    const auto unknown =
        run({QStringLiteral("property"), QStringLiteral("set"), QStringLiteral("--id"),
             QStringLiteral("nope"), QStringLiteral("--city"), QStringLiteral("Mysuru")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("--id"))) << unknown.err.toStdString();
    const auto noId = run({QStringLiteral("property"), QStringLiteral("show")});
    EXPECT_EQ(noId.exitCode, 2);
    EXPECT_TRUE(noId.err.contains(QStringLiteral("--id"))) << noId.err.toStdString();
}
