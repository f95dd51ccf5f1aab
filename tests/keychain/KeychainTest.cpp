// Runs under with-keyring.sh: a real gnome-keyring on a private D-Bus session.
#include <inventory/PropertyRepository.h>
#include <store/Workspace.h>
#include <store/keys/KeychainKeyStore.h>
#include <support/ProcessRunner.h>
#include <support/TestWorkspace.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace rentflow;
using rentflow::store::KeychainKeyStore;
using rentflow::store::KeyStore;

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

TEST(RealKeychain, WorkspaceKeyRoundTripsThroughTheKeychain)
{
    test::TestWorkspace tw;
    KeychainKeyStore keychain;
    store::KeySource keys;
    keys.keychain = &keychain;
    QString key;
    {
        auto created = store::Workspace::create(tw.path(), keys, test::TestWorkspace::actor());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        key = created.value()->key();
    }
    KeychainKeyStore another;
    keys.keychain = &another;
    auto opened = store::Workspace::open(tw.path(), keys, test::TestWorkspace::actor());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value()->key(), key);
    // The key is in the keychain only: not in the workspace folder, not in clear in HOME.
    const QString hex = key.mid(2, 64);
    EXPECT_FALSE(test::containsText(test::allFileBytes(tw.path()), hex));
    EXPECT_FALSE(test::containsText(test::allFileBytes(QDir::homePath()), hex));
}

TEST(RealKeychain, CliInitWithoutPassphraseUsesTheKeychain)
{
    test::TestWorkspace tw;
    const auto init = test::runCtl({QStringLiteral("init"), QStringLiteral("--org"),
                                    QStringLiteral("Keychain PG"), QStringLiteral("--workspace"),
                                    tw.path(), QStringLiteral("--json")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const auto add = test::runCtl(
        {QStringLiteral("--workspace"), tw.path(), QStringLiteral("property"),
         QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Indiranagar"),
         QStringLiteral("--city"), QStringLiteral("Bengaluru"), QStringLiteral("--state-code"),
         QStringLiteral("29"), QStringLiteral("--json")});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    EXPECT_FALSE(QJsonDocument::fromJson(add.out.toUtf8())
                     .object()
                     .value(QStringLiteral("id"))
                     .toString()
                     .isEmpty());
}
