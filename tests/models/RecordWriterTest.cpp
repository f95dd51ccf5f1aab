#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <organisation/OrganisationRepository.h>
#include <residents/ResidentRepository.h>
#include <store/RecordWriter.h>
#include <support/TestWorkspace.h>

#include <store/RecordHistory.h>

#include <QDateTime>
#include <QSqlQuery>

#include <cstdlib>

#include <gtest/gtest.h>

using namespace rentflow;
using rentflow::store::ChangeAction;
using rentflow::store::ChangeLog;
using rentflow::store::Mutation;
using rentflow::store::RecordChange;
using rentflow::store::RecordHistory;
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
    QString text(const QString& sql)
    {
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
    static QString fieldAfter(const store::RecordChange& change, const QString& field)
    {
        for (const store::FieldChange& f : change.fields)
            if (f.field == field)
                return f.after.toString();
        return QStringLiteral("<absent>");
    }

    test::TestWorkspace m_tw;
    std::unique_ptr<store::Workspace> m_ws;
};

} // namespace

TEST_F(RecordWriterTest, InsertStampsTheRowAndAppendsOneChangeRowWithoutValues)
{
    const qint64 changesBefore = count(QStringLiteral("SELECT count(*) FROM change_log"));
    auto id = PropertyRepository(store()).add(
        {QStringLiteral("Koramangala"), QStringLiteral("Bengaluru"), QStringLiteral("29"), {}, {}});
    ASSERT_TRUE(id.ok());
    QSqlQuery row(store().database());
    row.prepare(QStringLiteral(
        "SELECT hlc, origin_device, deleted, server_seq FROM property WHERE id = ?"));
    row.addBindValue(id.value());
    ASSERT_TRUE(row.exec() && row.next());
    const QString rowHlc = row.value(0).toString();
    EXPECT_TRUE(rowHlc.endsWith(store().deviceId()));
    EXPECT_EQ(row.value(1).toString(), store().deviceId());
    EXPECT_EQ(row.value(2).toInt(), 0);
    EXPECT_EQ(row.value(3).toInt(), 0);

    // One row for one write: the audit trail and the sync mutation are the same row.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), changesBefore + 1);
    QSqlQuery log(store().database());
    ASSERT_TRUE(log.exec(QStringLiteral(
        "SELECT c.table_name, c.row_id, c.action, c.changes IS NULL, c.base_server_seq, s.actor, "
        "s.device_id, s.user_id FROM change_log c JOIN change_source s ON s.id = c.source_id "
        "ORDER BY c.seq DESC LIMIT 1")));
    ASSERT_TRUE(log.next());
    EXPECT_EQ(log.value(0).toString(), QStringLiteral("property"));
    EXPECT_EQ(log.value(1).toString(), id.value());
    EXPECT_EQ(log.value(2).toInt(), 1); // insert
    EXPECT_EQ(log.value(3).toInt(), 1); // the values are in the row, not copied
    EXPECT_EQ(log.value(4).toInt(), 0); // a new row has no server sequence yet
    EXPECT_EQ(log.value(5).toString(), QStringLiteral("test:runner"));
    EXPECT_EQ(log.value(6).toString(), store().deviceId());
    EXPECT_EQ(log.value(7).toString(), QString());

    // The mutation push sends is named by the write's clock stamp, the row's hlc.
    auto pending = ChangeLog(store()).pending(1000);
    ASSERT_TRUE(pending.ok());
    ASSERT_FALSE(pending.value().isEmpty());
    const Mutation& last = pending.value().constLast();
    EXPECT_EQ(last.mutationId, rowHlc);
    EXPECT_EQ(last.table, QStringLiteral("property"));
    EXPECT_EQ(last.rowId, id.value());
    EXPECT_EQ(last.action, ChangeAction::Insert);

    // The history shows what the insert wrote, from the row.
    auto history = RecordHistory(store()).of(QStringLiteral("property"), id.value());
    ASSERT_TRUE(history.ok()) << history.error().message.toStdString();
    ASSERT_EQ(history.value().size(), 1);
    const RecordChange& insert = history.value().first();
    EXPECT_EQ(insert.action, ChangeAction::Insert);
    EXPECT_EQ(insert.actor, QStringLiteral("test:runner"));
    EXPECT_EQ(insert.deviceId, store().deviceId());
    EXPECT_EQ(insert.hlc, rowHlc);
    EXPECT_LE(std::abs(insert.at.msecsTo(QDateTime::currentDateTimeUtc())), 60000);
    EXPECT_EQ(fieldAfter(insert, QStringLiteral("name")), QStringLiteral("Koramangala"));
    EXPECT_EQ(fieldAfter(insert, QStringLiteral("city")), QStringLiteral("Bengaluru"));
    EXPECT_EQ(fieldAfter(insert, QStringLiteral("state_code")), QStringLiteral("29"));
    EXPECT_EQ(fieldAfter(insert, QStringLiteral("hlc")), QStringLiteral("<absent>"));
}

