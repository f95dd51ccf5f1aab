#include "CrmDb.h"

#include "server/admin/WaitlistAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rentflow::server;
using rentflow::store::StoreError;

namespace {

class WaitlistAdminTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(crm.ok()) << crm.error().toStdString(); }

    ListParams params(const QString& query)
    {
        QJsonObject errors;
        ListParams p =
            parseListParams(QUrlQuery(query), waitlist_admin::sortKeys(),
                            waitlist_admin::defaultSort(), QStringLiteral("w.id"), errors);
        EXPECT_TRUE(errors.isEmpty());
        return p;
    }
    QStringList emails(const QJsonObject& page)
    {
        QStringList out;
        for (const QJsonValue& item : page.value(QStringLiteral("items")).toArray())
            out.append(item.toObject().value(QStringLiteral("email")).toString());
        return out;
    }

    rentflow::test::CrmDb crm;
    const Actor admin{QStringLiteral("admin-1"), QStringLiteral("req-1")};
};

} // namespace

TEST_F(WaitlistAdminTest, ListsPagesInQueueOrderWithTheTotal)
{
    crm.addEntry(QStringLiteral("c@x.in"), QStringLiteral("Chetan"),
                 QStringLiteral("2026-02-03T00:00:00.000Z"));
    crm.addEntry(QStringLiteral("a@x.in"), QStringLiteral("Asha"),
                 QStringLiteral("2026-02-01T00:00:00.000Z"));
    crm.addEntry(QStringLiteral("b@x.in"), QStringLiteral("Bina"),
                 QStringLiteral("2026-02-02T00:00:00.000Z"));

    auto first = waitlist_admin::list(crm.db(), {}, params(QStringLiteral("pageSize=2")));
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(emails(first.value()),
              (QStringList{QStringLiteral("a@x.in"), QStringLiteral("b@x.in")}));
    EXPECT_EQ(first.value().value(QStringLiteral("total")).toInt(), 3);
    EXPECT_EQ(first.value().value(QStringLiteral("page")).toInt(), 1);
    EXPECT_EQ(first.value().value(QStringLiteral("pageSize")).toInt(), 2);

    auto second = waitlist_admin::list(crm.db(), {}, params(QStringLiteral("pageSize=2&page=2")));
    ASSERT_TRUE(second);
    EXPECT_EQ(emails(second.value()), QStringList{QStringLiteral("c@x.in")});

    auto newest = waitlist_admin::list(crm.db(), {}, params(QStringLiteral("sort=-createdAt")));
    ASSERT_TRUE(newest);
    EXPECT_EQ(emails(newest.value()).first(), QStringLiteral("c@x.in"));
}

TEST_F(WaitlistAdminTest, SearchMatchesTextLiterallyAndFiltersCombine)
{
    crm.addEntry(QStringLiteral("asha@pg.in"), QStringLiteral("Asha Rao"),
                 QStringLiteral("2026-02-01T00:00:00.000Z"));
    crm.addEntry(QStringLiteral("x_y@pg.in"), QStringLiteral("Xavier"),
                 QStringLiteral("2026-02-02T00:00:00.000Z"), QStringLiteral("invited"),
                 QStringLiteral("vip"));
    crm.addEntry(QStringLiteral("xay@pg.in"), QStringLiteral("Xay"),
                 QStringLiteral("2026-02-03T00:00:00.000Z"), QStringLiteral("invited"));

    // "_" is a character, not "any one character": only x_y matches, not xay.
    auto underscore = waitlist_admin::list(crm.db(), {}, params(QStringLiteral("search=x_y")));
    ASSERT_TRUE(underscore);
    EXPECT_EQ(emails(underscore.value()), QStringList{QStringLiteral("x_y@pg.in")});
    // "%" matches nothing here rather than everything.
    auto percent = waitlist_admin::list(crm.db(), {}, params(QStringLiteral("search=%25")));
    ASSERT_TRUE(percent);
    EXPECT_EQ(percent.value().value(QStringLiteral("total")).toInt(), 0);
    // Case does not matter; the name is searched too.
    auto name = waitlist_admin::list(crm.db(), {}, params(QStringLiteral("search=RAO")));
    ASSERT_TRUE(name);
    EXPECT_EQ(emails(name.value()), QStringList{QStringLiteral("asha@pg.in")});

    auto invited = waitlist_admin::list(crm.db(), {QStringLiteral("invited"), {}}, params({}));
    ASSERT_TRUE(invited);
    EXPECT_EQ(invited.value().value(QStringLiteral("total")).toInt(), 2);
    auto vip = waitlist_admin::list(crm.db(), {QStringLiteral("invited"), QStringLiteral("vip")},
                                    params({}));
    ASSERT_TRUE(vip);
    EXPECT_EQ(emails(vip.value()), QStringList{QStringLiteral("x_y@pg.in")});
}

