// The public website's endpoints over real HTTP on 127.0.0.1, on both backends (SPEC §8.3,
// seed Appendix A): exact response shapes, duplicates, referrals and positions, rate limits,
// refused input, concurrency, CORS.
#include "BothBackends.h"
#include "PostgresServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

using namespace rentflow::test;

namespace {

const QString kWaitlist = QStringLiteral("/api/v1/waitlist");
const QString kPosition = QStringLiteral("/api/v1/waitlist/position");
const QString kReferral = QStringLiteral("/api/v1/waitlist/referral");
const QString kStats = QStringLiteral("/api/v1/waitlist/stats");
const QString kInvestor = QStringLiteral("/api/v1/investor-leads");
const QString kRoi = QStringLiteral("/api/v1/analytics/roi-calculation");

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// Appendix A's bodies, verbatim.
QJsonObject appendixA1()
{
    return json(R"({
      "email": "user@example.com",
      "fullName": "John Doe",
      "phone": "9876543210",
      "companyName": "Doe PG Services",
      "referralCode": "JOHN2026",
      "source": "landing_page",
      "utmCampaign": "early_access",
      "utmSource": "google",
      "utmMedium": "cpc"
    })");
}

QJsonObject appendixA2()
{
    return json(R"({
      "fullName": "Jane Smith",
      "email": "jane@vcfirm.com",
      "phone": "+91-9876543210",
      "investorType": "VC",
      "linkedinUrl": "https://linkedin.com/in/janesmith",
      "message": "Interested in learning more about RentFlow's growth metrics."
    })");
}

QJsonObject appendixA3()
{
    return json(R"({
      "inputs": {"properties": 5, "bedsPerProperty": 20, "avgRent": 12000, "utilityCostPerBed": 800},
      "results": {"adminHoursSaved": 75, "revenueLeakageRecovered": 24000, "annualProfitImpact": 529200},
      "sessionId": "sess-uuid",
      "source": "landing_page"
    })");
}

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

const QRegularExpression
    kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
const QRegularExpression
    kTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));

HttpHeaders from(const QString& ip)
{
    return {{QByteArrayLiteral("X-Forwarded-For"), ip.toLatin1()}};
}

class PublicEndpointsTest : public BothBackends
{
protected:
    // The test process is the trusted proxy, so each test can speak for several clients
    // (X-Forwarded-For); the seed's rate limits as they are (multiplier 1).
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--trusted-proxies"),       QStringLiteral("127.0.0.1"),
                QStringLiteral("--public-base-url"),       QStringLiteral("https://rentflow.in"),
                QStringLiteral("--referral-boost"),        QStringLiteral("2"),
                QStringLiteral("--cors-origins"),          QStringLiteral("https://rentflow.in"),
                QStringLiteral("--max-body-bytes"),        QStringLiteral("8192"),
                QStringLiteral("--rate-limit-multiplier"), QStringLiteral("1")};
    }

    // A join from its own client address (so the 3-per-hour limit stays out of the way).
    HttpResponse join(const QJsonObject& body)
    {
        return http().post(kWaitlist, body, from(nextIp()));
    }
    HttpResponse joinEmail(const QString& email, const QString& code = {})
    {
        QJsonObject body{{QStringLiteral("email"), email}};
        if (!code.isEmpty())
            body.insert(QStringLiteral("referralCode"), code);
        return join(body);
    }
    QJsonObject positionOf(const QString& email)
    {
        const HttpResponse r = http().get(kPosition + QStringLiteral("?email=") +
                                              QString::fromLatin1(QUrl::toPercentEncoding(email)),
                                          from(nextIp()));
        EXPECT_EQ(r.status, 200) << r;
        return r.json();
    }
    QString nextIp()
    {
        const int n = m_ip++;
        return QStringLiteral("10.1.%1.%2").arg(n / 250).arg(n % 250 + 1);
    }

private:
    int m_ip = 0;
};

} // namespace

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

// On PostgreSQL only: two server processes on one database (ISSUE 11 item 9; the embedded
// file belongs to one process), and what was stored, read back from the database itself.
class PublicPostgresTest : public PublicEndpointsTest
{
protected:
    void TearDown() override
    {
        QSqlDatabase::removeDatabase(QStringLiteral("public-check"));
        PublicEndpointsTest::TearDown();
    }
    // The rows of one query, each as its columns joined by '|'.
    QStringList rows(const QString& sql)
    {
        if (!QSqlDatabase::contains(QStringLiteral("public-check"))) {
            EXPECT_TRUE(PostgresServer::shared().openConnection(QStringLiteral("public-check"),
                                                                testServer().databaseName()))
                << PostgresServer::shared().error().toStdString();
        }
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("public-check")));
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        QStringList out;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns.append(q.value(i).toString());
            out.append(columns.join(QLatin1Char('|')));
        }
        return out;
    }
};

