// The public website's endpoints over real HTTP on 127.0.0.1, on both backends (SPEC §8.3,
// seed Appendix A): exact response shapes, duplicates, rate limits, refused input,
// concurrency, CORS. Referrals and positions: PublicReferralsTest.cpp; what PostgreSQL
// stores: PublicPostgresTest.cpp; the limits switched off or scaled: PublicRateLimitsTest.cpp.
#include "PublicEndpointsFixture.h"

#include <gtest/gtest.h>

using namespace rentflow::test;
using namespace rentflow::test::publicapi;

TEST_P(PublicEndpointsTest, AppendixA1JoinAnswers201WithExactlyTheDocumentedFields)
{
    const HttpResponse r = http().post(kWaitlist, appendixA1(), from(QStringLiteral("10.9.0.1")));
    ASSERT_EQ(r.status, 201) << r;
    EXPECT_TRUE(r.isJson()) << r;
    const QJsonObject body = r.json();
    EXPECT_EQ(
        sortedKeys(body),
        (QStringList{QStringLiteral("createdAt"), QStringLiteral("email"), QStringLiteral("id"),
                     QStringLiteral("message"), QStringLiteral("position"),
                     QStringLiteral("referralCode"), QStringLiteral("referralLink")}))
        << r;
    EXPECT_TRUE(kUuid.match(body.value(QStringLiteral("id")).toString()).hasMatch()) << r;
    EXPECT_EQ(body.value(QStringLiteral("email")).toString(), QStringLiteral("user@example.com"));
    EXPECT_EQ(body.value(QStringLiteral("position")).toInt(), 1); // the first on the list
    const QString code = body.value(QStringLiteral("referralCode")).toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^DOE\\d{5}$")).match(code).hasMatch()) << r;
    EXPECT_EQ(body.value(QStringLiteral("referralLink")).toString(),
              QStringLiteral("https://rentflow.in/waitlist?ref=") + code);
    EXPECT_EQ(body.value(QStringLiteral("message")).toString(),
              QStringLiteral("You've joined the waitlist!"));
    EXPECT_TRUE(kTime.match(body.value(QStringLiteral("createdAt")).toString()).hasMatch()) << r;
    // The rate-limit headers of the 3-per-hour rule: one of three used.
    EXPECT_EQ(r.header("X-RateLimit-Limit"), "3") << r;
    EXPECT_EQ(r.header("X-RateLimit-Remaining"), "2") << r;
    EXPECT_EQ(r.header("X-RateLimit-Reset"), "1200") << r;
    EXPECT_FALSE(r.hasHeader("Retry-After")) << r;
}

TEST_P(PublicEndpointsTest, ARepeatedEmailGetsTheExistingEntryNeverASecondRow)
{
    const HttpResponse first = joinEmail(QStringLiteral("Ravi.Kumar@gmail.com"));
    ASSERT_EQ(first.status, 201) << first;
    const QJsonObject original = first.json();

    // The same address however typed: case, spaces, Gmail's dots and +tags, googlemail.com.
    for (const QString& typed :
         {QStringLiteral("ravi.kumar@gmail.com"), QStringLiteral("  RAVI.KUMAR@GMAIL.COM "),
          QStringLiteral("ravikumar+waitlist@gmail.com"),
          QStringLiteral("r.a.v.i.kumar@googlemail.com")}) {
        const HttpResponse again = joinEmail(typed);
        ASSERT_EQ(again.status, 200) << typed.toStdString() << "\n" << again;
        const QJsonObject body = again.json();
        EXPECT_EQ(sortedKeys(body), sortedKeys(original));
        EXPECT_EQ(body.value(QStringLiteral("id")), original.value(QStringLiteral("id")));
        EXPECT_EQ(body.value(QStringLiteral("referralCode")),
                  original.value(QStringLiteral("referralCode")));
        EXPECT_EQ(body.value(QStringLiteral("createdAt")),
                  original.value(QStringLiteral("createdAt")));
        // What the person typed first stays the address shown.
        EXPECT_EQ(body.value(QStringLiteral("email")).toString(),
                  QStringLiteral("Ravi.Kumar@gmail.com"));
        EXPECT_EQ(body.value(QStringLiteral("position")).toInt(), 1);
        EXPECT_EQ(body.value(QStringLiteral("message")).toString(),
                  QStringLiteral("You're already on the waitlist."));
    }
    // Another provider keeps dots: a different person.
    EXPECT_EQ(joinEmail(QStringLiteral("ravi.kumar@example.com")).status, 201);
    const QJsonObject place = positionOf(QStringLiteral("ravikumar@gmail.com"));
    EXPECT_EQ(place.value(QStringLiteral("total")).toInt(), 2);
}

