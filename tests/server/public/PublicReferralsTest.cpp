// Referrals and queue positions over real HTTP, on both backends (SPEC §8.3): each verified
// referral moves the referrer up, positions are computed, and the referral and position
// endpoints refuse what they must. (The suite is instantiated in PublicEndpointsTest.cpp.)
#include "PublicEndpointsFixture.h"

#include <gtest/gtest.h>

using namespace rentflow::test;
using namespace rentflow::test::publicapi;

TEST_P(PublicEndpointsTest, ReferralsMoveTheReferrerUpAndPositionsAreComputed)
{
    // --referral-boost 2. A..E join in order: positions 1..5.
    QStringList codes;
    const QStringList people = {QStringLiteral("a@example.in"), QStringLiteral("b@example.in"),
                                QStringLiteral("c@example.in"), QStringLiteral("d@example.in"),
                                QStringLiteral("e@example.in")};
    for (int i = 0; i < people.size(); ++i) {
        const HttpResponse r = joinEmail(people[i]);
        ASSERT_EQ(r.status, 201) << r;
        EXPECT_EQ(r.json().value(QStringLiteral("position")).toInt(), i + 1) << r;
        codes.append(r.json().value(QStringLiteral("referralCode")).toString());
    }
    // F and G join with E's code: E's rank key = 5 - 2*2 = 1, a tie with A (1) who joined
    // first: E is 2nd; B 3rd, C 4th, D 5th; F 6th, G 7th.
    EXPECT_EQ(joinEmail(QStringLiteral("f@example.in"), codes[4])
                  .json()
                  .value(QStringLiteral("position"))
                  .toInt(),
              6);
    EXPECT_EQ(joinEmail(QStringLiteral("g@example.in"), codes[4].toLower())
                  .json()
                  .value(QStringLiteral("position"))
                  .toInt(),
              7);
    QJsonObject e = positionOf(QStringLiteral("e@example.in"));
    EXPECT_EQ(e.value(QStringLiteral("position")).toInt(), 2)
        << QJsonDocument(e).toJson().constData();
    EXPECT_EQ(e.value(QStringLiteral("referralCount")).toInt(), 2);
    EXPECT_EQ(e.value(QStringLiteral("total")).toInt(), 7);
    EXPECT_EQ(positionOf(QStringLiteral("a@example.in")).value(QStringLiteral("position")).toInt(),
              1);
    EXPECT_EQ(positionOf(QStringLiteral("b@example.in")).value(QStringLiteral("position")).toInt(),
              3);
    EXPECT_EQ(positionOf(QStringLiteral("d@example.in")).value(QStringLiteral("position")).toInt(),
              5);

    // D invites H (pending: D does not move yet) ...
    HttpResponse invite =
        http().post(kReferral,
                    QJsonObject{{QStringLiteral("referralCode"), codes[3]},
                                {QStringLiteral("email"), QStringLiteral("h@example.in")}},
                    from(nextIp()));
    ASSERT_EQ(invite.status, 201) << invite;
    EXPECT_EQ(sortedKeys(invite.json()),
              (QStringList{QStringLiteral("message"), QStringLiteral("referralCode"),
                           QStringLiteral("status")}));
    EXPECT_EQ(invite.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(positionOf(QStringLiteral("d@example.in")).value(QStringLiteral("position")).toInt(),
              5);
    // ... H joins without any code: the invitation completes. D's key 4 - 2 = 2 ties with B
    // (2), who joined first: A 1, E 2, B 3, D 4, C 5, F 6, G 7, H 8.
    EXPECT_EQ(
        joinEmail(QStringLiteral("h@example.in")).json().value(QStringLiteral("position")).toInt(),
        8);
    const QJsonObject d = positionOf(QStringLiteral("d@example.in"));
    EXPECT_EQ(d.value(QStringLiteral("position")).toInt(), 4);
    EXPECT_EQ(d.value(QStringLiteral("referralCount")).toInt(), 1);
    EXPECT_EQ(positionOf(QStringLiteral("c@example.in")).value(QStringLiteral("position")).toInt(),
              5);
    EXPECT_EQ(positionOf(QStringLiteral("b@example.in")).value(QStringLiteral("position")).toInt(),
              3);

    // By code: the same answer, exactly these fields.
    const HttpResponse byCode = http().get(kPosition + QStringLiteral("?code=") + codes[3]);
    ASSERT_EQ(byCode.status, 200) << byCode;
    EXPECT_EQ(byCode.json(), d);
    EXPECT_EQ(sortedKeys(d),
              (QStringList{QStringLiteral("position"), QStringLiteral("referralCode"),
                           QStringLiteral("referralCount"), QStringLiteral("referralLink"),
                           QStringLiteral("total")}));
    EXPECT_EQ(d.value(QStringLiteral("referralLink")).toString(),
              QStringLiteral("https://rentflow.in/waitlist?ref=") + codes[3]);

    // An unknown code at join is ignored: the join succeeds, nobody is credited.
    const HttpResponse unknown =
        joinEmail(QStringLiteral("i@example.in"), QStringLiteral("JOHN2026"));
    EXPECT_EQ(unknown.status, 201) << unknown;
    EXPECT_EQ(unknown.json().value(QStringLiteral("position")).toInt(), 9);

    const HttpResponse stats = http().get(kStats);
    ASSERT_EQ(stats.status, 200) << stats;
    EXPECT_EQ(stats.json(), (QJsonObject{{QStringLiteral("total"), 9},
                                         {QStringLiteral("waiting"), 9},
                                         {QStringLiteral("joinedLast24Hours"), 9},
                                         {QStringLiteral("joinedLast7Days"), 9},
                                         {QStringLiteral("referrals"), 3}}))
        << stats;
}

TEST_P(PublicEndpointsTest, ReferralEndpointRefusals)
{
    const QString a = joinEmail(QStringLiteral("owner@example.in"))
                          .json()
                          .value(QStringLiteral("referralCode"))
                          .toString();
    const QString b = joinEmail(QStringLiteral("other@example.in"))
                          .json()
                          .value(QStringLiteral("referralCode"))
                          .toString();
    auto refer = [&](const QString& code, const QString& email) {
        return http().post(
            kReferral,
            QJsonObject{{QStringLiteral("referralCode"), code}, {QStringLiteral("email"), email}},
            from(nextIp()));
    };
    HttpResponse r = refer(QStringLiteral("NOSUCH99"), QStringLiteral("x@example.in"));
    EXPECT_EQ(r.status, 404) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("not_found")) << r;
    r = refer(a, QStringLiteral("OWNER@example.in"));
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_TRUE(r.errorFields().contains(QStringLiteral("email"))) << r;
    r = refer(a, QStringLiteral("other@example.in"));
    EXPECT_EQ(r.status, 409) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("already_joined")) << r;
    EXPECT_EQ(refer(a, QStringLiteral("friend@example.in")).status, 201);
    r = refer(a, QStringLiteral("friend@example.in"));
    EXPECT_EQ(r.status, 200) << r;
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    r = refer(b, QStringLiteral("friend@example.in"));
    EXPECT_EQ(r.status, 409) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("already_referred")) << r;
    r = http().post(kReferral, json(R"({"referralCode": 5})"), from(nextIp()));
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_EQ(sortedKeys(r.errorFields()),
              (QStringList{QStringLiteral("email"), QStringLiteral("referralCode")}))
        << r;
    r = refer(a, QStringLiteral("x@mailinator.com"));
    EXPECT_EQ(r.status, 400) << r;
    // Once the friend joins with B's code, A's earlier invitation is what counts.
    EXPECT_EQ(joinEmail(QStringLiteral("friend@example.in"), b).status, 201);
    EXPECT_EQ(positionOf(QStringLiteral("owner@example.in"))
                  .value(QStringLiteral("referralCount"))
                  .toInt(),
              1);
    EXPECT_EQ(positionOf(QStringLiteral("other@example.in"))
                  .value(QStringLiteral("referralCount"))
                  .toInt(),
              0);
}