TEST_F(RecordWriterTest, UpdateRecordsOnlyTheChangedFieldsOldAndNew)
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
    // name was given but did not change: only city is stored, old and new.
    EXPECT_EQ(text(QStringLiteral("SELECT changes FROM change_log WHERE action = 2")),
              QStringLiteral("[{\"city\":\"Bengaluru\"},{\"city\":\"Bangalore\"}]"));
    EXPECT_EQ(text(QStringLiteral("SELECT city FROM property")), QStringLiteral("Bangalore"));

    auto history = RecordHistory(store()).of(QStringLiteral("property"), id.value());
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history.value().size(), 2);
    // The insert's city is the one the update replaced, not today's value.
    EXPECT_EQ(fieldAfter(history.value().at(0), QStringLiteral("city")),
              QStringLiteral("Bengaluru"));
    const RecordChange& update = history.value().at(1);
    EXPECT_EQ(update.action, ChangeAction::Update);
    ASSERT_EQ(update.fields.size(), 1);
    EXPECT_EQ(update.fields.first().field, QStringLiteral("city"));
    EXPECT_EQ(update.fields.first().before.toString(), QStringLiteral("Bengaluru"));
    EXPECT_EQ(update.fields.first().after.toString(), QStringLiteral("Bangalore"));
    EXPECT_LT(history.value().at(0).hlc, update.hlc);

    auto pending = ChangeLog(store()).pending(1000);
    ASSERT_TRUE(pending.ok());
    EXPECT_EQ(pending.value().constLast().changed,
              (QVariantMap{{QStringLiteral("city"), QStringLiteral("Bangalore")}}));
}

TEST_F(RecordWriterTest, AnUpdateThatChangesNothingWritesNothing)
{
    auto id = PropertyRepository(store()).add(
        {QStringLiteral("Koramangala"), QStringLiteral("Bengaluru"), QStringLiteral("29"), {}, {}});
    ASSERT_TRUE(id.ok());
    const qint64 changes = count(QStringLiteral("SELECT count(*) FROM change_log"));
    const QString hlc = text(QStringLiteral("SELECT hlc FROM property"));
    Transaction tx(store());
    ASSERT_TRUE(RecordWriter(store())
                    .update(QStringLiteral("property"), id.value(),
                            {{QStringLiteral("city"), QStringLiteral("Bengaluru")}})
                    .ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), changes);
    EXPECT_EQ(text(QStringLiteral("SELECT hlc FROM property")), hlc);
}

TEST_F(RecordWriterTest, ABlobIsLoggedAsItsSizeAndHash)
{
    const QString org = text(QStringLiteral("SELECT id FROM organisation"));
    Transaction tx(store());
    ASSERT_TRUE(RecordWriter(store())
                    .update(QStringLiteral("organisation"), org,
                            {{QStringLiteral("logo"), QByteArray("abc")}})
                    .ok());
    ASSERT_TRUE(tx.commit().ok());
    // SHA-256("abc") is the FIPS 180-2 example value.
    EXPECT_EQ(
        text(QStringLiteral("SELECT changes FROM change_log WHERE action = 2")),
        QStringLiteral("[{\"logo\":null},{\"logo\":\"<3 bytes, sha256 "
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad>\"}]"));
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
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log WHERE action = 3 AND "
                                   "table_name = 'property' AND changes IS NULL")),
              1);
    auto history = RecordHistory(store()).of(QStringLiteral("property"), id.value());
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history.value().size(), 2);
    EXPECT_EQ(history.value().at(1).action, ChangeAction::Delete);
    ASSERT_EQ(history.value().at(1).fields.size(), 1);
    EXPECT_EQ(history.value().at(1).fields.first().field, QStringLiteral("deleted"));
    EXPECT_EQ(history.value().at(1).fields.first().after.toInt(), 1);
}

