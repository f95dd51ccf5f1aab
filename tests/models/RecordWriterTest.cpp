#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <organisation/OrganisationRepository.h>
#include <residents/ResidentRepository.h>
#include <store/RecordWriter.h>
#include <support/TestWorkspace.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;
using rentflow::store::RecordWriter;
using rentflow::store::Transaction;

namespace {

class RecordWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_ws = m_tw.create();
        ASSERT_TRUE(m_ws);
        ASSERT_TRUE(OrganisationRepository(store())
                        .create({QStringLiteral("Sunrise PG"), {}, {}, {}, {}, {}})
                        .ok());
    }
    store::Store& store() { return m_ws->store(); }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QJsonObject json(const QString& sql)
    {
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                        : QJsonObject();
    }

    test::TestWorkspace m_tw;
    std::unique_ptr<store::Workspace> m_ws;
};

} // namespace

TEST_F(RecordWriterTest, InsertAppendsAuditAndOutboxWithSyncColumns)
{
    auto id = PropertyRepository(store()).add(
        {QStringLiteral("Koramangala"), QStringLiteral("Bengaluru"), QStringLiteral("29"), {}, {}});
    ASSERT_TRUE(id.ok());
    QSqlQuery row(store().database());
    row.prepare(QStringLiteral(
        "SELECT hlc, origin_device, deleted, server_seq FROM property WHERE id = ?"));
    row.addBindValue(id.value());
    ASSERT_TRUE(row.exec() && row.next());
    EXPECT_TRUE(row.value(0).toString().endsWith(store().deviceId()));
    EXPECT_EQ(row.value(1).toString(), store().deviceId());
    EXPECT_EQ(row.value(2).toInt(), 0);
    EXPECT_EQ(row.value(3).toInt(), 0);

    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'property' AND "
                             "action = 'insert' AND actor = 'test:runner' AND device_id != ''")),
        1);
    const QJsonObject after =
        json(QStringLiteral("SELECT after_json FROM audit_log WHERE table_name = 'property'"));
    EXPECT_EQ(after.value(QStringLiteral("city")).toString(), QStringLiteral("Bengaluru"));
    const QJsonObject fields = json(
        QStringLiteral("SELECT changed_fields FROM sync_outbox WHERE table_name = 'property'"));
    EXPECT_EQ(fields.value(QStringLiteral("state_code")).toString(), QStringLiteral("29"));
}

