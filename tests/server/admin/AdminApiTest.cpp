// The admin CRM endpoints over real HTTP, on both backends (ISSUE 11 item 5).
#include "CrmSeed.h"

#include <QJsonArray>
#include <QUrl>

#include <gtest/gtest.h>

using namespace rentflow::test;

namespace {

class AdminApiTest : public BothBackends
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--rate-limit-multiplier"), QStringLiteral("0")};
    }

    void SetUp() override
    {
        BothBackends::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_EQ(crm::addUser(testServer(), QStringLiteral("root@rentflow.in"), crm::kPassword,
                               QStringLiteral("super_admin"))
                      .toStdString(),
                  "");
        QString why;
        adminToken = crm::signIn(http(), QStringLiteral("root@rentflow.in"), crm::kPassword, &why);
        ASSERT_FALSE(adminToken.isEmpty()) << why.toStdString();
        http().setBearerToken(adminToken);
    }

    // A waitlist entry through the public endpoint (no token on that request).
    QString join(const QString& email, const QString& name, const QString& phone = {})
    {
        HttpClient publicHttp(baseUrl());
        const QString id = crm::joinWaitlist(publicHttp, email, name, phone);
        EXPECT_FALSE(id.isEmpty()) << "joining with " << email.toStdString();
        return id;
    }
    QString lead(const QString& email, const QString& name)
    {
        HttpClient publicHttp(baseUrl());
        const QString id = crm::sendLead(publicHttp, email, name);
        EXPECT_FALSE(id.isEmpty()) << "sending a lead for " << email.toStdString();
        return id;
    }
    static QStringList field(const HttpResponse& r, const QString& name)
    {
        QStringList out;
        for (const QJsonValue& item : r.json().value(QStringLiteral("items")).toArray())
            out.append(item.toObject().value(name).toString());
        return out;
    }

    QString adminToken;
};

const QString kWaitlist = QStringLiteral("/api/v1/admin/waitlist");
const QString kLeads = QStringLiteral("/api/v1/admin/investor-leads");

} // namespace

TEST_P(AdminApiTest, WithoutATokenEveryAdminRouteIs401AndOtherRolesAre403)
{
    const QString entry = join(QStringLiteral("asha@pgmail.in"), QStringLiteral("Asha"));
    const QString leadId = lead(QStringLiteral("jane@vcfirm.in"), QStringLiteral("Jane"));
    ASSERT_EQ(crm::addUser(testServer(), QStringLiteral("mgr@pg.in"), crm::kPassword,
                           QStringLiteral("manager"), QStringLiteral("Sunrise PG"))
                  .toStdString(),
              "");
    ASSERT_EQ(crm::addUser(testServer(), QStringLiteral("owner@pg.in"), crm::kPassword,
                           QStringLiteral("owner"), QStringLiteral("Sunrise PG"))
                  .toStdString(),
              "");
    const QString manager = crm::signIn(http(), QStringLiteral("mgr@pg.in"), crm::kPassword);
    const QString owner = crm::signIn(http(), QStringLiteral("owner@pg.in"), crm::kPassword);
    ASSERT_FALSE(manager.isEmpty());
    ASSERT_FALSE(owner.isEmpty());

    const QJsonObject change{{QStringLiteral("status"), QStringLiteral("cancelled")}};
    const auto tryAll = [&](int expected, const QString& who) {
        const QList<HttpResponse> answers{
            http().get(kWaitlist),
            http().get(kWaitlist + QStringLiteral("/export.csv")),
            http().get(kWaitlist + QLatin1Char('/') + entry),
            http().put(kWaitlist + QLatin1Char('/') + entry, change),
            http().post(kWaitlist + QLatin1Char('/') + entry + QStringLiteral("/invite"), {}),
            http().del(kWaitlist + QLatin1Char('/') + entry),
            http().get(kLeads),
            http().get(kLeads + QStringLiteral("/export.csv")),
            http().get(kLeads + QLatin1Char('/') + leadId),
            http().put(kLeads + QLatin1Char('/') + leadId, change),
            http().post(kLeads + QLatin1Char('/') + leadId + QStringLiteral("/note"),
                        {{QStringLiteral("text"), QStringLiteral("x")}}),
            http().post(kLeads + QLatin1Char('/') + leadId + QStringLiteral("/activities"),
                        {{QStringLiteral("type"), QStringLiteral("call_made")}}),
            http().del(kLeads + QLatin1Char('/') + leadId),
        };
        for (const HttpResponse& r : answers) {
            EXPECT_EQ(r.status, expected) << who.toStdString() << "\n" << r;
            EXPECT_EQ(r.errorCode(), expected == 401 ? QStringLiteral("unauthorized")
                                                     : QStringLiteral("forbidden"))
                << r;
        }
    };
    http().setBearerToken({});
    tryAll(401, QStringLiteral("no token"));
    http().setBearerToken(manager);
    tryAll(403, QStringLiteral("manager"));
    http().setBearerToken(owner);
    tryAll(403, QStringLiteral("owner"));

    // Nothing changed: the entry and the lead are still there, as they were.
    http().setBearerToken(adminToken);
    const HttpResponse stillThere = http().get(kWaitlist + QLatin1Char('/') + entry);
    ASSERT_EQ(stillThere.status, 200) << stillThere;
    EXPECT_EQ(stillThere.json().value(QStringLiteral("status")).toString(),
              QStringLiteral("pending"));
    EXPECT_EQ(http().get(kLeads + QLatin1Char('/') + leadId).status, 200);
}

