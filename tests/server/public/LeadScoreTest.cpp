#include "server/public/LeadScore.h"

#include <gtest/gtest.h>

using namespace rentflow::server;

TEST(LeadScore, AppendixA2IsWarm)
{
    // vc 40 + no range 0 + message of 60 characters (30..149: 10) naming "metrics" (+5) = 55.
    const LeadScore s =
        scoreLead(QStringLiteral("vc"), QString(),
                  QStringLiteral("Interested in learning more about RentFlow's growth metrics."));
    EXPECT_EQ(s.score, 55);
    EXPECT_EQ(s.temperature, QStringLiteral("warm"));
}

TEST(LeadScore, TheTopIsHot)
{
    // vc 40 + 1Cr+ 40 + 150+ characters (15) with "term sheet" (+5) = 100.
    const QString message =
        QStringLiteral("We could send a term sheet ") + QString(130, QLatin1Char('x'));
    ASSERT_GE(message.size(), 150);
    const LeadScore s = scoreLead(QStringLiteral("vc"), QStringLiteral("1Cr+"), message);
    EXPECT_EQ(s.score, 100);
    EXPECT_EQ(s.temperature, QStringLiteral("hot"));
}

TEST(LeadScore, EachPartByHand)
{
    EXPECT_EQ(scoreLead(QString(), QString(), QString()).score, 0);
    EXPECT_EQ(scoreLead(QStringLiteral("angel"), QString(), QString()).score, 30);
    EXPECT_EQ(scoreLead(QStringLiteral("corporate"), QString(), QString()).score, 25);
    EXPECT_EQ(scoreLead(QStringLiteral("pg_operator"), QString(), QString()).score, 20);
    EXPECT_EQ(scoreLead(QString(), QStringLiteral("<10L"), QString()).score, 10);
    EXPECT_EQ(scoreLead(QString(), QStringLiteral("10-50L"), QString()).score, 20);
    EXPECT_EQ(scoreLead(QString(), QStringLiteral("50L-1Cr"), QString()).score, 30);
    // "Hi" 2 characters: 5; 29 x's: 5; 30 x's: 10; 149: 10; 150: 15.
    EXPECT_EQ(scoreLead(QString(), QString(), QStringLiteral("Hi")).score, 5);
    EXPECT_EQ(scoreLead(QString(), QString(), QString(29, QLatin1Char('x'))).score, 5);
    EXPECT_EQ(scoreLead(QString(), QString(), QString(30, QLatin1Char('x'))).score, 10);
    EXPECT_EQ(scoreLead(QString(), QString(), QString(149, QLatin1Char('x'))).score, 10);
    EXPECT_EQ(scoreLead(QString(), QString(), QString(150, QLatin1Char('x'))).score, 15);
    // Only whitespace is no message.
    EXPECT_EQ(scoreLead(QString(), QString(), QStringLiteral("   ")).score, 0);
    // A topic word alone: 5 + 5, once even when several appear.
    EXPECT_EQ(scoreLead(QString(), QString(), QStringLiteral("REVENUE")).score, 10);
    EXPECT_EQ(scoreLead(QString(), QString(), QStringLiteral("revenue, funding")).score, 10);
    // angel 30 + 10-50L 20 + "Send the deck" (13 chars: 5, deck +5) = 60: warm.
    const LeadScore s = scoreLead(QStringLiteral("angel"), QStringLiteral("10-50L"),
                                  QStringLiteral("Send the deck"));
    EXPECT_EQ(s.score, 60);
    EXPECT_EQ(s.temperature, QStringLiteral("warm"));
}

TEST(LeadScore, TemperatureBoundaries)
{
    EXPECT_EQ(leadTemperature(100), QStringLiteral("hot"));
    EXPECT_EQ(leadTemperature(80), QStringLiteral("hot"));
    EXPECT_EQ(leadTemperature(79), QStringLiteral("warm"));
    EXPECT_EQ(leadTemperature(50), QStringLiteral("warm"));
    EXPECT_EQ(leadTemperature(49), QStringLiteral("cold"));
    EXPECT_EQ(leadTemperature(0), QStringLiteral("cold"));
    // pg_operator 20 + 50L-1Cr 30 = 50 exactly: warm; corporate 25 + 1Cr+ 40 + 15 = 80: hot.
    EXPECT_EQ(
        scoreLead(QStringLiteral("pg_operator"), QStringLiteral("50L-1Cr"), QString()).temperature,
        QStringLiteral("warm"));
    EXPECT_EQ(scoreLead(QStringLiteral("corporate"), QStringLiteral("1Cr+"),
                        QString(150, QLatin1Char('y')))
                  .score,
              80);
}