TEST_P(PublicEndpointsTest, TheFourthJoinWithinAnHourFromOneAddressGets429WithRetryAfter)
{
    const HttpHeaders client = from(QStringLiteral("203.0.113.9"));
    for (int i = 1; i <= 3; ++i) {
        const HttpResponse r = http().post(
            kWaitlist,
            QJsonObject{{QStringLiteral("email"), QStringLiteral("p%1@example.in").arg(i)}},
            client);
        ASSERT_EQ(r.status, 201) << r;
        EXPECT_EQ(r.header("X-RateLimit-Remaining"), QByteArray::number(3 - i)) << r;
    }
    const HttpResponse fourth = http().post(
        kWaitlist, QJsonObject{{QStringLiteral("email"), QStringLiteral("p4@example.in")}}, client);
    ASSERT_EQ(fourth.status, 429) << fourth;
    EXPECT_EQ(fourth.errorCode(), QStringLiteral("rate_limited")) << fourth;
    // 3 per hour refill one every 20 minutes (less the seconds the three joins took).
    EXPECT_NEAR(fourth.header("Retry-After").toInt(), 1200, 10) << fourth;
    EXPECT_EQ(fourth.header("X-RateLimit-Limit"), "3") << fourth;
    EXPECT_EQ(fourth.header("X-RateLimit-Remaining"), "0") << fourth;
    EXPECT_NEAR(fourth.header("X-RateLimit-Reset").toInt(), 3600, 10) << fourth;
    // Nothing was stored for the refused one.
    EXPECT_EQ(http().get(kPosition + QStringLiteral("?email=p4@example.in")).status, 404);
    // Another client is not held back.
    EXPECT_EQ(http()
                  .post(kWaitlist,
                        QJsonObject{{QStringLiteral("email"), QStringLiteral("p4@example.in")}},
                        from(QStringLiteral("203.0.113.10")))
                  .status,
              201);
}

TEST_P(PublicEndpointsTest, TheFourthInvestorLeadWithinAnHourGets429)
{
    const HttpHeaders client = from(QStringLiteral("198.51.100.20"));
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(http().post(kInvestor, appendixA2(), client).status, 201);
    const HttpResponse fourth = http().post(kInvestor, appendixA2(), client);
    EXPECT_EQ(fourth.status, 429) << fourth;
    EXPECT_NEAR(fourth.header("Retry-After").toInt(), 1200, 10) << fourth;
}

TEST_P(PublicEndpointsTest, BadBodiesGetTheRight4xxNamingTheFieldsAndStoreNothing)
{
    // Not JSON, not an object, not sent as JSON, too big.
    HttpResponse r = http().postRaw(kWaitlist, "{\"email\": \"a@example.in\",", "application/json",
                                    from(nextIp()));
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_json")) << r;
    r = http().postRaw(kWaitlist, "[\"a@example.in\"]", "application/json", from(nextIp()));
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_json")) << r;
    r = http().postRaw(kWaitlist, "email=a@example.in", "application/x-www-form-urlencoded",
                       from(nextIp()));
    EXPECT_EQ(r.status, 415) << r;
    QJsonObject big{{QStringLiteral("email"), QStringLiteral("big@example.in")},
                    {QStringLiteral("companyName"), QString(9000, QLatin1Char('x'))}};
    r = join(big);
    EXPECT_EQ(r.status, 413) << r;

    // Missing and wrong fields: 400 invalid_input naming each.
    r = join(json(R"({"fullName": "No Email"})"));
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_input")) << r;
    EXPECT_EQ(r.errorFields(),
              (QJsonObject{{QStringLiteral("email"), QStringLiteral("is required")}}))
        << r;

    r = join(json(R"({"email": 42, "fullName": ["x"], "phone": "12345", "referralCode": "a-b",
                      "utmSource": false})"));
    EXPECT_EQ(r.status, 400) << r;
    const QJsonObject fields = r.errorFields();
    EXPECT_EQ(
        sortedKeys(fields),
        (QStringList{QStringLiteral("email"), QStringLiteral("fullName"), QStringLiteral("phone"),
                     QStringLiteral("referralCode"), QStringLiteral("utmSource")}))
        << r;
    EXPECT_EQ(fields.value(QStringLiteral("email")).toString(), QStringLiteral("must be a string"));

    r = joinEmail(QStringLiteral("not-an-address"));
    EXPECT_EQ(r.errorFields().value(QStringLiteral("email")).toString(),
              QStringLiteral("must be a valid email address"))
        << r;
    r = joinEmail(QStringLiteral("someone@mailinator.com"));
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_TRUE(r.errorFields()
                    .value(QStringLiteral("email"))
                    .toString()
                    .contains(QStringLiteral("disposable")))
        << r;

    r = http().post(kInvestor, json(R"({"email": "jane@", "investorType": "hedge"})"),
                    from(nextIp()));
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_EQ(sortedKeys(r.errorFields()),
              (QStringList{QStringLiteral("email"), QStringLiteral("fullName"),
                           QStringLiteral("investorType")}))
        << r;

    r = http().post(kRoi, json(R"({"inputs": {"properties": "5"}, "results": 3})"), from(nextIp()));
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_EQ(
        sortedKeys(r.errorFields()),
        (QStringList{QStringLiteral("inputs.avgRent"), QStringLiteral("inputs.bedsPerProperty"),
                     QStringLiteral("inputs.properties"),
                     QStringLiteral("inputs.utilityCostPerBed"), QStringLiteral("results")}))
        << r;

    // None of it was stored.
    EXPECT_EQ(http().get(kPosition + QStringLiteral("?email=big@example.in")).status, 404);
    const HttpResponse stats = http().get(kStats);
    EXPECT_EQ(stats.json().value(QStringLiteral("total")).toInt(-1), 0) << stats;
}