TEST_P(AdminApiTest, WaitlistListSearchesFiltersPagesAndSorts)
{
    join(QStringLiteral("asha@pgmail.in"), QStringLiteral("Asha Rao"));
    join(QStringLiteral("bina@pgmail.in"), QStringLiteral("Bina Shah"));
    const QString chetan = join(QStringLiteral("chetan@hostels.in"), QStringLiteral("Chetan"));
    ASSERT_EQ(http()
                  .put(kWaitlist + QLatin1Char('/') + chetan,
                       {{QStringLiteral("priority"), QStringLiteral("vip")}})
                  .status,
              200);

    const HttpResponse all = http().get(kWaitlist);
    ASSERT_EQ(all.status, 200) << all;
    EXPECT_EQ(all.json().value(QStringLiteral("total")).toInt(), 3);
    EXPECT_EQ(all.json().value(QStringLiteral("page")).toInt(), 1);
    EXPECT_EQ(all.json().value(QStringLiteral("pageSize")).toInt(), 25);
    // Oldest first: the order they joined.
    EXPECT_EQ(field(all, QStringLiteral("email")),
              (QStringList{QStringLiteral("asha@pgmail.in"), QStringLiteral("bina@pgmail.in"),
                           QStringLiteral("chetan@hostels.in")}));

    const HttpResponse page2 = http().get(kWaitlist + QStringLiteral("?pageSize=2&page=2"));
    ASSERT_EQ(page2.status, 200);
    EXPECT_EQ(field(page2, QStringLiteral("email")),
              QStringList{QStringLiteral("chetan@hostels.in")});
    EXPECT_EQ(page2.json().value(QStringLiteral("total")).toInt(), 3);

    const HttpResponse capped = http().get(kWaitlist + QStringLiteral("?pageSize=100000"));
    EXPECT_EQ(capped.json().value(QStringLiteral("pageSize")).toInt(), 100);

    const HttpResponse search = http().get(kWaitlist + QStringLiteral("?search=PGMAIL"));
    EXPECT_EQ(search.json().value(QStringLiteral("total")).toInt(), 2);
    const HttpResponse wildcard = http().get(kWaitlist + QStringLiteral("?search=%25"));
    EXPECT_EQ(wildcard.json().value(QStringLiteral("total")).toInt(), 0) << wildcard;
    const HttpResponse vip = http().get(kWaitlist + QStringLiteral("?priority=vip&status=pending"));
    EXPECT_EQ(field(vip, QStringLiteral("email")),
              QStringList{QStringLiteral("chetan@hostels.in")});
    const HttpResponse byName = http().get(kWaitlist + QStringLiteral("?sort=-fullName"));
    EXPECT_EQ(field(byName, QStringLiteral("fullName")),
              (QStringList{QStringLiteral("Chetan"), QStringLiteral("Bina Shah"),
                           QStringLiteral("Asha Rao")}));

    // Bina brings in a friend with her referral code: she has the most referrals.
    HttpClient site(baseUrl());
    const HttpResponse bina =
        site.get(QStringLiteral("/api/v1/waitlist/position?email=bina%40pgmail.in"));
    const QString code = bina.json().value(QStringLiteral("referralCode")).toString();
    ASSERT_FALSE(code.isEmpty()) << bina;
    const HttpResponse referred =
        site.post(QStringLiteral("/api/v1/waitlist"),
                  {{QStringLiteral("email"), QStringLiteral("friend@pgmail.in")},
                   {QStringLiteral("referralCode"), code},
                   {QStringLiteral("timeOnPageMs"), 15000}});
    ASSERT_EQ(referred.status, 201) << referred;
    const HttpResponse byReferrals = http().get(kWaitlist + QStringLiteral("?sort=-referralCount"));
    ASSERT_EQ(byReferrals.status, 200) << byReferrals;
    const QJsonObject top =
        byReferrals.json().value(QStringLiteral("items")).toArray()[0].toObject();
    EXPECT_EQ(top.value(QStringLiteral("email")).toString(), QStringLiteral("bina@pgmail.in"));
    EXPECT_EQ(top.value(QStringLiteral("referralCount")).toInt(), 1);

    const HttpResponse bad = http().get(
        kWaitlist + QStringLiteral("?page=0&pageSize=x&sort=password&status=approved&priority=1"));
    ASSERT_EQ(bad.status, 400) << bad;
    EXPECT_EQ(bad.errorCode(), QStringLiteral("invalid_input"));
    for (const char* name : {"page", "pageSize", "sort", "status", "priority"})
        EXPECT_TRUE(bad.errorFields().contains(QLatin1String(name))) << name << "\n" << bad;
}

