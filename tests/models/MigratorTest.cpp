#include <store/ChangeLog.h>
#include <store/Migrator.h>
#include <store/RecordHistory.h>
#include <store/Store.h>
#include <store/sqlcipher/SqlCipherDriver.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using rentflow::store::Migrator;
using rentflow::store::SqlCipherDriver;

namespace {

// The full text of the schema: every table, index and trigger, in order.
QString schemaOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(
        QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                       "ORDER BY type, name"));
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

class MigratorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SqlCipherDriver::registerDriver();
        m_name = QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), m_name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("m.db")));
        db.setPassword(QStringLiteral("migration test key"));
        ASSERT_TRUE(db.open());
    }
    void TearDown() override
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    QTemporaryDir m_dir;
    QString m_name;
};

} // namespace

TEST_F(MigratorTest, BundledMigrationsAreNumberedWithoutGaps)
{
    const auto& migrations = Migrator::bundled();
    ASSERT_FALSE(migrations.isEmpty());
    for (int i = 0; i < migrations.size(); ++i)
        EXPECT_EQ(migrations.at(i).version, i + 1) << migrations.at(i).name.toStdString();
}

TEST_F(MigratorTest, MigratesAnEmptyFileToTheLatestVersion)
{
    Migrator migrator(db());
    EXPECT_EQ(migrator.currentVersion(), 0);
    ASSERT_TRUE(migrator.migrate().ok());
    EXPECT_EQ(migrator.currentVersion(), Migrator::latestVersion());
    const QStringList tables = db().tables();
    for (const char* table : {"organisation",
                              "app_user",
                              "property",
                              "floor",
                              "room",
                              "bed",
                              "meter",
                              "resident",
                              "kyc_document",
                              "agreement",
                              "notice",
                              "charge",
                              "invoice",
                              "invoice_line",
                              "document_series",
                              "payment",
                              "payment_allocation",
                              "receipt",
                              "credit_note",
                              "deposit_entry",
                              "deposit_settlement",
                              "meter_reading",
                              "maintenance_ticket",
                              "change_log",
                              "change_source",
                              "tax_rule"})
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
    EXPECT_TRUE(migrator.migrate().ok()); // nothing left to do
}

TEST_F(MigratorTest, Version4MovesTheV1AuditTrailIntoTheChangeLog)
{
    // A workspace as schema 1-3 left it: an organisation renamed once, its two
    // audit rows and their outbox copies.
    Migrator migrator(db());
    for (const Migrator::Migration& step : Migrator::bundled()) {
        if (step.version >= 4)
            break;
        ASSERT_TRUE(migrator.apply(step).ok()) << step.name.toStdString();
    }
    QSqlQuery q(db());
    for (const char* sql :
         {"INSERT INTO organisation (id, name, created_at, updated_at, hlc, origin_device) "
          "VALUES ('org-1', 'New Name', '2026-11-01T10:00:00.250Z', "
          "'2026-11-02T11:30:00.000Z', '001793619000000-000003-dev-a', 'dev-a')",
          "INSERT INTO audit_log VALUES ('a1', '2026-11-01T10:00:00.250Z', "
          "'001793527200250-000000-dev-a', NULL, 'rentflowctl:asha', 'dev-a', 'organisation', "
          "'org-1', 'insert', NULL, '{\"name\":\"Old Name\",\"hlc\":\"x\"}')",
          "INSERT INTO audit_log VALUES ('a2', '2026-11-02T11:30:00.000Z', "
          "'001793619000000-000003-dev-a', 'user-9', 'rentflow:asha', 'dev-a', 'organisation', "
          "'org-1', 'update', '{\"name\":\"Old Name\"}', '{\"name\":\"New Name\"}')",
          "INSERT INTO sync_outbox (mutation_id, table_name, row_id, operation, changed_fields, "
          "hlc, created_at) VALUES ('m1', 'organisation', 'org-1', 'insert', '{}', "
          "'001793527200250-000000-dev-a', '2026-11-01T10:00:00.250Z')"})
        ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql;
    // A backup made before v4 is opened read-only, unmigrated: its newest change
    // still reads (restore compares it with the workspace's).
    EXPECT_EQ(rentflow::store::ChangeLog::newestHlc(db()).value(),
              QStringLiteral("001793619000000-000003-dev-a"));

    ASSERT_TRUE(migrator.migrate().ok());
    EXPECT_FALSE(db().tables().contains(QStringLiteral("audit_log")));
    EXPECT_FALSE(db().tables().contains(QStringLiteral("sync_outbox")));
    // 2026-11-01 is 56 × 365 + 14 leap days + 304 days (Jan-Oct) = 20758 days after
    // 1970-01-01: 20758 × 86,400,000 + 10 h × 3,600,000 + 250 = 1,793,527,200,250 ms.
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT seq, hlc, at_ms, action, changes FROM change_log ORDER BY seq")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toLongLong(), 1793527200250LL * 1000000 + 0);
    EXPECT_EQ(q.value(2).toLongLong(), 1793527200250LL);
    EXPECT_EQ(q.value(3).toInt(), 1);
    EXPECT_TRUE(q.isNull(4)); // the insert's values are the row's
    ASSERT_TRUE(q.next());
    // 2026-11-02 11:30: (20758 + 1) × 86,400,000 + 11.5 h × 3,600,000 = 1,793,619,000,000.
    EXPECT_EQ(q.value(1).toLongLong(), 1793619000000LL * 1000000 + 3);
    EXPECT_EQ(q.value(2).toLongLong(), 1793619000000LL);
    EXPECT_EQ(q.value(3).toInt(), 2);
    EXPECT_EQ(q.value(4).toString(),
              QStringLiteral("[{\"name\":\"Old Name\"},{\"name\":\"New Name\"}]"));
    EXPECT_FALSE(q.next());
    q.finish();

    EXPECT_EQ(rentflow::store::ChangeLog::newestHlc(db()).value(),
              QStringLiteral("001793619000000-000003-dev-a"));
    rentflow::store::Store store(db(), QStringLiteral("dev-b"), {QStringLiteral("t"), {}});
    auto history = rentflow::store::RecordHistory(store).of(QStringLiteral("organisation"),
                                                            QStringLiteral("org-1"));
    ASSERT_TRUE(history.ok()) << history.error().message.toStdString();
    ASSERT_EQ(history.value().size(), 2);
    const auto& insert = history.value().at(0);
    EXPECT_EQ(insert.actor, QStringLiteral("rentflowctl:asha"));
    EXPECT_EQ(insert.deviceId, QStringLiteral("dev-a"));
    EXPECT_EQ(insert.at.toString(Qt::ISODateWithMs), QStringLiteral("2026-11-01T10:00:00.250Z"));
    const auto& rename = history.value().at(1);
    EXPECT_EQ(rename.actor, QStringLiteral("rentflow:asha"));
    EXPECT_EQ(rename.userId, QStringLiteral("user-9"));
    EXPECT_EQ(rename.hlc, QStringLiteral("001793619000000-000003-dev-a"));
    ASSERT_EQ(rename.fields.size(), 1);
    EXPECT_EQ(rename.fields.first().before.toString(), QStringLiteral("Old Name"));
    EXPECT_EQ(rename.fields.first().after.toString(), QStringLiteral("New Name"));
    bool insertNamed = false;
    for (const auto& field : insert.fields)
        if (field.field == QStringLiteral("name"))
            insertNamed = field.after.toString() == QStringLiteral("Old Name");
    EXPECT_TRUE(insertNamed);
}

