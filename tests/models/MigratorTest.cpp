#include <store/Migrator.h>
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
                              "audit_log",
                              "sync_outbox",
                              "tax_rule"})
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
    EXPECT_TRUE(migrator.migrate().ok()); // nothing left to do
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