TEST_P(PublicEndpointsTest, TenJoinsAnHourPerCompanyDomainButWebmailIsExempt)
{
    for (int i = 0; i < 10; ++i)
        ASSERT_EQ(joinEmail(QStringLiteral("staff%1@sunrisepg.in").arg(i)).status, 201) << i;
    const HttpResponse eleventh = joinEmail(QStringLiteral("staff10@sunrisepg.in"));
    EXPECT_EQ(eleventh.status, 429) << eleventh;
    EXPECT_NEAR(eleventh.header("Retry-After").toInt(), 360, 5) << eleventh; // 3600/10 s
    for (int i = 0; i < 11; ++i)
        ASSERT_EQ(joinEmail(QStringLiteral("person%1@gmail.com").arg(i)).status, 201) << i;
}

TEST_P(PublicEndpointsTest, PositionQueryRefusals)
{
    HttpResponse r = http().get(kPosition);
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_TRUE(r.errorFields().contains(QStringLiteral("query"))) << r;
    r = http().get(kPosition + QStringLiteral("?email=a@example.in&code=ABCD1234"));
    EXPECT_EQ(r.status, 400) << r;
    r = http().get(kPosition + QStringLiteral("?email=nope"));
    EXPECT_EQ(r.errorFields().value(QStringLiteral("email")).toString(),
              QStringLiteral("must be a valid email address"))
        << r;
    r = http().get(kPosition + QStringLiteral("?code=a"));
    EXPECT_TRUE(r.errorFields().contains(QStringLiteral("code"))) << r;
    r = http().get(kPosition + QStringLiteral("?email=nobody@example.in"));
    EXPECT_EQ(r.status, 404) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("not_found")) << r;
    EXPECT_EQ(r.header("X-RateLimit-Limit"), "60") << r;
}
