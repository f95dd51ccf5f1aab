// PostgresServer: a real PostgreSQL per test process, reachable on 127.0.0.1 with QPSQL,
// one fresh database per call, everything gone after stop().
#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using rentflow::test::PostgresServer;

namespace {

// Runs `sql` on a fresh connection to `database`; the first column of the first row.
QVariant scalar(PostgresServer& pg, const QString& database, const QString& sql, QString* error)
{
    static int n = 0;
    const QString name = QStringLiteral("pg_test_%1").arg(++n);
    QVariant value;
    {
        if (!pg.openConnection(name, database)) {
            *error = pg.error();
        } else {
            QSqlQuery query(QSqlDatabase::database(name, false));
            if (query.exec(sql) && query.next())
                value = query.value(0);
            else
                *error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

TEST(PostgresServerTest, SharedServerAnswersOnLoopbackWithItsOwnSocket)
{
    ASSERT_PG_READY();
    PostgresServer& pg = PostgresServer::shared();
    EXPECT_GT(pg.port(), 0);
    EXPECT_EQ(&pg, &PostgresServer::shared()); // one per process
    QString error;
    EXPECT_EQ(scalar(pg, QStringLiteral("postgres"), QStringLiteral("SELECT 1+1"), &error).toInt(),
              2)
        << error.toStdString();
    // Version 15, as Debian 12 ships and the issue names.
    const QString version =
        scalar(pg, QStringLiteral("postgres"), QStringLiteral("SHOW server_version_num"), &error)
            .toString();
    EXPECT_TRUE(version.startsWith(QLatin1String("15")))
        << version.toStdString() << error.toStdString();
    // Loopback only.
    EXPECT_EQ(
        scalar(pg, QStringLiteral("postgres"), QStringLiteral("SHOW listen_addresses"), &error)
            .toString(),
        QStringLiteral("127.0.0.1"));
    // Its unix socket is in its own folder, not /var/run/postgresql.
    EXPECT_TRUE(QFileInfo::exists(
        QDir(pg.socketDir()).filePath(QStringLiteral(".s.PGSQL.%1").arg(pg.port()))));
    // As root, the server runs as the postgres user (it refuses root).
    if (::geteuid() == 0) {
        const QString dataDirectory =
            scalar(pg, QStringLiteral("postgres"),
                   QStringLiteral("SELECT current_setting('data_directory')"), &error)
                .toString();
        struct stat info
        {};
        ASSERT_EQ(::stat(QFile::encodeName(dataDirectory).constData(), &info), 0)
            << dataDirectory.toStdString();
        EXPECT_NE(info.st_uid, 0u);
    }
}

TEST(PostgresServerTest, EachDatabaseIsFreshAndSeparate)
{
    ASSERT_PG_READY();
    PostgresServer& pg = PostgresServer::shared();
    const QString a = pg.createDatabase();
    const QString b = pg.createDatabase();
    ASSERT_FALSE(a.isEmpty()) << pg.error().toStdString();
    ASSERT_FALSE(b.isEmpty()) << pg.error().toStdString();
    EXPECT_NE(a, b);
    EXPECT_EQ(pg.url(a),
              QStringLiteral("postgres://rentflow_test@127.0.0.1:%1/%2").arg(pg.port()).arg(a));

    QString error;
    scalar(pg, a, QStringLiteral("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7); SELECT 1"),
           &error);
    EXPECT_EQ(scalar(pg, a, QStringLiteral("SELECT x FROM t"), &error).toInt(), 7)
        << error.toStdString();
    // b has no table t: the query fails.
    error.clear();
    EXPECT_FALSE(scalar(pg, b, QStringLiteral("SELECT x FROM t"), &error).isValid());
    EXPECT_TRUE(error.contains(QLatin1String("does not exist"))) << error.toStdString();
    // A fresh database has no tables of its own.
    EXPECT_EQ(scalar(pg, b,
                     QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                    "table_schema = 'public'"),
                     &error)
                  .toInt(),
              0);

    pg.dropDatabase(a);
    error.clear();
    EXPECT_FALSE(scalar(pg, a, QStringLiteral("SELECT 1"), &error).isValid());
    EXPECT_FALSE(error.isEmpty());
    pg.dropDatabase(b);
}

TEST(PostgresServerTest, StopEndsTheServerAndRemovesItsFolder)
{
    PostgresServer pg; // a second, private server
    ASSERT_TRUE(pg.start()) << pg.error().toStdString();
    const QString folder = pg.socketDir();
    const quint16 port = pg.port();
    EXPECT_NE(port, PostgresServer::shared().port());
    ASSERT_TRUE(QFileInfo::exists(folder));
    pg.stop();
    EXPECT_FALSE(pg.ok());
    EXPECT_FALSE(QFileInfo::exists(folder));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_FALSE(socket.waitForConnected(1000)) << "something still listens on " << port;
    EXPECT_TRUE(pg.createDatabase().isEmpty());
}

TEST(PostgresServerTest, MissingBinariesAreNamedInTheError)
{
    qputenv("RENTFLOW_PG_BIN", "/nonexistent/pg/bin");
    PostgresServer pg;
    qunsetenv("RENTFLOW_PG_BIN");
    EXPECT_FALSE(pg.start());
    EXPECT_TRUE(pg.error().contains(QLatin1String("/nonexistent/pg/bin/initdb")))
        << pg.error().toStdString();
    EXPECT_TRUE(pg.error().contains(QLatin1String("postgresql-15"))) << pg.error().toStdString();
}
