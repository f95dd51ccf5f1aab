#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/TestWorkspace.h>

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using rentflow::store::SqlCipherDriver;
using rentflow::test::readFile;

namespace {

const QString kRawKey =
    QStringLiteral("x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'");

// An open QSQLCIPHER connection on a file in a temporary folder.
class Connection
{
public:
    explicit Connection(const QString& path, const QString& key = kRawKey,
                        const QString& options = {})
        : m_name(QUuid::createUuid().toString())
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), m_name);
        db.setDatabaseName(path);
        db.setPassword(key);
        db.setConnectOptions(options);
        m_opened = db.open();
        m_error = db.lastError();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool opened() const { return m_opened; }
    QSqlError error() const { return m_error; }

private:
    QString m_name;
    bool m_opened = false;
    QSqlError m_error;
};

class SqlCipherDriverTest : public ::testing::Test
{
protected:
    QString path(const QString& name = QStringLiteral("t.db")) const
    {
        return m_dir.filePath(name);
    }
    QTemporaryDir m_dir;
};

bool run(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    EXPECT_TRUE(ok) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    return ok;
}

} // namespace

TEST_F(SqlCipherDriverTest, EncryptedFileHasNoPlainSqliteHeader)
{
    {
        Connection c(path());
        ASSERT_TRUE(c.opened()) << c.error().text().toStdString();
        run(c.db(), QStringLiteral("CREATE TABLE t (name TEXT)"));
        run(c.db(), QStringLiteral("INSERT INTO t VALUES ('Lakshmi Narayanan')"));
    }
    const QByteArray bytes = readFile(path());
    ASSERT_GT(bytes.size(), 1024);
    EXPECT_NE(bytes.left(16), QByteArray("SQLite format 3\0", 16));
    EXPECT_FALSE(bytes.contains("Lakshmi"));
}

TEST_F(SqlCipherDriverTest, KeylessFileIsPlainSqlite)
{
    {
        Connection c(path(), QString());
        ASSERT_TRUE(c.opened());
        run(c.db(), QStringLiteral("CREATE TABLE t (name TEXT)"));
    }
    EXPECT_EQ(readFile(path()).left(16), QByteArray("SQLite format 3\0", 16));
}

TEST_F(SqlCipherDriverTest, RoundTripsEveryTypeExactly)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    run(c.db(),
        QStringLiteral("CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB, n TEXT, d TEXT)"));
    QSqlQuery insert(c.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO v VALUES (?, ?, ?, ?, ?, ?)")));
    const QByteArray blob("\x00\x01\xff\x00rent", 8);
    const QString hindi = QStringLiteral("किराया रसीद ₹");
    for (qint64 value : {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(),
                         qint64(0), qint64(9007199254740993)}) { // 2^53 + 1: not exact as a double
        insert.addBindValue(value);
        insert.addBindValue(0.1);
        insert.addBindValue(hindi);
        insert.addBindValue(blob);
        insert.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        insert.addBindValue(QDate(2026, 4, 1));
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    }
    QSqlQuery select(c.db());
    select.setForwardOnly(true);
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT i, r, t, b, n, d FROM v ORDER BY rowid")));
    QList<qint64> seen;
    while (select.next()) {
        EXPECT_EQ(select.value(0).typeId(), QMetaType::LongLong);
        seen.append(select.value(0).toLongLong());
        EXPECT_DOUBLE_EQ(select.value(1).toDouble(), 0.1);
        EXPECT_EQ(select.value(2).toString(), hindi);
        EXPECT_EQ(select.value(3).toByteArray(), blob);
        EXPECT_TRUE(select.isNull(4));
        EXPECT_EQ(select.value(5).toString(), QStringLiteral("2026-04-01"));
    }
    EXPECT_EQ(seen, (QList<qint64>{std::numeric_limits<qint64>::max(),
                                   std::numeric_limits<qint64>::min(), 0, 9007199254740993}));
}

TEST_F(SqlCipherDriverTest, NamedAndPositionalPlaceholdersBind)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    run(c.db(), QStringLiteral("CREATE TABLE p (a INTEGER, b TEXT)"));
    QSqlQuery named(c.db());
    ASSERT_TRUE(named.prepare(QStringLiteral("INSERT INTO p (a, b) VALUES (:amount, :label)")));
    named.bindValue(QStringLiteral(":label"), QStringLiteral("rent"));
    named.bindValue(QStringLiteral(":amount"), 1200000);
    ASSERT_TRUE(named.exec()) << named.lastError().text().toStdString();
    QSqlQuery check(c.db());
    check.prepare(QStringLiteral("SELECT b FROM p WHERE a = ?"));
    check.addBindValue(1200000);
    ASSERT_TRUE(check.exec());
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("rent"));
}