TEST_F(RecordWriterTest, HistoryNamesWhoWroteOnWhichPc)
{
    auto id = PropertyRepository(store()).add(
        {QStringLiteral("Koramangala"), QStringLiteral("Bengaluru"), QStringLiteral("29"), {}, {}});
    ASSERT_TRUE(id.ok());
    // A second PC's program, signed in as an app user, changes the row twice.
    store::Store other(store().database(), QStringLiteral("0192b7c0-0000-7000-8000-00000000000b"),
                       store::Actor{QStringLiteral("rentflow:ravi"), QStringLiteral("user-7")});
    for (const char* city : {"Bangalore", "Bengaluru Urban"}) {
        Transaction tx(other);
        ASSERT_TRUE(RecordWriter(other)
                        .update(QStringLiteral("property"), id.value(),
                                {{QStringLiteral("city"), QString::fromUtf8(city)}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto history = RecordHistory(store()).of(QStringLiteral("property"), id.value());
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history.value().size(), 3);
    EXPECT_EQ(history.value().at(0).actor, QStringLiteral("test:runner"));
    EXPECT_EQ(history.value().at(0).deviceId, store().deviceId());
    EXPECT_EQ(history.value().at(0).userId, QString());
    EXPECT_EQ(fieldAfter(history.value().at(0), QStringLiteral("city")),
              QStringLiteral("Bengaluru"));
    for (int i : {1, 2}) {
        EXPECT_EQ(history.value().at(i).actor, QStringLiteral("rentflow:ravi"));
        EXPECT_EQ(history.value().at(i).userId, QStringLiteral("user-7"));
        EXPECT_EQ(history.value().at(i).deviceId,
                  QStringLiteral("0192b7c0-0000-7000-8000-00000000000b"));
    }
    EXPECT_EQ(history.value().at(2).fields.first().before.toString(), QStringLiteral("Bangalore"));
    EXPECT_EQ(history.value().at(2).fields.first().after.toString(),
              QStringLiteral("Bengaluru Urban"));
    // One source row per (PC, program and account, user), not a copy per change.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_source")), 2);

    auto unknown = RecordHistory(store()).of(QStringLiteral("property"), QStringLiteral("nope"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, store::StoreError::Code::InvalidInput);
}

TEST_F(RecordWriterTest, TwoProgramsOnOnePcNeverStampTheSameMutation)
{
    // The app and rentflowctl share the PC's device id and write the same file;
    // each unit of work starts after the newest change on file.
    store::Store second(store().database(), store().deviceId(),
                        store::Actor{QStringLiteral("rentflow:asha"), QString()});
    const QString org = text(QStringLiteral("SELECT id FROM organisation"));
    // The first program has seen a stamp from a PC whose clock is an hour fast,
    // so its stamps run ahead of the second program's wall clock.
    store().clock().observe(store::Hlc{QDateTime::currentMSecsSinceEpoch() + 3600 * 1000, 0,
                                       QStringLiteral("fast-pc")});
    for (int i = 0; i < 40; ++i) {
        store::Store& writer = i % 2 == 0 ? store() : second;
        Transaction tx(writer);
        ASSERT_TRUE(RecordWriter(writer)
                        .insert(QStringLiteral("property"),
                                {{QStringLiteral("organisation_id"), org},
                                 {QStringLiteral("name"), QStringLiteral("P%1").arg(i)},
                                 {QStringLiteral("city"), QStringLiteral("Pune")},
                                 {QStringLiteral("state_code"), QStringLiteral("27")}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto pending = ChangeLog(store()).pending(100000);
    ASSERT_TRUE(pending.ok());
    for (qsizetype i = 1; i < pending.value().size(); ++i)
        EXPECT_LT(pending.value().at(i - 1).mutationId, pending.value().at(i).mutationId) << i;
}

TEST_F(RecordWriterTest, PushReadsWhatComesAfterTheAcknowledgedChange)
{
    ChangeLog log(store());
    auto all = log.pending(100000);
    ASSERT_TRUE(all.ok());
    ASSERT_GE(all.value().size(), 2); // the organisation and its tax rules
    auto cursor = log.acknowledgedUpTo();
    ASSERT_TRUE(cursor.ok());
    EXPECT_EQ(cursor.value(), 0); // nothing pushed yet

    ASSERT_TRUE(log.acknowledge(all.value().at(0).seq).ok());
    auto rest = log.pending(100000);
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(rest.value().size(), all.value().size() - 1);
    EXPECT_EQ(rest.value().first().seq, all.value().at(1).seq);
    auto batch = log.pending(1);
    ASSERT_TRUE(batch.ok());
    EXPECT_EQ(batch.value().size(), 1);
}

TEST_F(RecordWriterTest, WritesOutsideATransactionAreRefused)
{
    const qint64 changes = count(QStringLiteral("SELECT count(*) FROM change_log"));
    auto id = RecordWriter(store()).insert(QStringLiteral("floor"),
                                           {{QStringLiteral("name"), QStringLiteral("G")}});
    ASSERT_FALSE(id.ok());
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("transaction")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM floor")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), changes);
}

TEST_F(RecordWriterTest, AnAbandonedUnitRollsBackItsRowsAndTheirChangeRows)
{
    const qint64 changesBefore = count(QStringLiteral("SELECT count(*) FROM change_log"));
    const QString org = text(QStringLiteral("SELECT id FROM organisation"));
    store().setActor({QStringLiteral("rentflowctl:new-account"), QString()});
    {
        Transaction tx(store());
        auto first = RecordWriter(store()).insert(
            QStringLiteral("property"), {{QStringLiteral("organisation_id"), org},
                                         {QStringLiteral("name"), QStringLiteral("Half done")},
                                         {QStringLiteral("city"), QStringLiteral("Pune")},
                                         {QStringLiteral("state_code"), QStringLiteral("27")}});
        ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
        ASSERT_TRUE(RecordWriter(store())
                        .update(QStringLiteral("property"), first.value(),
                                {{QStringLiteral("city"), QStringLiteral("Pimpri")}})
                        .ok());
        // Written, inside the unit: the row, its two change rows and the new source.
        ASSERT_EQ(count(QStringLiteral("SELECT count(*) FROM property")), 1);
        ASSERT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), changesBefore + 2);
        ASSERT_EQ(count(QStringLiteral("SELECT count(*) FROM change_source")), 2);
    } // abandoned without commit()
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM property")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), changesBefore);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_source")), 1);

    // The next unit finds its source again instead of reusing the rolled-back one.
    auto again = PropertyRepository(store()).add(
        {QStringLiteral("Baner"), QStringLiteral("Pune"), QStringLiteral("27"), {}, {}});
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log c JOIN change_source s ON "
                                   "s.id = c.source_id WHERE s.actor = 'rentflowctl:new-account'")),
              1);
}