TEST_P(PublicPostgresTest, WhatTheFormsStoreAndTheMailTheyQueue)
{
    ASSERT_EQ(http().post(kWaitlist, appendixA1(), from(nextIp())).status, 201);
    ASSERT_EQ(http().post(kWaitlist, appendixA1(), from(nextIp())).status, 200); // the repeat
    ASSERT_EQ(http().post(kInvestor, appendixA2(), from(nextIp())).status, 201);
    ASSERT_EQ(http().post(kRoi, appendixA3(), from(nextIp())).status, 204);

    EXPECT_EQ(rows(QStringLiteral(
                  "SELECT email, email_normalized, full_name, phone, company_name, source, "
                  "utm_campaign, utm_source, utm_medium, status, join_number, "
                  "referred_by IS NULL FROM waitlist_entries")),
              QStringList{QStringLiteral("user@example.com|user@example.com|John Doe|+919876543210|"
                                         "Doe PG Services|landing_page|early_access|google|cpc|"
                                         "pending|1|true")});
    // Appendix A.2 scores 55 (vc 40 + a 60-character message naming "metrics" 15): warm.
    EXPECT_EQ(rows(QStringLiteral("SELECT full_name, email, phone, investor_type, linkedin_url, "
                                  "status, lead_score, lead_temperature FROM investor_leads")),
              QStringList{QStringLiteral("Jane Smith|jane@vcfirm.com|+919876543210|vc|"
                                         "https://linkedin.com/in/janesmith|new|55|warm")});
    EXPECT_EQ(rows(QStringLiteral("SELECT properties, beds_per_property, avg_rent_paise / 100, "
                                  "utility_cost_per_bed_paise / 100, admin_hours_saved, "
                                  "revenue_leakage_recovered_paise / 100, "
                                  "annual_profit_impact_paise / 100, session_id, "
                                  "source FROM roi_calculations")),
              QStringList{QStringLiteral("5|20|12000|800|75|24000|529200|sess-uuid|landing_page")});
    // One welcome (not two: the repeat queues nothing) and one acknowledgement.
    EXPECT_EQ(rows(QStringLiteral("SELECT template, recipient FROM mail_queue ORDER BY template")),
              (QStringList{QStringLiteral("investor_ack|jane@vcfirm.com"),
                           QStringLiteral("waitlist_welcome|user@example.com")}));
    const QStringList variables = rows(
        QStringLiteral("SELECT variables FROM mail_queue WHERE template = 'waitlist_welcome'"));
    ASSERT_EQ(variables.size(), 1);
    const QJsonObject welcome = QJsonDocument::fromJson(variables[0].toUtf8()).object();
    EXPECT_EQ(welcome.value(QStringLiteral("position")).toInt(), 1);
    EXPECT_TRUE(welcome.value(QStringLiteral("referralLink"))
                    .toString()
                    .startsWith(QStringLiteral("https://rentflow.in/waitlist?ref=DOE")));
}

TEST_P(PublicPostgresTest, ACancelledOrDeletedReferralNoLongerCounts)
{
    // --referral-boost 2. A, B, C join; D and E join with C's code: C's key 3 - 4 = -1, 1st.
    QString c;
    for (const char* email : {"a@example.in", "b@example.in", "c@example.in"}) {
        const HttpResponse r = joinEmail(QString::fromLatin1(email));
        ASSERT_EQ(r.status, 201) << r;
        c = r.json().value(QStringLiteral("referralCode")).toString();
    }
    ASSERT_EQ(joinEmail(QStringLiteral("d@example.in"), c).status, 201);
    ASSERT_EQ(joinEmail(QStringLiteral("e@example.in"), c).status, 201);
    EXPECT_EQ(positionOf(QStringLiteral("c@example.in")).value(QStringLiteral("position")).toInt(),
              1);
    // The CRM cancels D: C keeps one referral, key 3 - 2 = 1, a tie with A who joined first.
    rows(QStringLiteral("UPDATE waitlist_entries SET status = 'cancelled' WHERE email_normalized = "
                        "'d@example.in'"));
    QJsonObject place = positionOf(QStringLiteral("c@example.in"));
    EXPECT_EQ(place.value(QStringLiteral("position")).toInt(), 2);
    EXPECT_EQ(place.value(QStringLiteral("referralCount")).toInt(), 1);
    EXPECT_EQ(place.value(QStringLiteral("total")).toInt(), 4); // D left the queue
    // The CRM deletes E: no referral left, C is back at 3rd.
    rows(QStringLiteral("DELETE FROM waitlist_entries WHERE email_normalized = 'e@example.in'"));
    place = positionOf(QStringLiteral("c@example.in"));
    EXPECT_EQ(place.value(QStringLiteral("position")).toInt(), 3);
    EXPECT_EQ(place.value(QStringLiteral("referralCount")).toInt(), 0);
}