TEST_F(WaitlistAdminTest, UpdateChangesStatusPriorityAndNotesAndAuditsIt)
{
    const QString id = crm.addEntry(QStringLiteral("a@x.in"), QStringLiteral("Asha"),
                                    QStringLiteral("2026-02-01T00:00:00.000Z"));
    auto updated = waitlist_admin::update(
        crm.db(), id,
        {{QStringLiteral("status"), QStringLiteral("registered")},
         {QStringLiteral("priority"), QStringLiteral("high")},
         {QStringLiteral("notes"), QStringLiteral("  Runs 3 PGs in Pune  ")}},
        admin);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    const QJsonObject entry = updated.value();
    EXPECT_EQ(entry.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));
    EXPECT_EQ(entry.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    EXPECT_EQ(entry.value(QStringLiteral("notes")).toString(),
              QStringLiteral("Runs 3 PGs in Pune"));
    EXPECT_FALSE(entry.value(QStringLiteral("registeredAt")).isNull());
    const QJsonArray activities = entry.value(QStringLiteral("activities")).toArray();
    ASSERT_EQ(activities.size(), 1);
    EXPECT_EQ(activities[0].toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("status_changed"));
    EXPECT_EQ(activities[0].toObject().value(QStringLiteral("description")).toString(),
              QStringLiteral("pending → registered"));
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'waitlist.update' AND entity_id = ? AND actor_id = ?"),
                        {id, admin.userId}),
              1);

    // Notes cleared with null; a second update keeps one notes row at most.
    auto cleared =
        waitlist_admin::update(crm.db(), id, {{QStringLiteral("notes"), QJsonValue::Null}}, admin);
    ASSERT_TRUE(cleared);
    EXPECT_EQ(cleared.value().value(QStringLiteral("notes")).toString(), QString());
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM waitlist_admin_notes")), 0);
}

TEST_F(WaitlistAdminTest, RefusedFieldsAreNamedAndNothingChanges)
{
    const QString id = crm.addEntry(QStringLiteral("a@x.in"), QStringLiteral("Asha"),
                                    QStringLiteral("2026-02-01T00:00:00.000Z"));
    auto refused =
        waitlist_admin::update(crm.db(), id,
                               {{QStringLiteral("status"), QStringLiteral("approved")},
                                {QStringLiteral("priority"), 3},
                                {QStringLiteral("notes"), QString(5001, QLatin1Char('n'))},
                                {QStringLiteral("email"), QStringLiteral("b@x.in")}},
                               admin);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StoreError::Code::InvalidInput);
    QStringList fields;
    for (const auto& f : refused.error().fields)
        fields.append(f.field);
    fields.sort();
    EXPECT_EQ(fields, (QStringList{QStringLiteral("email"), QStringLiteral("notes"),
                                   QStringLiteral("priority"), QStringLiteral("status")}));
    EXPECT_EQ(crm.value(QStringLiteral("SELECT status || '/' || priority || '/' || email FROM "
                                       "waitlist_entries WHERE id = ?"),
                        {id})
                  .toString(),
              QStringLiteral("pending/normal/a@x.in"));
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);

    auto empty = waitlist_admin::update(crm.db(), id, {}, admin);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, StoreError::Code::InvalidInput);

    auto missing =
        waitlist_admin::update(crm.db(), QStringLiteral("nope"),
                               {{QStringLiteral("status"), QStringLiteral("cancelled")}}, admin);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, StoreError::Code::NotFound);
}