TEST_F(RecordWriterTest, UpdateRecordsOnlyTheChangedFieldsBeforeAndAfter)
{
    auto id = PropertyRepository(store()).add(
        {QStringLiteral("Koramangala"), QStringLiteral("Bengaluru"), QStringLiteral("29"), {}, {}});
    ASSERT_TRUE(id.ok());
    {
        Transaction tx(store());
        ASSERT_TRUE(RecordWriter(store())
                        .update(QStringLiteral("property"), id.value(),
                                {{QStringLiteral("city"), QStringLiteral("Bangalore")},
                                 {QStringLiteral("name"), QStringLiteral("Koramangala")}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const QJsonObject before =
        json(QStringLiteral("SELECT before_json FROM audit_log WHERE action = 'update'"));
    const QJsonObject after =
        json(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'update'"));
    EXPECT_EQ(before, QJsonObject({{QStringLiteral("city"), QStringLiteral("Bengaluru")}}));
    EXPECT_EQ(after, QJsonObject({{QStringLiteral("city"), QStringLiteral("Bangalore")}}));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE operation = 'update'")),
              1);
}

TEST_F(RecordWriterTest, RemoveLeavesATombstoneThatSyncCarries)
{
    auto id = PropertyRepository(store()).add(
        {QStringLiteral("Koramangala"), QStringLiteral("Bengaluru"), QStringLiteral("29"), {}, {}});
    ASSERT_TRUE(id.ok());
    Transaction tx(store());
    ASSERT_TRUE(RecordWriter(store()).remove(QStringLiteral("property"), id.value()).ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_FALSE(PropertyRepository(store()).find(id.value()).value());
    EXPECT_EQ(count(QStringLiteral("SELECT deleted FROM property")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE operation = 'delete'")),
              1);
}

TEST_F(RecordWriterTest, WritesOutsideATransactionAreRefused)
{
    auto id = RecordWriter(store()).insert(QStringLiteral("floor"),
                                           {{QStringLiteral("name"), QStringLiteral("G")}});
    ASSERT_FALSE(id.ok());
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("transaction")));
}

TEST_F(RecordWriterTest, AFailedUnitLeavesNoRowNoAuditNoOutbox)
{
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    {
        Transaction tx(store());
        auto first = RecordWriter(store()).insert(
            QStringLiteral("property"), {{QStringLiteral("organisation_id"), QStringLiteral("x")},
                                         {QStringLiteral("name"), QStringLiteral("Half done")},
                                         {QStringLiteral("city"), QStringLiteral("Pune")},
                                         {QStringLiteral("state_code"), QStringLiteral("27")}});
        EXPECT_FALSE(first.ok()); // organisation_id 'x' breaks the foreign key
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM property")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore);
}

TEST_F(RecordWriterTest, RoomSetupIsAllOrNothing)
{
    auto property = PropertyRepository(store()).add(
        {QStringLiteral("Koramangala"), QStringLiteral("Bengaluru"), QStringLiteral("29"), {}, {}});
    ASSERT_TRUE(property.ok());
    RoomSetup setup(store());
    auto room = setup.add({property.value(), QStringLiteral("1"), QStringLiteral("101"),
                           QStringLiteral("3"), QStringLiteral("9500"), true});
    ASSERT_TRUE(room.ok()) << room.error().message.toStdString();
    EXPECT_EQ(room.value().bedIds.size(), 3);
    EXPECT_FALSE(room.value().meterId.isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT sum(rent_paise) FROM bed")), 3 * 950000);

    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto duplicate = setup.add({property.value(), QStringLiteral("1"), QStringLiteral("101"),
                                QStringLiteral("2"), QStringLiteral("9500"), false});
    ASSERT_FALSE(duplicate.ok());
    ASSERT_EQ(duplicate.error().fields.size(), 1);
    EXPECT_EQ(duplicate.error().fields.first().field, QStringLiteral("number"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
}

TEST_F(RecordWriterTest, ResidentInputIsCheckedFieldByField)
{
    ResidentRepository residents(store());
    auto refused =
        residents.add({QStringLiteral(""), QStringLiteral("12345"), QStringLiteral("not-an-email"),
                       QStringLiteral("ABCDE1234"), QStringLiteral("234123412345")});
    ASSERT_FALSE(refused.ok());
    QStringList fields;
    for (const auto& e : refused.error().fields)
        fields.append(e.field);
    EXPECT_EQ(fields,
              (QStringList{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
                           QStringLiteral("pan"), QStringLiteral("aadhaar")}));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM resident")), 0);

    auto added = residents.add({QStringLiteral("अनन्या शर्मा"), QStringLiteral("+91 98450-12345"),
                                QStringLiteral("Ananya@Example.COM"), QStringLiteral("abcpe1234f"),
                                QStringLiteral("2341 2341 2346")});
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    const auto found = residents.find(added.value());
    ASSERT_TRUE(found && found.value());
    const auto& resident = found.value();
    EXPECT_EQ(resident->phone, QStringLiteral("+919845012345"));
    EXPECT_EQ(resident->email, QStringLiteral("Ananya@example.com"));
    EXPECT_EQ(resident->pan, QStringLiteral("ABCPE1234F"));
    EXPECT_EQ(resident->aadhaarMasked, QStringLiteral("XXXX XXXX 2346"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM resident WHERE aadhaar_full IS NOT NULL")),
              0);
}