TEST_P(PublicEndpointsTest, HoneypotAndTooQuickFormsAreRefusedQuietly)
{
    for (const char* body : {R"({"email":"bot1@example.in","website":"http://spam.example"})",
                             R"({"email":"bot2@example.in","timeOnPageMs":400})"}) {
        const HttpResponse r = join(json(body));
        EXPECT_EQ(r.status, 400) << r;
        EXPECT_EQ(r.errorCode(), QStringLiteral("spam_suspected")) << r;
        EXPECT_TRUE(r.errorFields().isEmpty()) << r; // nothing says which check failed
    }
    EXPECT_EQ(http().get(kPosition + QStringLiteral("?email=bot1@example.in")).status, 404);
    EXPECT_EQ(http().get(kPosition + QStringLiteral("?email=bot2@example.in")).status, 404);
    // A person's form: honeypot empty, 4.5 s on the page.
    EXPECT_EQ(
        join(json(R"({"email":"person@example.in","website":"","timeOnPageMs":4500})")).status,
        201);
    const HttpResponse lead = http().post(
        kInvestor, json(R"({"fullName":"B","email":"b@fund.in","website":"x"})"), from(nextIp()));
    EXPECT_EQ(lead.errorCode(), QStringLiteral("spam_suspected")) << lead;
}

TEST_P(PublicEndpointsTest, TwentyConcurrentJoinsOfOneEmailMakeOneRow)
{
    // A webmail address: the per-domain limit (10/h) leaves those out; each twin comes from
    // its own client address.
    QList<HttpRequest> requests;
    for (int i = 0; i < 20; ++i) {
        HttpRequest request;
        request.method = "POST";
        request.path = kWaitlist;
        request.body = R"({"email":"twin.name@gmail.com","fullName":"Twin"})";
        request.headers = {
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
            {QByteArrayLiteral("X-Forwarded-For"), nextIp().toLatin1()}};
        requests.append(request);
    }
    const QList<HttpResponse> responses = sendConcurrently(baseUrl(), requests);
    ASSERT_EQ(responses.size(), 20);
    int created = 0;
    QSet<QString> ids;
    for (const HttpResponse& r : responses) {
        ASSERT_TRUE(r.status == 201 || r.status == 200) << r;
        created += r.status == 201 ? 1 : 0;
        ids.insert(r.json().value(QStringLiteral("id")).toString());
    }
    EXPECT_EQ(created, 1);
    EXPECT_EQ(ids.size(), 1);
    EXPECT_EQ(
        positionOf(QStringLiteral("twin.name@gmail.com")).value(QStringLiteral("total")).toInt(),
        1);
}

