// Runs under with-keyring.sh: a real gnome-keyring on a private D-Bus session.
#include <store/DatabaseOpener.h>
#include <store/Workspace.h>
#include <store/keys/KeychainKeyStore.h>
#include <store/keys/RecoveryKey.h>
#include <support/ProcessRunner.h>
#include <support/TestWorkspace.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;
using rentflow::store::KeychainKeyStore;
using rentflow::store::KeyStore;

namespace {

QJsonObject jsonFile(const QString& path)
{
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

QJsonObject jsonOut(const test::ProcessResult& result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// The number of rows `sql` counts in the file at `path`, opened with `key`.
int countIn(const QString& path, const QString& key, const QString& sql)
{
    auto connection =
        store::DatabaseOpener::openExisting(path, key, store::DatabaseOpener::Access::ReadOnly);
    EXPECT_TRUE(connection.ok()) << (connection.ok() ? ""
                                                     : connection.error().message.toStdString());
    if (!connection)
        return -1;
    int count = -1;
    {
        QSqlQuery query(QSqlDatabase::database(connection.value(), false));
        if (query.exec(sql) && query.next())
            count = query.value(0).toInt();
    }
    store::DatabaseOpener::close(connection.value());
    return count;
}

QStringList ctlArgs(const QString& workspace, QStringList args)
{
    return args << QStringLiteral("--workspace") << workspace << QStringLiteral("--json");
}

} // namespace

TEST(RealKeychain, StoresReadsAndRemovesAKey)
{
    KeychainKeyStore keychain;
    const QString name = QStringLiteral("rentflow-test-entry");
    ASSERT_EQ(keychain.write(name, QStringLiteral("x'00FF'")).status, KeyStore::Status::Ok);
    const KeyStore::Answer read =
        KeychainKeyStore().read(name); // a fresh client: the daemon kept it
    ASSERT_EQ(read.status, KeyStore::Status::Ok) << read.detail.toStdString();
    EXPECT_EQ(read.key, QStringLiteral("x'00FF'"));
    EXPECT_EQ(keychain.remove(name).status, KeyStore::Status::Ok);
    EXPECT_EQ(keychain.read(name).status, KeyStore::Status::NotFound);
}

TEST(RealKeychain, WorkspaceKeyLivesInTheKeychainEntryNamedInWorkspaceJson)
{
    test::TestWorkspace tw;
    KeychainKeyStore keychain;
    store::KeySource keys;
    keys.keychain = &keychain;
    ASSERT_TRUE(store::Workspace::create(tw.path(), keys, test::TestWorkspace::actor()).ok());

    // workspace.json on disk records the key mode and the workspace id, nothing secret.
    const QJsonObject manifest = jsonFile(tw.path() + QStringLiteral("/workspace.json"));
    EXPECT_EQ(manifest.value(QStringLiteral("keyMode")).toString(), QStringLiteral("keychain"));
    const QString id = manifest.value(QStringLiteral("workspaceId")).toString();
    ASSERT_FALSE(id.isEmpty());

    // A fresh client finds the database key under workspace-<id>, and it opens the file.
    const KeyStore::Answer entry = KeychainKeyStore().read(QStringLiteral("workspace-") + id);
    ASSERT_EQ(entry.status, KeyStore::Status::Ok) << entry.detail.toStdString();
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^x'[0-9A-F]{64}'$")).match(entry.key).hasMatch());
    EXPECT_EQ(countIn(tw.dbPath(), entry.key,
                      QStringLiteral("SELECT count(*) FROM sqlite_master "
                                     "WHERE name = 'organisation'")),
              1);
    const KeyStore::Answer recovery = KeychainKeyStore().read(store::RecoveryKey::entryName(id));
    ASSERT_EQ(recovery.status, KeyStore::Status::Ok);
    EXPECT_TRUE(store::RecoveryKey::normalize(recovery.key).has_value());

    // The key is in the keychain only: not in the workspace folder, not in clear in HOME.
    const QString hex = entry.key.mid(2, 64);
    EXPECT_FALSE(test::containsText(test::allFileBytes(tw.path()), hex));
    EXPECT_FALSE(test::containsText(test::allFileBytes(QDir::homePath()), hex));

    // Without the entry the workspace does not open: the key is nowhere else.
    ASSERT_EQ(keychain.remove(QStringLiteral("workspace-") + id).status, KeyStore::Status::Ok);
    auto opened = store::Workspace::open(tw.path(), keys, test::TestWorkspace::actor());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, store::StoreError::Code::NoKey);
}

TEST(RealKeychain, CliInitWithoutPassphraseUsesTheKeychainAndShowsTheRecoveryKey)
{
    test::TestWorkspace tw;
    const auto init =
        test::runCtl(ctlArgs(tw.path(), {QStringLiteral("init"), QStringLiteral("--org"),
                                         QStringLiteral("Keychain PG")}));
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const QString shown = jsonOut(init).value(QStringLiteral("recoveryKey")).toString();
    ASSERT_TRUE(store::RecoveryKey::normalize(shown).has_value()) << shown.toStdString();
    const QJsonObject manifest = jsonFile(tw.path() + QStringLiteral("/workspace.json"));
    EXPECT_EQ(manifest.value(QStringLiteral("keyMode")).toString(), QStringLiteral("keychain"));
    const QString id = manifest.value(QStringLiteral("workspaceId")).toString();
    EXPECT_EQ(KeychainKeyStore().read(QStringLiteral("workspace-") + id).status,
              KeyStore::Status::Ok);
    // The owner can show it again; it is the one init showed.
    const auto again =
        test::runCtl(ctlArgs(tw.path(), {QStringLiteral("recovery-key"), QStringLiteral("show")}));
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(jsonOut(again).value(QStringLiteral("recoveryKey")).toString(), shown);
}

// A new PC: a fresh folder and a fresh gnome-keyring that never held the workspace's keys.
TEST(RealKeychain, KeychainBackupRestoresOnANewPcWithTheRecoveryKey)
{
    test::TestWorkspace tw;
    const auto init = test::runCtl(ctlArgs(
        tw.path(), {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Old PC PG")}));
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const QString recoveryKey = jsonOut(init).value(QStringLiteral("recoveryKey")).toString();
    const auto add =
        test::runCtl(ctlArgs(tw.path(), {QStringLiteral("property"), QStringLiteral("add"),
                                         QStringLiteral("--name"), QStringLiteral("Indiranagar"),
                                         QStringLiteral("--city"), QStringLiteral("Bengaluru"),
                                         QStringLiteral("--state-code"), QStringLiteral("29")}));
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    const QString backup = tw.scratch(QStringLiteral("old-pc.rfb"));
    ASSERT_EQ(test::runCtl(
                  ctlArgs(tw.path(), {QStringLiteral("backup"), QStringLiteral("--out"), backup}))
                  .exitCode,
              0);

    // On the new PC: restore without the recovery key is refused, with it the workspace is made
    // (and its keys kept in the new keyring), then a backup written there proves the data came.
    const QString newPc = tw.scratch(QStringLiteral("new-pc"));
    const QString again = tw.scratch(QStringLiteral("from-new-pc.rfb"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RENTFLOW_IN_KEYRING_SESSION"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("CTL"), test::ctlPath());
    env.insert(QStringLiteral("WS"), newPc);
    env.insert(QStringLiteral("FROM"), backup);
    env.insert(QStringLiteral("AGAIN"), again);
    env.insert(QStringLiteral("RF_RECOVERY"), recoveryKey.toLower()); // as typed, any case
    const QString script = QStringLiteral(
        "\"$CTL\" restore --from \"$FROM\" --workspace \"$WS-x\"; echo \"without=$?\"; "
        "\"$CTL\" restore --from \"$FROM\" --workspace \"$WS\" --recovery-key-env RF_RECOVERY "
        "--json; echo \"with=$?\"; "
        "\"$CTL\" check --workspace \"$WS\" --json; echo \"check=$?\"; "
        "\"$CTL\" backup --out \"$AGAIN\" --workspace \"$WS\"; echo \"backup=$?\"");
    const auto newPcRun =
        test::runProgram(QStringLiteral(RENTFLOW_WITH_KEYRING),
                         {QStringLiteral("sh"), QStringLiteral("-c"), script}, env);
    ASSERT_EQ(newPcRun.exitCode, 0) << newPcRun.err.toStdString();
    EXPECT_TRUE(newPcRun.out.contains(QStringLiteral("without=2"))) << newPcRun.out.toStdString();
    EXPECT_TRUE(newPcRun.err.contains(QStringLiteral("recovery-key-env")));
    EXPECT_TRUE(newPcRun.out.contains(QStringLiteral("with=0"))) << newPcRun.err.toStdString();
    EXPECT_TRUE(newPcRun.out.contains(QStringLiteral("\"workspace\":\"%1\"").arg(newPc)));
    EXPECT_TRUE(newPcRun.out.contains(QStringLiteral("check=0")));
    EXPECT_TRUE(newPcRun.out.contains(QStringLiteral("backup=0")));
    EXPECT_EQ(jsonFile(newPc + QStringLiteral("/workspace.json"))
                  .value(QStringLiteral("keyMode"))
                  .toString(),
              QStringLiteral("keychain"));
    // The new PC's backup opens with the same recovery key and holds the property.
    EXPECT_EQ(countIn(again, recoveryKey,
                      QStringLiteral("SELECT count(*) FROM property WHERE name = 'Indiranagar'")),
              1);
}