TEST_F(MigratorTest, EveryStepIsSafeToRunAgain)
{
    Migrator migrator(db());
    for (const Migrator::Migration& step : Migrator::bundled()) {
        ASSERT_TRUE(migrator.apply(step).ok()) << step.name.toStdString();
        const QString once = schemaOf(db());
        // As if a crash hit right after the step's statements but before the
        // version was recorded: the step runs a second time.
        QSqlQuery(db()).exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version - 1));
        auto again = migrator.apply(step);
        ASSERT_TRUE(again.ok()) << step.name.toStdString() << ": "
                                << again.error().message.toStdString();
        EXPECT_EQ(schemaOf(db()), once) << step.name.toStdString();
        EXPECT_EQ(migrator.currentVersion(), step.version);
    }
}

TEST_F(MigratorTest, AFailingStepLeavesTheVersionAndSchemaUnchanged)
{
    Migrator migrator(
        db(),
        {{1, QStringLiteral("good"), QStringLiteral("CREATE TABLE IF NOT EXISTS a (x);")},
         {2, QStringLiteral("bad"), QStringLiteral("CREATE TABLE b (y); SELECT * FROM nowhere;")}});
    auto result = migrator.migrate();
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("bad")));
    EXPECT_EQ(migrator.currentVersion(), 1);
    EXPECT_EQ(db().tables(), QStringList{QStringLiteral("a")});
}

TEST_F(MigratorTest, AColumnAddedByAStepThatRunsTwiceIsAddedOnce)
{
    const QList<Migrator::Migration> steps{
        {1, QStringLiteral("table"), QStringLiteral("CREATE TABLE IF NOT EXISTS a (x);")},
        {2, QStringLiteral("columns"),
         QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT DEFAULT 'z;';\n"
                        "alter table a add w INTEGER CHECK (w > 0);")},
        {3, QStringLiteral("missing"), QStringLiteral("ALTER TABLE nowhere ADD COLUMN q;")}};
    Migrator migrator(db(), steps.mid(0, 2));
    ASSERT_TRUE(migrator.migrate().ok());
    QSqlQuery(db()).exec(QStringLiteral("PRAGMA user_version = 1"));
    auto again = migrator.apply(steps.at(1));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(migrator.currentVersion(), 2);
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA table_info(a)")));
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    EXPECT_EQ(columns,
              (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("w")}));
    // A column for a table that is not there is still an error, and the version stays.
    EXPECT_FALSE(migrator.apply(steps.at(2)).ok());
    EXPECT_EQ(migrator.currentVersion(), 2);
}
