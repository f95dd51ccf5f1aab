// rentflow-server's embedded storage: where its key comes from, migrations run once and in
// order, a newer database refused, and a failed transaction keeps nothing. (The same code
// on PostgreSQL is exercised by every integration suite's Postgres half.)
#include <server/http/ServerConfig.h>
#include <server/storage/DatabaseTarget.h>
#include <server/storage/ServerMigrations.h>

#include <PostgresServer.h>
#include <support/FakeKeyStore.h>

#include <QDir>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::server;

namespace {

ServerConfig embeddedIn(const QTemporaryDir& dir)
{
    ServerConfig config;
    config.dataDir = dir.filePath(QStringLiteral("data"));
    return config;
}

QStringList appliedMigrations(const ServerDb& db)
{
    auto rows = db.exec(QStringLiteral("SELECT version, name FROM schema_migrations "
                                       "ORDER BY version"));
    EXPECT_TRUE(rows.ok());
    QStringList out;
    while (rows.value().next())
        out.append(QStringLiteral("%1 %2")
                       .arg(rows.value().value(0).toInt())
                       .arg(rows.value().value(1).toString()));
    return out;
}

} // namespace

TEST(ServerStorage, TheFirstStartKeepsANewRandomKeyInTheKeychainAndTheNextReadsIt)
{
    QTemporaryDir dir;
    test::FakeKeyStore keys;
    auto first = resolveDatabaseTarget(embeddedIn(dir), QProcessEnvironment(), keys);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    // SQLCipher's raw-key literal: x'' around 64 hex digits (256 bits).
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^x'[0-9a-f]{64}'$"))
                    .match(first.value().key)
                    .hasMatch());
    EXPECT_EQ(keys.entries.size(), 1);
    EXPECT_EQ(first.value().filePath,
              QDir(dir.filePath(QStringLiteral("data"))).filePath(QStringLiteral("server.db")));
    auto made = openServerDb(first.value(), QStringLiteral("first"), true);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    made = StoreError{StoreError::Code::Io, QString()}; // closes it

    auto second = resolveDatabaseTarget(embeddedIn(dir), QProcessEnvironment(), keys);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value().key, first.value().key);
    EXPECT_TRUE(openServerDb(second.value(), QStringLiteral("second")).ok());
}

TEST(ServerStorage, AFileWhoseKeyTheKeychainLostOrANoKeychainSaysWhatToDo)
{
    QTemporaryDir dir;
    test::FakeKeyStore keys;
    auto target = resolveDatabaseTarget(embeddedIn(dir), QProcessEnvironment(), keys);
    ASSERT_TRUE(target.ok());
    ASSERT_TRUE(openServerDb(target.value(), QStringLiteral("made"), true).ok());

    keys.entries.clear(); // the keychain forgot the key of an existing file
    auto lost = resolveDatabaseTarget(embeddedIn(dir), QProcessEnvironment(), keys);
    ASSERT_FALSE(lost.ok());
    EXPECT_EQ(lost.error().code, StoreError::Code::NoKey);
    EXPECT_TRUE(lost.error().message.contains(QStringLiteral("--passphrase-env")));
    EXPECT_TRUE(keys.entries.isEmpty()); // no new key over the old file

    keys.nextStatus = store::KeyStore::Status::Unavailable;
    auto none = resolveDatabaseTarget(embeddedIn(dir), QProcessEnvironment(), keys);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, StoreError::Code::NoKey);
}