TEST_F(WaitlistAdminTest, InviteQueuesOneMailAndASecondInviteIsRefused)
{
    const QString id = crm.addEntry(QStringLiteral("a@x.in"), QStringLiteral("Asha"),
                                    QStringLiteral("2026-02-01T00:00:00.000Z"));
    auto invited =
        waitlist_admin::invite(crm.db(), id, QStringLiteral("https://rentflow.in/"), admin);
    ASSERT_TRUE(invited) << invited.error().message.toStdString();
    EXPECT_EQ(invited.value().value(QStringLiteral("status")).toString(),
              QStringLiteral("invited"));
    EXPECT_FALSE(invited.value().value(QStringLiteral("invitedAt")).isNull());
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM mail_queue WHERE template = 'invite' "
                                       "AND recipient = 'a@x.in'")),
              1);
    const QJsonObject vars =
        QJsonDocument::fromJson(
            crm.value(QStringLiteral("SELECT variables FROM mail_queue")).toByteArray())
            .object();
    EXPECT_EQ(vars.value(QStringLiteral("name")).toString(), QStringLiteral("Asha"));
    EXPECT_EQ(vars.value(QStringLiteral("inviteLink")).toString(),
              QStringLiteral("https://rentflow.in/signup?invite=") + id);

    auto again = waitlist_admin::invite(crm.db(), id, QStringLiteral("https://rentflow.in"), admin);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StoreError::Code::AlreadyExists);
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM mail_queue")), 1);

    const QString cancelled =
        crm.addEntry(QStringLiteral("c@x.in"), QStringLiteral("C"),
                     QStringLiteral("2026-02-02T00:00:00.000Z"), QStringLiteral("cancelled"));
    auto refused =
        waitlist_admin::invite(crm.db(), cancelled, QStringLiteral("https://rentflow.in"), admin);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StoreError::Code::AlreadyExists);
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM mail_queue")), 1);
}

TEST_F(WaitlistAdminTest, DeleteRemovesTheEntryWithItsNotesAndActivities)
{
    const QString id = crm.addEntry(QStringLiteral("a@x.in"), QStringLiteral("Asha"),
                                    QStringLiteral("2026-02-01T00:00:00.000Z"));
    const QString other = crm.addEntry(QStringLiteral("b@x.in"), QStringLiteral("Bina"),
                                       QStringLiteral("2026-02-02T00:00:00.000Z"));
    ASSERT_TRUE(waitlist_admin::update(crm.db(), id,
                                       {{QStringLiteral("notes"), QStringLiteral("n")},
                                        {QStringLiteral("status"), QStringLiteral("cancelled")}},
                                       admin));
    ASSERT_TRUE(waitlist_admin::remove(crm.db(), id, admin));
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM waitlist_entries")), 1);
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM waitlist_admin_notes")), 0);
    EXPECT_EQ(crm.count(QStringLiteral("SELECT COUNT(*) FROM waitlist_activities")), 0);
    EXPECT_EQ(crm.count(QStringLiteral(
                  "SELECT COUNT(*) FROM audit_log WHERE action = 'waitlist.delete'")),
              1);
    auto again = waitlist_admin::remove(crm.db(), id, admin);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StoreError::Code::NotFound);
    EXPECT_TRUE(waitlist_admin::get(crm.db(), other));
}

TEST_F(WaitlistAdminTest, ExportHasEveryMatchingRowQuotedAndFormulaSafe)
{
    crm.addEntry(QStringLiteral("a@x.in"), QStringLiteral("Rao, Asha"),
                 QStringLiteral("2026-02-01T00:00:00.000Z"), QStringLiteral("pending"),
                 QStringLiteral("normal"), QStringLiteral("+919876543210"));
    const QString id2 =
        crm.addEntry(QStringLiteral("b@x.in"), QStringLiteral("=HYPERLINK(\"http://evil\")"),
                     QStringLiteral("2026-02-02T00:00:00.000Z"));
    crm.addEntry(QStringLiteral("c@x.in"), QStringLiteral("Chetan"),
                 QStringLiteral("2026-02-03T00:00:00.000Z"), QStringLiteral("cancelled"));
    ASSERT_TRUE(waitlist_admin::update(
        crm.db(), id2, {{QStringLiteral("notes"), QStringLiteral("line1\nline2")}}, admin));

    auto csv = waitlist_admin::exportCsv(crm.db(), {QStringLiteral("pending"), {}}, params({}));
    ASSERT_TRUE(csv);
    const QString text = QString::fromUtf8(csv.value().mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    // header, 2 pending rows, and the empty rest after the last CRLF
    ASSERT_EQ(lines.size(), 4) << text.toStdString();
    EXPECT_EQ(lines[0],
              QStringLiteral("id,email,full_name,phone,company_name,status,priority,"
                             "source,notes,invited_at,registered_at,created_at,referral_count"));
    EXPECT_TRUE(lines[1].contains(QStringLiteral(
        ",a@x.in,\"Rao, "
        "Asha\",'+919876543210,,pending,normal,landing_page,,,,2026-02-01T00:00:00.000Z")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral(
        ",b@x.in,\"'=HYPERLINK(\"\"http://"
        "evil\"\")\",,,pending,normal,landing_page,\"line1\nline2\",,,2026-02-02T00:00:00.000Z")))
        << lines[2].toStdString();
    EXPECT_TRUE(lines[3].isEmpty());
}