TEST_F(SqlCipherDriverTest, WrongKeyIsRefusedWithNotADatabase)
{
    {
        Connection c(path());
        ASSERT_TRUE(c.opened());
        run(c.db(), QStringLiteral("CREATE TABLE t (x)"));
    }
    const QByteArray before = readFile(path());
    Connection wrong(
        path(),
        QStringLiteral("x'0DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'"));
    EXPECT_FALSE(wrong.opened());
    EXPECT_EQ(wrong.error().nativeErrorCode(), QStringLiteral("26"));
    EXPECT_FALSE(wrong.error().databaseText().isEmpty());
    EXPECT_EQ(readFile(path()), before);
}

TEST_F(SqlCipherDriverTest, PassphraseOpensWhatItCreated)
{
    {
        Connection c(path(), QStringLiteral("a long passphrase"));
        ASSERT_TRUE(c.opened());
        run(c.db(), QStringLiteral("CREATE TABLE t (x)"));
    }
    Connection again(path(), QStringLiteral("a long passphrase"));
    EXPECT_TRUE(again.opened());
    Connection wrong(path(), QStringLiteral("a long passphrasE"));
    EXPECT_FALSE(wrong.opened());
}

TEST_F(SqlCipherDriverTest, NoCreateOptionRefusesMissingFile)
{
    Connection c(path(QStringLiteral("missing.db")), kRawKey,
                 QStringLiteral("QSQLCIPHER_NO_CREATE"));
    EXPECT_FALSE(c.opened());
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("missing.db"))));
}

TEST_F(SqlCipherDriverTest, TransactionsCommitAndRollBack)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    QSqlDatabase db = c.db();
    run(db, QStringLiteral("CREATE TABLE t (x INTEGER)"));
    ASSERT_TRUE(db.transaction());
    run(db, QStringLiteral("INSERT INTO t VALUES (1)"));
    ASSERT_TRUE(db.rollback());
    ASSERT_TRUE(db.transaction());
    run(db, QStringLiteral("INSERT INTO t VALUES (2)"));
    ASSERT_TRUE(db.commit());
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(x) FROM t")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2"));
}

TEST_F(SqlCipherDriverTest, ReportsLastInsertIdAndRowsAffected)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    run(c.db(), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER)"));
    QSqlQuery q(c.db());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t (x) VALUES (7)")));
    EXPECT_EQ(q.lastInsertId().toLongLong(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t (x) VALUES (8)")));
    EXPECT_EQ(q.lastInsertId().toLongLong(), 2);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE t SET x = x + 1")));
    EXPECT_EQ(q.numRowsAffected(), 2);
}

TEST_F(SqlCipherDriverTest, ErrorsCarryTextAndSqliteCode)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    run(c.db(), QStringLiteral("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)"));
    run(c.db(), QStringLiteral("INSERT INTO t VALUES (1)"));
    QSqlQuery q(c.db());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("19")); // SQLITE_CONSTRAINT
    EXPECT_TRUE(q.lastError().databaseText().contains(QStringLiteral("UNIQUE")));
    EXPECT_FALSE(q.exec(QStringLiteral("SELEC nonsense")));
    EXPECT_EQ(q.lastError().type(), QSqlError::StatementError);
}

TEST_F(SqlCipherDriverTest, ScrollableQuerySeeksBackAndForth)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    run(c.db(), QStringLiteral("CREATE TABLE t (x INTEGER)"));
    run(c.db(), QStringLiteral(
                    "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 50) "
                    "INSERT INTO t SELECT v FROM n"));
    QSqlQuery q(c.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT x FROM t ORDER BY x")));
    ASSERT_TRUE(q.seek(10));
    EXPECT_EQ(q.value(0).toInt(), 11);
    ASSERT_TRUE(q.previous());
    EXPECT_EQ(q.value(0).toInt(), 10);
    ASSERT_TRUE(q.last());
    EXPECT_EQ(q.value(0).toInt(), 50);
    EXPECT_EQ(q.at(), 49);
    ASSERT_TRUE(q.first());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_FALSE(q.seek(50));
}