TEST_P(PublicPostgresTest, TwoServerProcessesOnOnePostgresStillMakeOneRow)
{
    auto second = testServer().startAnother();
    ASSERT_TRUE(second && second->isRunning()) << (second ? second->describe().toStdString() : "");
    auto twins = [&](int from) {
        QList<HttpRequest> requests;
        for (int i = 0; i < 10; ++i) {
            HttpRequest request;
            request.method = "POST";
            request.path = kWaitlist;
            request.body = R"({"email":"both.name@gmail.com"})";
            request.headers = {
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                {QByteArrayLiteral("X-Forwarded-For"),
                 QStringLiteral("10.7.%1.%2").arg(from).arg(i + 1).toLatin1()}};
            requests.append(request);
        }
        return requests;
    };
    QList<HttpResponse> fromFirst;
    QList<HttpResponse> fromSecond;
    const QString firstUrl = baseUrl();
    const QString secondUrl = second->baseUrl();
    std::unique_ptr<QThread> a(
        QThread::create([&] { fromFirst = sendConcurrently(firstUrl, twins(1)); }));
    std::unique_ptr<QThread> b(
        QThread::create([&] { fromSecond = sendConcurrently(secondUrl, twins(2)); }));
    a->start();
    b->start();
    a->wait();
    b->wait();
    int created = 0;
    QSet<QString> ids;
    for (const HttpResponse& r : fromFirst + fromSecond) {
        ASSERT_TRUE(r.status == 201 || r.status == 200) << r;
        created += r.status == 201 ? 1 : 0;
        ids.insert(r.json().value(QStringLiteral("id")).toString());
    }
    EXPECT_EQ(created, 1);
    EXPECT_EQ(ids.size(), 1);
    // Both processes give the same position and total.
    HttpClient other(secondUrl);
    const HttpResponse p1 = http().get(kPosition + QStringLiteral("?email=both.name@gmail.com"));
    const HttpResponse p2 = other.get(kPosition + QStringLiteral("?email=both.name@gmail.com"));
    EXPECT_EQ(p1.json(), p2.json()) << p1 << p2;
    EXPECT_EQ(p1.json().value(QStringLiteral("total")).toInt(), 1) << p1;
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM waitlist_entries")),
              QStringList{QStringLiteral("1")});
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM mail_queue")),
              QStringList{QStringLiteral("1")});
    EXPECT_TRUE(second->stop()) << second->describe().toStdString();
}

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
INSTANTIATE_TEST_SUITE_P(Backends, PublicPostgresTest,
                         ::testing::Values(::rentflow::test::Backend::Postgres),
                         ::rentflow::test::backendParamName);

// Rate limits off (--rate-limit-multiplier 0): no limit headers, no 429.
class PublicEndpointsUnlimitedTest : public BothBackends
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--rate-limit-multiplier"), QStringLiteral("0")};
    }
};

TEST_P(PublicEndpointsUnlimitedTest, MultiplierZeroTurnsLimitsOff)
{
    for (int i = 0; i < 5; ++i) {
        const HttpResponse r = http().post(
            kWaitlist,
            QJsonObject{{QStringLiteral("email"), QStringLiteral("u%1@example.in").arg(i)}});
        ASSERT_EQ(r.status, 201) << r;
        EXPECT_FALSE(r.hasHeader("X-RateLimit-Limit")) << r;
    }
}

RENTFLOW_BOTH_BACKENDS(PublicEndpointsUnlimitedTest);

// The global burst rule, scaled down: --rate-limit-multiplier 0.05 makes it 100 × 0.05 = 5 form
// posts a minute for the whole process (each per-address and per-domain rule: 1; so every
// post here uses its own domain).
class PublicEndpointsBurstTest : public BothBackends
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--rate-limit-multiplier"), QStringLiteral("0.05")};
    }
};

TEST_P(PublicEndpointsBurstTest, TheSixthFormPostAMinuteFromAnyoneIsRefused)
{
    for (int i = 1; i <= 5; ++i) {
        const HttpResponse r = http().post(
            i % 2 ? kWaitlist : kInvestor,
            QJsonObject{{QStringLiteral("email"), QStringLiteral("burst@example%1.in").arg(i)},
                        {QStringLiteral("fullName"), QStringLiteral("Burst %1").arg(i)}},
            from(QStringLiteral("10.3.0.%1").arg(i)));
        ASSERT_EQ(r.status, 201) << r;
        EXPECT_EQ(r.header("X-RateLimit-Limit"), "1") << r; // 3 × 0.05 rounds up to 1
    }
    const HttpResponse sixth = http().post(
        kWaitlist, QJsonObject{{QStringLiteral("email"), QStringLiteral("burst@example6.in")}},
        from(QStringLiteral("10.3.0.6")));
    EXPECT_EQ(sixth.status, 429) << sixth;
    EXPECT_EQ(sixth.header("X-RateLimit-Limit"), "5") << sixth; // the refusing rule's
    const int retryAfter = sixth.header("Retry-After").toInt();
    EXPECT_GE(retryAfter, 1) << sixth;
    EXPECT_LE(retryAfter, 12) << sixth; // 60 s / 5
    // The per-address rule of a client that already posted: its one token is gone too.
    const HttpResponse again = http().post(
        kWaitlist, QJsonObject{{QStringLiteral("email"), QStringLiteral("burst@example7.in")}},
        from(QStringLiteral("10.3.0.1")));
    EXPECT_EQ(again.status, 429) << again;
    EXPECT_NEAR(again.header("Retry-After").toInt(), 3600, 10) << again; // 1 per hour
}

RENTFLOW_BOTH_BACKENDS(PublicEndpointsBurstTest);