TEST_F(RecordWriterTest, AnAbandonedInnerStepRollsBackTheWholeUnit)
{
    const qint64 changesBefore = count(QStringLiteral("SELECT count(*) FROM change_log"));
    const QString org = text(QStringLiteral("SELECT id FROM organisation"));
    {
        Transaction outer(store());
        ASSERT_TRUE(RecordWriter(store())
                        .insert(QStringLiteral("property"),
                                {{QStringLiteral("organisation_id"), org},
                                 {QStringLiteral("name"), QStringLiteral("Outer")},
                                 {QStringLiteral("city"), QStringLiteral("Pune")},
                                 {QStringLiteral("state_code"), QStringLiteral("27")}})
                        .ok());
        {
            Transaction inner(store());
            ASSERT_TRUE(RecordWriter(store())
                            .insert(QStringLiteral("property"),
                                    {{QStringLiteral("organisation_id"), org},
                                     {QStringLiteral("name"), QStringLiteral("Inner")},
                                     {QStringLiteral("city"), QStringLiteral("Pune")},
                                     {QStringLiteral("state_code"), QStringLiteral("27")}})
                            .ok());
            ASSERT_EQ(count(QStringLiteral("SELECT count(*) FROM property")), 2);
        } // the inner step gives up
        EXPECT_FALSE(outer.commit().ok());
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM property")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), changesBefore);
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

    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM change_log"));
    auto duplicate = setup.add({property.value(), QStringLiteral("1"), QStringLiteral("101"),
                                QStringLiteral("2"), QStringLiteral("9500"), false});
    ASSERT_FALSE(duplicate.ok());
    ASSERT_EQ(duplicate.error().fields.size(), 1);
    EXPECT_EQ(duplicate.error().fields.first().field, QStringLiteral("number"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), audits);
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