TEST_F(SqlCipherDriverTest, DescribesTablesRecordsAndPrimaryKeys)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    run(c.db(), QStringLiteral(
                    "CREATE TABLE bed (id TEXT PRIMARY KEY NOT NULL, rent_paise INTEGER NOT NULL, "
                    "label TEXT DEFAULT 'A')"));
    run(c.db(), QStringLiteral("CREATE TABLE link (a TEXT, b TEXT, PRIMARY KEY (b, a))"));
    run(c.db(), QStringLiteral("CREATE VIEW beds AS SELECT * FROM bed"));
    EXPECT_EQ(c.db().tables(QSql::Tables),
              (QStringList{QStringLiteral("bed"), QStringLiteral("link")}));
    EXPECT_EQ(c.db().tables(QSql::Views), QStringList{QStringLiteral("beds")});
    const QSqlRecord record = c.db().record(QStringLiteral("bed"));
    ASSERT_EQ(record.count(), 3);
    EXPECT_EQ(record.field(1).metaType().id(), QMetaType::LongLong);
    EXPECT_EQ(record.field(1).requiredStatus(), QSqlField::Required);
    EXPECT_EQ(record.field(0).metaType().id(), QMetaType::QString);
    const QSqlIndex key = c.db().primaryIndex(QStringLiteral("link"));
    ASSERT_EQ(key.count(), 2);
    EXPECT_EQ(key.fieldName(0), QStringLiteral("b"));
    EXPECT_EQ(key.fieldName(1), QStringLiteral("a"));
}

TEST_F(SqlCipherDriverTest, TableModelEditsInsertsAndRemovesRows)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    run(c.db(),
        QStringLiteral(
            "CREATE TABLE bed (id TEXT PRIMARY KEY NOT NULL, label TEXT, rent_paise INTEGER)"));
    run(c.db(), QStringLiteral("INSERT INTO bed VALUES ('b1', 'A', 800000), ('b2', 'B', 900000)"));
    QSqlTableModel model(nullptr, c.db());
    model.setTable(QStringLiteral("bed"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    ASSERT_TRUE(model.select()) << model.lastError().text().toStdString();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(1, 2)).toLongLong(), 900000);

    ASSERT_TRUE(model.setData(model.index(0, 2), 850000));
    QSqlRecord fresh = model.record();
    fresh.setValue(QStringLiteral("id"), QStringLiteral("b3"));
    fresh.setValue(QStringLiteral("label"), QStringLiteral("C"));
    fresh.setValue(QStringLiteral("rent_paise"), 700000);
    ASSERT_TRUE(model.insertRecord(-1, fresh));
    ASSERT_TRUE(model.removeRow(1));
    ASSERT_TRUE(model.submitAll()) << model.lastError().text().toStdString();

    QSqlQuery q(c.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(id || ':' || rent_paise) FROM "
                                      "(SELECT * FROM bed ORDER BY id)")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("b1:850000,b3:700000"));
}

TEST_F(SqlCipherDriverTest, RekeyReplacesTheKey)
{
    const QString newKey =
        QStringLiteral("x'11111111111111111111111111111111111111111111111111111111111111AA'");
    {
        Connection c(path());
        ASSERT_TRUE(c.opened());
        run(c.db(), QStringLiteral("CREATE TABLE t (x TEXT)"));
        run(c.db(), QStringLiteral("INSERT INTO t VALUES ('kept')"));
        auto* driver = qobject_cast<SqlCipherDriver*>(c.db().driver());
        ASSERT_NE(driver, nullptr);
        ASSERT_TRUE(driver->rekey(newKey)) << driver->lastError().text().toStdString();
    }
    Connection old(path());
    EXPECT_FALSE(old.opened());
    Connection fresh(path(), newKey);
    ASSERT_TRUE(fresh.opened());
    QSqlQuery q(fresh.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT x FROM t")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("kept"));
}

TEST_F(SqlCipherDriverTest, ExecuteScriptRunsEveryStatementOrStopsAtTheFirstError)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    auto* driver = qobject_cast<SqlCipherDriver*>(c.db().driver());
    ASSERT_TRUE(driver->executeScript(
        QStringLiteral("CREATE TABLE a (x); -- a comment; with a semicolon\nCREATE TABLE b "
                       "(y);\nINSERT INTO a VALUES ('x;y');")));
    EXPECT_EQ(c.db().tables().size(), 2);
    EXPECT_FALSE(driver->executeScript(QStringLiteral("CREATE TABLE c (z); CREATE TABLE a (x);")));
    EXPECT_TRUE(driver->lastError().text().contains(QStringLiteral("CREATE TABLE a")));
}