TEST_P(AdminApiTest, WaitlistEditInviteDeleteAndExport)
{
    const QString asha = join(QStringLiteral("asha@pgmail.in"), QStringLiteral("Rao, Asha"),
                              QStringLiteral("9876543210"));
    const QString bina =
        join(QStringLiteral("bina@pgmail.in"), QStringLiteral("=cmd|' /C calc'!A0"));
    const QString path = kWaitlist + QLatin1Char('/') + asha;

    const HttpResponse edited =
        http().put(path, {{QStringLiteral("status"), QStringLiteral("cancelled")},
                          {QStringLiteral("priority"), QStringLiteral("high")},
                          {QStringLiteral("notes"), QStringLiteral("Called, will join later")}});
    ASSERT_EQ(edited.status, 200) << edited;
    EXPECT_EQ(edited.json().value(QStringLiteral("status")).toString(),
              QStringLiteral("cancelled"));
    EXPECT_EQ(edited.json().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    EXPECT_EQ(edited.json().value(QStringLiteral("notes")).toString(),
              QStringLiteral("Called, will join later"));
    EXPECT_EQ(edited.json().value(QStringLiteral("activities")).toArray().size(), 1);

    // Refused: each bad field named, nothing written.
    const HttpResponse refused =
        http().put(path, {{QStringLiteral("status"), QStringLiteral("approved")},
                          {QStringLiteral("notes"), 42},
                          {QStringLiteral("email"), QStringLiteral("x@y.in")}});
    ASSERT_EQ(refused.status, 400) << refused;
    EXPECT_EQ(
        refused.errorFields().keys(),
        (QStringList{QStringLiteral("email"), QStringLiteral("notes"), QStringLiteral("status")}));
    const HttpResponse after = http().get(path);
    EXPECT_EQ(after.json().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(after.json().value(QStringLiteral("email")).toString(),
              QStringLiteral("asha@pgmail.in"));
    EXPECT_EQ(after.json().value(QStringLiteral("notes")).toString(),
              QStringLiteral("Called, will join later"));
    EXPECT_EQ(http().send("PUT", path, "{\"status\":", "application/json").status, 400);
    EXPECT_EQ(http().send("PUT", path, "status=pending", "text/plain").status, 415);
    EXPECT_EQ(http()
                  .put(kWaitlist + QStringLiteral("/no-such-id"),
                       {{QStringLiteral("status"), QStringLiteral("pending")}})
                  .status,
              404);

    // A cancelled entry cannot be invited; a pending one once, then never again, even when
    // two invitations arrive at once.
    const HttpResponse cancelledInvite = http().post(path + QStringLiteral("/invite"), {});
    EXPECT_EQ(cancelledInvite.status, 409) << cancelledInvite;
    EXPECT_EQ(cancelledInvite.errorCode(), QStringLiteral("conflict"));
    const QString binaPath = kWaitlist + QLatin1Char('/') + bina;
    HttpRequest invite;
    invite.method = "POST";
    invite.path = binaPath + QStringLiteral("/invite");
    invite.headers = {{"Authorization", "Bearer " + adminToken.toLatin1()}};
    const QList<HttpResponse> twins = sendConcurrently(baseUrl(), {invite, invite});
    ASSERT_EQ(twins.size(), 2);
    QList<int> statuses{twins[0].status, twins[1].status};
    std::sort(statuses.begin(), statuses.end());
    EXPECT_EQ(statuses, (QList<int>{200, 409})) << twins[0] << twins[1];
    const HttpResponse invited = http().get(binaPath);
    EXPECT_EQ(invited.json().value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
    EXPECT_FALSE(invited.json().value(QStringLiteral("invitedAt")).isNull());
    int inviteActivities = 0;
    for (const QJsonValue& a : invited.json().value(QStringLiteral("activities")).toArray())
        inviteActivities +=
            a.toObject().value(QStringLiteral("type")).toString() == QLatin1String("invited");
    EXPECT_EQ(inviteActivities, 1);

    // The export: RFC 4180, formula-safe, every matching entry.
    const HttpResponse csv = http().get(kWaitlist + QStringLiteral("/export.csv?sort=createdAt"));
    ASSERT_EQ(csv.status, 200) << csv;
    EXPECT_TRUE(csv.header("Content-Type").startsWith("text/csv")) << csv;
    EXPECT_TRUE(csv.header("Content-Disposition").contains("waitlist.csv"));
    ASSERT_TRUE(csv.body.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.body.mid(3)).split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 4) << csv.body.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("id,email,full_name,phone,")));
    // The phone as the public area keeps it (+91…) starts with +: it gets the apostrophe.
    EXPECT_TRUE(lines[1].startsWith(asha + QStringLiteral(",asha@pgmail.in,\"Rao, Asha\",'+")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(
        QStringLiteral(",cancelled,high,landing_page,\"Called, will join later\",")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(bina + QStringLiteral(",bina@pgmail.in,'=cmd|' /C calc'!A0,")))
        << lines[2].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral(",invited,normal,")));
    const HttpResponse onlyInvited =
        http().get(kWaitlist + QStringLiteral("/export.csv?status=invited"));
    EXPECT_EQ(QString::fromUtf8(onlyInvited.body).count(QStringLiteral("\r\n")),
              2); // the header and Bina

    // Delete, then it is gone; a second delete is 404.
    EXPECT_EQ(http().del(path).status, 204);
    EXPECT_EQ(http().get(path).status, 404);
    EXPECT_EQ(http().del(path).status, 404);
    EXPECT_EQ(http().get(kWaitlist).json().value(QStringLiteral("total")).toInt(), 1);
}