TEST(ServerStorage, APassphraseFromTheEnvironmentOpensOnlyWithTheSamePassphrase)
{
    QTemporaryDir dir;
    test::FakeKeyStore keys;
    ServerConfig config = embeddedIn(dir);
    config.passphraseEnv = QStringLiteral("SERVER_PASS");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SERVER_PASS"), QStringLiteral("first passphrase"));
    auto target = resolveDatabaseTarget(config, environment, keys);
    ASSERT_TRUE(target.ok());
    EXPECT_TRUE(keys.entries.isEmpty());
    ASSERT_TRUE(openServerDb(target.value(), QStringLiteral("made"), true).ok());

    environment.insert(QStringLiteral("SERVER_PASS"), QStringLiteral("another passphrase"));
    auto other = resolveDatabaseTarget(config, environment, keys);
    ASSERT_TRUE(other.ok());
    auto refused = openServerDb(other.value(), QStringLiteral("wrong"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, StoreError::Code::WrongKey);
}

TEST(ServerStorage, MigrationsRunOnceInNumberOrderAndANewerDatabaseIsRefused)
{
    QTemporaryDir dir;
    test::FakeKeyStore keys;
    auto target = resolveDatabaseTarget(embeddedIn(dir), QProcessEnvironment(), keys);
    ASSERT_TRUE(target.ok());
    auto db = openServerDb(target.value(), QStringLiteral("migrate"), true);
    ASSERT_TRUE(db.ok());
    auto shipped = shippedMigrations(Backend::Embedded);
    ASSERT_TRUE(shipped.ok());
    QStringList expected;
    for (const ServerMigration& m : shipped.value())
        expected.append(QStringLiteral("%1 %2").arg(m.version).arg(m.name));
    // The foundation's own two are there, in order, whatever the areas add between them.
    ASSERT_GE(expected.size(), 2);
    EXPECT_EQ(expected.first(), QStringLiteral("1 audit_log"));
    EXPECT_TRUE(expected.contains(QStringLiteral("30 mail_queue")));

    ASSERT_TRUE(migrateServerDb(*db.value()).ok());
    EXPECT_EQ(appliedMigrations(*db.value()), expected);
    ASSERT_TRUE(migrateServerDb(*db.value()).ok()); // a second start changes nothing
    EXPECT_EQ(appliedMigrations(*db.value()), expected);

    ASSERT_TRUE(db.value()
                    ->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (9999, "
                                          "'from_the_future', '2030-01-01T00:00:00.000Z')"))
                    .ok());
    auto newer = migrateServerDb(*db.value());
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, StoreError::Code::NewerSchema);
    EXPECT_TRUE(newer.error().message.contains(QStringLiteral("9999")));
}

TEST(ServerStorage, AFailedTransactionKeepsNothingAndAFailedStatementIsAnError)
{
    QTemporaryDir dir;
    test::FakeKeyStore keys;
    auto target = resolveDatabaseTarget(embeddedIn(dir), QProcessEnvironment(), keys);
    auto db = openServerDb(target.value(), QStringLiteral("tx"), true);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(migrateServerDb(*db.value()).ok());
    ServerDb& server = *db.value();

    auto failed = server.transaction([&]() -> store::StoreStatus {
        auto kept = server.exec(QStringLiteral("INSERT INTO audit_log(id, at, action, entity) "
                                               "VALUES ('a1', '2026-11-26T00:00:00.000Z', "
                                               "'test', 'nothing')"));
        if (!kept)
            return kept.error();
        return StoreError{StoreError::Code::InvalidInput, QStringLiteral("refused after")};
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message, QStringLiteral("refused after"));
    auto count = server.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count.value().toInt(), 0);

    auto broken = server.exec(QStringLiteral("SELECT nothing FROM no_such_table"));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, StoreError::Code::Database);
}

// On PostgreSQL the values go into the statement as literals escaped by the driver: what
// is stored is exactly what was given, quotes, question marks and backslashes included.
TEST(ServerStorage, PostgresStoresTrickyValuesExactlyAndRunsMigrationsOnce)
{
    ASSERT_PG_READY();
    auto& pg = test::PostgresServer::shared();
    ServerConfig config;
    config.databaseUrl = pg.url(pg.createDatabase());
    test::FakeKeyStore keys;
    auto target = resolveDatabaseTarget(config, QProcessEnvironment(), keys);
    ASSERT_TRUE(target.ok());
    auto db = openServerDb(target.value(), QStringLiteral("pg-literals"));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    ASSERT_TRUE(migrateServerDb(*db.value()).ok());
    ASSERT_TRUE(migrateServerDb(*db.value()).ok());
    auto versions = db.value()->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations "
                                                      "WHERE version IN (1, 30)"));
    ASSERT_TRUE(versions.ok());
    EXPECT_EQ(versions.value().toInt(), 2);

    const QString tricky = QStringLiteral("O'Brien? \\' ; DROP TABLE audit_log; -- ? \"x\" ₹ हिंदी");
    ASSERT_TRUE(db.value()
                    ->exec(QStringLiteral("INSERT INTO audit_log(id, at, actor_id, action, "
                                          "entity, details) VALUES (?, ?, ?, '?', ?, ?)"),
                           {QStringLiteral("id-1"), QStringLiteral("2026-11-26T00:00:00.000Z"),
                            QVariant(QMetaType(QMetaType::QString)), tricky, tricky})
                    .ok());
    auto row = db.value()->exec(QStringLiteral("SELECT actor_id, action, entity, details FROM "
                                               "audit_log WHERE id = ?"),
                                {QStringLiteral("id-1")});
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(row.value().next());
    EXPECT_TRUE(row.value().value(0).isNull());
    EXPECT_EQ(row.value().value(1).toString(), QStringLiteral("?")); // a quoted '?' stays
    EXPECT_EQ(row.value().value(2).toString(), tricky);
    EXPECT_EQ(row.value().value(3).toString(), tricky);
}