namespace {

QStringList g_notices; // what the busy notice was told, in order

void recordNotice(const QString& message)
{
    g_notices << message;
}

// Another program's long write: a connection of its own, on its own thread, holds the write
// lock (BEGIN IMMEDIATE, one row written) until `release` is set, then commits.
class WriterElsewhere
{
public:
    WriterElsewhere(const QString& path, std::atomic<bool>& release)
        : m_thread([this, path, &release] {
              {
                  Connection c(path);
                  run(c.db(), QStringLiteral("BEGIN IMMEDIATE"));
                  run(c.db(), QStringLiteral("INSERT INTO t VALUES ('from the other program')"));
                  m_holding = true;
                  while (!release)
                      std::this_thread::sleep_for(std::chrono::milliseconds(10));
                  run(c.db(), QStringLiteral("COMMIT"));
              }
          })
    {
        while (!m_holding)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~WriterElsewhere() { m_thread.join(); }

private:
    std::atomic<bool> m_holding{false};
    std::thread m_thread;
};

} // namespace

// Issue 8 §3: a write that meets another program's write waits for it, tells the user once,
// and then writes after it.
TEST_F(SqlCipherDriverTest, AWriteWaitsForAnotherProgramsWriteAndSaysSoOnce)
{
    {
        Connection setup(path());
        run(setup.db(), QStringLiteral("PRAGMA journal_mode = WAL"));
        run(setup.db(), QStringLiteral("CREATE TABLE t (x TEXT)"));
    }
    g_notices.clear();
    SqlCipherDriver::setBusyNotice(&recordNotice);
    Connection waiting(path());
    ASSERT_TRUE(waiting.opened());
    std::atomic<bool> release{false};
    {
        WriterElsewhere other(path(), release);
        std::thread releaser([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(800));
            release = true;
        });
        EXPECT_TRUE(waiting.db().transaction()) << waiting.db().lastError().text().toStdString();
        releaser.join();
    }
    // It got the lock only after the other program committed: its row is there.
    QSqlQuery q(waiting.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1);
    q.finish();
    EXPECT_TRUE(waiting.db().commit());
    SqlCipherDriver::setBusyNotice(nullptr);
    ASSERT_EQ(g_notices.size(), 1);
    EXPECT_EQ(g_notices.first(), SqlCipherDriver::busyWaitMessage());
    EXPECT_TRUE(
        g_notices.first().startsWith(QStringLiteral("waiting for another RentFlow program")));
}

// When the wait runs out, the error says so in the user's words, not SQLite's.
TEST_F(SqlCipherDriverTest, AWaitThatRunsOutSaysSoInTheUsersWords)
{
    {
        Connection setup(path());
        run(setup.db(), QStringLiteral("PRAGMA journal_mode = WAL"));
        run(setup.db(), QStringLiteral("CREATE TABLE t (x TEXT)"));
    }
    Connection waiting(path(), kRawKey, QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=300"));
    ASSERT_TRUE(waiting.opened());
    std::atomic<bool> release{false};
    WriterElsewhere other(path(), release);
    EXPECT_FALSE(waiting.db().transaction());
    const QSqlError error = waiting.db().lastError();
    EXPECT_EQ(error.nativeErrorCode(), QStringLiteral("5")); // SQLITE_BUSY
    EXPECT_EQ(error.text(), SqlCipherDriver::busyTimeoutMessage(300));
    EXPECT_TRUE(error.text().startsWith(
        QStringLiteral("another RentFlow program kept this workspace busy for 1 second;")));
    QSqlQuery insert(waiting.db());
    EXPECT_FALSE(insert.exec(QStringLiteral("INSERT INTO t VALUES ('mine')")));
    EXPECT_EQ(insert.lastError().nativeErrorCode(), QStringLiteral("5"));
    release = true;
}

// The fault-injection hook fails exactly the Nth statement from when it is armed.
TEST_F(SqlCipherDriverTest, FailNthStatementFailsThatStatementOnly)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    run(c.db(), QStringLiteral("CREATE TABLE t (x)"));
    SqlCipherDriver::failNthStatement(2);
    QSqlQuery q(c.db());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    EXPECT_TRUE(SqlCipherDriver::failurePending());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("10")); // SQLITE_IOERR
    EXPECT_FALSE(SqlCipherDriver::failurePending());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (3)")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(x) FROM t")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("1,3"));
}

// A statement that fails inside a transaction dooms it: even if the code that met the
// failure went on, commit() refuses and nothing of the transaction is kept.
TEST_F(SqlCipherDriverTest, ATransactionWithAFailedStatementNeverCommits)
{
    Connection c(path());
    ASSERT_TRUE(c.opened());
    run(c.db(), QStringLiteral("CREATE TABLE t (x INTEGER NOT NULL)"));
    ASSERT_TRUE(c.db().transaction());
    QSqlQuery q(c.db());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO t VALUES (NULL)"))); // ignored by "the code"
    EXPECT_FALSE(c.db().commit());
    EXPECT_EQ(c.db().lastError().text(), SqlCipherDriver::failedInTransactionMessage());
    EXPECT_TRUE(c.db().rollback());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 0);
    q.finish();
    // The next transaction starts clean.
    ASSERT_TRUE(c.db().transaction());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    EXPECT_TRUE(c.db().commit());
}
