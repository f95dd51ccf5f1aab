// On PostgreSQL only: what the forms store and the mail they queue, read back from the
// database itself; two server processes on one database (ISSUE 11 item 9).
#include "PublicEndpointsFixture.h"

#include <gtest/gtest.h>

using namespace rentflow::test;
using namespace rentflow::test::publicapi;

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

INSTANTIATE_TEST_SUITE_P(Backends, PublicPostgresTest,
                         ::testing::Values(::rentflow::test::Backend::Postgres),
                         ::rentflow::test::backendParamName);
