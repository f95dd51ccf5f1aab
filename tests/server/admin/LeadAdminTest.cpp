#include "CrmDb.h"

#include "server/admin/LeadAdmin.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace rentflow::server;
using rentflow::store::StoreError;

namespace {

class LeadAdminTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(crm.ok()) << crm.error().toStdString(); }

    ListParams params(const QString& query)
    {
        QJsonObject errors;
        ListParams p = parseListParams(QUrlQuery(query), lead_admin::sortKeys(),
                                       lead_admin::defaultSort(), QStringLiteral("l.id"), errors);
        EXPECT_TRUE(errors.isEmpty());
        return p;
    }
    QStringList names(const QJsonObject& page)
    {
        QStringList out;
        for (const QJsonValue& item : page.value(QStringLiteral("items")).toArray())
            out.append(item.toObject().value(QStringLiteral("fullName")).toString());
        return out;
    }

    rentflow::test::CrmDb crm;
    const Actor admin{QStringLiteral("admin-1"), QStringLiteral("req-1")};
};

} // namespace

TEST_F(LeadAdminTest, TemperatureComesFromTheScoreAndFilters)
{
    // 80 is hot (≥ 80), 79 and 50 are warm (50–79), 49 is cold.
    crm.addLead(QStringLiteral("h@vc.in"), QStringLiteral("Hot"), 80,
                QStringLiteral("2026-02-01T00:00:00.000Z"));
    crm.addLead(QStringLiteral("w@vc.in"), QStringLiteral("Warm"), 79,
                QStringLiteral("2026-02-02T00:00:00.000Z"));
    crm.addLead(QStringLiteral("v@vc.in"), QStringLiteral("Warm2"), 50,
                QStringLiteral("2026-02-03T00:00:00.000Z"));
    crm.addLead(QStringLiteral("c@vc.in"), QStringLiteral("Cold"), 49,
                QStringLiteral("2026-02-04T00:00:00.000Z"), QStringLiteral("lost"));

    auto all = lead_admin::list(crm.db(), {}, params({}));
    ASSERT_TRUE(all) << all.error().message.toStdString();
    // Newest first by default.
    EXPECT_EQ(names(all.value()), (QStringList{QStringLiteral("Cold"), QStringLiteral("Warm2"),
                                               QStringLiteral("Warm"), QStringLiteral("Hot")}));
    const QJsonArray items = all.value().value(QStringLiteral("items")).toArray();
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("temperature")).toString(),
              QStringLiteral("cold"));
    EXPECT_EQ(items[3].toObject().value(QStringLiteral("temperature")).toString(),
              QStringLiteral("hot"));

    auto warm = lead_admin::list(crm.db(), {{}, QStringLiteral("warm")},
                                 params(QStringLiteral("sort=leadScore")));
    ASSERT_TRUE(warm);
    EXPECT_EQ(names(warm.value()), (QStringList{QStringLiteral("Warm2"), QStringLiteral("Warm")}));
    auto lost =
        lead_admin::list(crm.db(), {QStringLiteral("lost"), QStringLiteral("cold")}, params({}));
    ASSERT_TRUE(lost);
    EXPECT_EQ(names(lost.value()), QStringList{QStringLiteral("Cold")});
}

TEST_F(LeadAdminTest, UpdateSetsFollowUpAssigneeNotesAndStatus)
{
    const QString id = crm.addLead(QStringLiteral("j@vc.in"), QStringLiteral("Jane"), 60,
                                   QStringLiteral("2026-02-01T00:00:00.000Z"));
    auto updated = lead_admin::update(
        crm.db(), id,
        {{QStringLiteral("status"), QStringLiteral("meeting_scheduled")},
         {QStringLiteral("nextFollowUpAt"), QStringLiteral("2026-03-01T10:30:00+05:30")},
         {QStringLiteral("assignedTo"), QStringLiteral("0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000")},
         {QStringLiteral("internalNotes"), QStringLiteral("Wants Q3 numbers")}},
        admin);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    const QJsonObject lead = updated.value();
    EXPECT_EQ(lead.value(QStringLiteral("status")).toString(), QStringLiteral("meeting_scheduled"));
    // 10:30 in India (+05:30) is 05:00 UTC.
    EXPECT_EQ(lead.value(QStringLiteral("nextFollowUpAt")).toString(),
              QStringLiteral("2026-03-01T05:00:00.000Z"));
    EXPECT_EQ(lead.value(QStringLiteral("assignedTo")).toString(),
              QStringLiteral("0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000"));
    EXPECT_EQ(lead.value(QStringLiteral("internalNotes")).toString(),
              QStringLiteral("Wants Q3 numbers"));
    EXPECT_EQ(lead.value(QStringLiteral("activities")).toArray().size(), 1);
    EXPECT_EQ(crm.count(QStringLiteral(
                  "SELECT COUNT(*) FROM audit_log WHERE action = 'investor_lead.update'")),
              1);

    // A date is its midnight UTC; a time without an offset is UTC, whatever the server's zone.
    auto dated = lead_admin::update(
        crm.db(), id, {{QStringLiteral("nextFollowUpAt"), QStringLiteral("2026-03-02")}}, admin);
    ASSERT_TRUE(dated);
    EXPECT_EQ(dated.value().value(QStringLiteral("nextFollowUpAt")).toString(),
              QStringLiteral("2026-03-02T00:00:00.000Z"));
    auto noOffset = lead_admin::update(
        crm.db(), id, {{QStringLiteral("nextFollowUpAt"), QStringLiteral("2026-03-02T09:15:00")}},
        admin);
    ASSERT_TRUE(noOffset);
    EXPECT_EQ(noOffset.value().value(QStringLiteral("nextFollowUpAt")).toString(),
              QStringLiteral("2026-03-02T09:15:00.000Z"));

    auto cleared = lead_admin::update(crm.db(), id,
                                      {{QStringLiteral("nextFollowUpAt"), QJsonValue::Null},
                                       {QStringLiteral("assignedTo"), QString()}},
                                      admin);
    ASSERT_TRUE(cleared);
    EXPECT_TRUE(cleared.value().value(QStringLiteral("nextFollowUpAt")).isNull());
    EXPECT_TRUE(cleared.value().value(QStringLiteral("assignedTo")).isNull());
}