TEST_P(AdminApiTest, InvestorLeadsListEditNotesActivitiesDeleteAndExport)
{
    const QString jane = lead(QStringLiteral("jane@vcfirm.in"), QStringLiteral("Jane Smith"));
    const QString ravi = lead(QStringLiteral("ravi@angels.in"), QStringLiteral("@Ravi"));
    const QString path = kLeads + QLatin1Char('/') + jane;

    const HttpResponse all = http().get(kLeads + QStringLiteral("?sort=createdAt"));
    ASSERT_EQ(all.status, 200) << all;
    EXPECT_EQ(field(all, QStringLiteral("fullName")),
              (QStringList{QStringLiteral("Jane Smith"), QStringLiteral("@Ravi")}));
    const QJsonObject first = all.json().value(QStringLiteral("items")).toArray()[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    const int score = first.value(QStringLiteral("leadScore")).toInt();
    const QString expectedTemperature = score >= 80   ? QStringLiteral("hot")
                                        : score >= 50 ? QStringLiteral("warm")
                                                      : QStringLiteral("cold");
    EXPECT_EQ(first.value(QStringLiteral("temperature")).toString(), expectedTemperature);
    const HttpResponse sameTemperature =
        http().get(kLeads + QStringLiteral("?temperature=") + expectedTemperature);
    EXPECT_GE(sameTemperature.json().value(QStringLiteral("total")).toInt(), 1);
    EXPECT_EQ(http()
                  .get(kLeads + QStringLiteral("?search=vcfirm"))
                  .json()
                  .value(QStringLiteral("total"))
                  .toInt(),
              1);
    EXPECT_EQ(http().get(kLeads + QStringLiteral("?temperature=boiling")).status, 400);

    const HttpResponse edited =
        http().put(path, {{QStringLiteral("status"), QStringLiteral("qualified")},
                          {QStringLiteral("nextFollowUpAt"), QStringLiteral("2026-03-02")},
                          {QStringLiteral("internalNotes"), QStringLiteral("Series A focus")}});
    ASSERT_EQ(edited.status, 200) << edited;
    EXPECT_EQ(edited.json().value(QStringLiteral("nextFollowUpAt")).toString(),
              QStringLiteral("2026-03-02T00:00:00.000Z"));
    const HttpResponse refused =
        http().put(path, {{QStringLiteral("status"), QStringLiteral("won")},
                          {QStringLiteral("nextFollowUpAt"), 5}});
    ASSERT_EQ(refused.status, 400);
    EXPECT_EQ(refused.errorFields().keys(),
              (QStringList{QStringLiteral("nextFollowUpAt"), QStringLiteral("status")}));
    EXPECT_EQ(http().get(path).json().value(QStringLiteral("status")).toString(),
              QStringLiteral("qualified"));

    const HttpResponse note =
        http().post(path + QStringLiteral("/note"),
                    {{QStringLiteral("text"), QStringLiteral("Met at the TiE meetup")}});
    ASSERT_EQ(note.status, 201) << note;
    const HttpResponse call =
        http().post(path + QStringLiteral("/activities"),
                    {{QStringLiteral("type"), QStringLiteral("call_made")},
                     {QStringLiteral("description"), QStringLiteral("30 minutes")}});
    ASSERT_EQ(call.status, 201) << call;
    EXPECT_FALSE(call.json().value(QStringLiteral("lastContactedAt")).isNull());
    const QJsonArray activities =
        http().get(path).json().value(QStringLiteral("activities")).toArray();
    // Newest first: the call, the note, the status change.
    ASSERT_EQ(activities.size(), 3);
    EXPECT_EQ(activities[0].toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("call_made"));
    EXPECT_EQ(activities[1].toObject().value(QStringLiteral("description")).toString(),
              QStringLiteral("Met at the TiE meetup"));
    EXPECT_EQ(activities[2].toObject().value(QStringLiteral("description")).toString(),
              QStringLiteral("new → qualified"));
    const HttpResponse badNote = http().post(path + QStringLiteral("/note"),
                                             {{QStringLiteral("text"), QStringLiteral("  ")}});
    EXPECT_EQ(badNote.status, 400);
    EXPECT_TRUE(badNote.errorFields().contains(QStringLiteral("text")));
    const HttpResponse badActivity = http().post(
        path + QStringLiteral("/activities"), {{QStringLiteral("type"), QStringLiteral("lunch")}});
    EXPECT_EQ(badActivity.status, 400);
    EXPECT_TRUE(badActivity.errorFields().contains(QStringLiteral("type")));
    EXPECT_EQ(http()
                  .post(kLeads + QStringLiteral("/nope/note"),
                        {{QStringLiteral("text"), QStringLiteral("x")}})
                  .status,
              404);
    EXPECT_EQ(http().get(path).json().value(QStringLiteral("activities")).toArray().size(), 3);

    const HttpResponse csv = http().get(kLeads + QStringLiteral("/export.csv?sort=createdAt"));
    ASSERT_EQ(csv.status, 200) << csv;
    EXPECT_TRUE(csv.header("Content-Type").startsWith("text/csv"));
    const QStringList lines = QString::fromUtf8(csv.body.mid(3)).split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(
        lines[1].startsWith(jane + QStringLiteral(",Jane Smith,jane@vcfirm.in,,angel,,qualified,")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",2026-03-02T00:00:00.000Z,")));
    EXPECT_TRUE(lines[2].startsWith(ravi + QStringLiteral(",'@Ravi,ravi@angels.in,")))
        << lines[2].toStdString();

    EXPECT_EQ(http().del(path).status, 204);
    EXPECT_EQ(http().get(path).status, 404);
    EXPECT_EQ(http().get(kLeads).json().value(QStringLiteral("total")).toInt(), 1);
}

RENTFLOW_BOTH_BACKENDS(AdminApiTest);