TEST_P(PublicEndpointsTest, AppendixA2InvestorLeadAnswers201WithExactlyTheDocumentedFields)
{
    const HttpResponse r = http().post(kInvestor, appendixA2(), from(nextIp()));
    ASSERT_EQ(r.status, 201) << r;
    const QJsonObject body = r.json();
    EXPECT_EQ(sortedKeys(body), (QStringList{QStringLiteral("createdAt"), QStringLiteral("id"),
                                             QStringLiteral("message"), QStringLiteral("status")}))
        << r;
    EXPECT_TRUE(kUuid.match(body.value(QStringLiteral("id")).toString()).hasMatch()) << r;
    EXPECT_EQ(body.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    EXPECT_EQ(body.value(QStringLiteral("message")).toString(),
              QStringLiteral("Thank you for your interest. We'll be in touch within 48 hours."));
    EXPECT_TRUE(kTime.match(body.value(QStringLiteral("createdAt")).toString()).hasMatch()) << r;
    EXPECT_EQ(r.header("X-RateLimit-Limit"), "3") << r;
}

TEST_P(PublicEndpointsTest, AppendixA3RoiCalculationAnswers204)
{
    const HttpResponse r = http().post(kRoi, appendixA3(), from(nextIp()));
    EXPECT_EQ(r.status, 204) << r;
    EXPECT_TRUE(r.body.isEmpty()) << r;
    EXPECT_EQ(r.header("X-RateLimit-Limit"), "10") << r;
    // 10 a minute per address: the 11th is refused.
    const HttpHeaders client = from(QStringLiteral("192.0.2.77"));
    for (int i = 0; i < 10; ++i)
        ASSERT_EQ(http().post(kRoi, appendixA3(), client).status, 204) << i;
    const HttpResponse eleventh = http().post(kRoi, appendixA3(), client);
    EXPECT_EQ(eleventh.status, 429) << eleventh;
    // One token per 60/10 = 6 s, less what refilled while the ten were answered.
    const int retryAfter = eleventh.header("Retry-After").toInt();
    EXPECT_GE(retryAfter, 1) << eleventh;
    EXPECT_LE(retryAfter, 6) << eleventh;
}

TEST_P(PublicEndpointsTest, StatsHaveExactlyTheirFields)
{
    ASSERT_EQ(joinEmail(QStringLiteral("s1@example.in")).status, 201);
    ASSERT_EQ(joinEmail(QStringLiteral("s2@example.in")).status, 201);
    const HttpResponse r = http().get(kStats);
    ASSERT_EQ(r.status, 200) << r;
    EXPECT_EQ(r.json(), (QJsonObject{{QStringLiteral("total"), 2},
                                     {QStringLiteral("waiting"), 2},
                                     {QStringLiteral("joinedLast24Hours"), 2},
                                     {QStringLiteral("joinedLast7Days"), 2},
                                     {QStringLiteral("referrals"), 0}}))
        << r;
    EXPECT_EQ(r.header("X-RateLimit-Limit"), "120") << r;
}

TEST_P(PublicEndpointsTest, CorsForTheConfiguredOriginOnly)
{
    const HttpHeaders site = {
        {QByteArrayLiteral("Origin"), QByteArrayLiteral("https://rentflow.in")},
        {QByteArrayLiteral("X-Forwarded-For"), QByteArrayLiteral("10.8.0.1")}};
    HttpResponse r = http().post(kWaitlist, json(R"({"email":"cors@example.in"})"), site);
    EXPECT_EQ(r.status, 201) << r;
    EXPECT_EQ(r.header("Access-Control-Allow-Origin"), "https://rentflow.in") << r;
    EXPECT_TRUE(r.header("Access-Control-Expose-Headers").contains("Retry-After")) << r;
    const HttpHeaders elsewhere = {
        {QByteArrayLiteral("Origin"), QByteArrayLiteral("https://evil.example")}};
    r = http().get(kStats, elsewhere);
    EXPECT_EQ(r.status, 200) << r;
    EXPECT_FALSE(r.hasHeader("Access-Control-Allow-Origin")) << r;
    r = http().options(
        kWaitlist,
        {{QByteArrayLiteral("Origin"), QByteArrayLiteral("https://rentflow.in")},
         {QByteArrayLiteral("Access-Control-Request-Method"), QByteArrayLiteral("POST")}});
    EXPECT_LT(r.status, 300) << r;
    EXPECT_EQ(r.header("Access-Control-Allow-Origin"), "https://rentflow.in") << r;
}

RENTFLOW_BOTH_BACKENDS(PublicEndpointsTest);