TEST_F(LeadAdminTest, RefusedFieldsChangeNothing)
{
    const QString id = crm.addLead(QStringLiteral("j@vc.in"), QStringLiteral("Jane"), 60,
                                   QStringLiteral("2026-02-01T00:00:00.000Z"));
    auto refused = lead_admin::update(
        crm.db(), id,
        {{QStringLiteral("status"), QStringLiteral("won")},
         {QStringLiteral("nextFollowUpAt"), QStringLiteral("next tuesday")},
         {QStringLiteral("assignedTo"), QStringLiteral("x'; DROP TABLE users;--")},
         {QStringLiteral("leadScore"), 100}},
        admin);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StoreError::Code::InvalidInput);
    EXPECT_EQ(refused.error().fields.size(), 4);
    EXPECT_EQ(crm.value(QStringLiteral("SELECT status FROM investor_leads WHERE id = ?"), {id})
                  .toString(),
              QStringLiteral("new"));
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM investor_lead_activities")), 0);
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
}

TEST_F(LeadAdminTest, NotesAndActivitiesAreAddedNewestFirst)
{
    const QString id = crm.addLead(QStringLiteral("j@vc.in"), QStringLiteral("Jane"), 60,
                                   QStringLiteral("2026-02-01T00:00:00.000Z"));
    auto noted = lead_admin::addNote(
        crm.db(), id, {{QStringLiteral("text"), QStringLiteral(" Met at TiE ")}}, admin);
    ASSERT_TRUE(noted) << noted.error().message.toStdString();
    EXPECT_TRUE(
        noted.value().value(QStringLiteral("lastContactedAt")).isNull()); // a note is not contact
    auto called =
        lead_admin::addActivity(crm.db(), id,
                                {{QStringLiteral("type"), QStringLiteral("call_made")},
                                 {QStringLiteral("description"), QStringLiteral("20 min")}},
                                admin);
    ASSERT_TRUE(called);
    EXPECT_FALSE(called.value().value(QStringLiteral("lastContactedAt")).isNull());
    const QJsonArray activities = called.value().value(QStringLiteral("activities")).toArray();
    ASSERT_EQ(activities.size(), 2);
    EXPECT_EQ(activities[0].toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("call_made"));
    EXPECT_EQ(activities[1].toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("note_added"));
    EXPECT_EQ(activities[1].toObject().value(QStringLiteral("description")).toString(),
              QStringLiteral("Met at TiE"));
    EXPECT_EQ(activities[1].toObject().value(QStringLiteral("performedBy")).toString(),
              QStringLiteral("admin-1"));

    auto blank =
        lead_admin::addNote(crm.db(), id, {{QStringLiteral("text"), QStringLiteral("   ")}}, admin);
    ASSERT_FALSE(blank);
    EXPECT_EQ(blank.error().fields.value(0).field, QStringLiteral("text"));
    auto badType = lead_admin::addActivity(
        crm.db(), id, {{QStringLiteral("type"), QStringLiteral("lunch")}}, admin);
    ASSERT_FALSE(badType);
    EXPECT_EQ(badType.error().fields.value(0).field, QStringLiteral("type"));
    auto missing = lead_admin::addNote(crm.db(), QStringLiteral("nope"),
                                       {{QStringLiteral("text"), QStringLiteral("x")}}, admin);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, StoreError::Code::NotFound);
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM investor_lead_activities")), 2);
}

TEST_F(LeadAdminTest, DeleteAndExport)
{
    const QString id = crm.addLead(QStringLiteral("j@vc.in"), QStringLiteral("Jane"), 85,
                                   QStringLiteral("2026-02-01T00:00:00.000Z"));
    crm.addLead(QStringLiteral("k@vc.in"), QStringLiteral("@Kumar"), 10,
                QStringLiteral("2026-02-02T00:00:00.000Z"));
    ASSERT_TRUE(
        lead_admin::addNote(crm.db(), id, {{QStringLiteral("text"), QStringLiteral("x")}}, admin));

    auto csv = lead_admin::exportCsv(crm.db(), {}, params(QStringLiteral("sort=createdAt")));
    ASSERT_TRUE(csv);
    const QStringList lines = QString::fromUtf8(csv.value().mid(3)).split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",Jane,j@vc.in,,angel,,new,85,hot,")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral(",'@Kumar,k@vc.in,,angel,,new,10,cold,")));

    ASSERT_TRUE(lead_admin::remove(crm.db(), id, admin));
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM investor_leads")), 1);
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM investor_lead_activities")), 0);
    auto again = lead_admin::remove(crm.db(), id, admin);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StoreError::Code::NotFound);
}
