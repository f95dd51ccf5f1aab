#include <organisation/OrganisationRepository.h>
#include <residents/ResidentRepository.h>
#include <store/Migrator.h>
#include <store/Workspace.h>
#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/FakeKeyStore.h>
#include <support/TestWorkspace.h>

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;
using rentflow::store::StoreError;
using rentflow::store::Workspace;
using rentflow::test::TestWorkspace;

namespace {

void addOrganisationAndResident(Workspace& ws)
{
    ASSERT_TRUE(OrganisationRepository(ws.store())
                    .create({QStringLiteral("Sunrise PG"), {}, {}, {}, {}, {}})
                    .ok());
    auto id =
        ResidentRepository(ws.store())
            .add({QStringLiteral("Lakshmi Narayanan"), QStringLiteral("98450 12345"), {}, {}, {}});
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
}

StoreError openError(const TestWorkspace& tw, const store::KeySource& keys)
{
    auto opened = Workspace::open(tw.path(), keys, TestWorkspace::actor());
    EXPECT_FALSE(opened.ok());
    return opened.ok() ? StoreError{StoreError::Code::Io, QStringLiteral("opened")}
                       : opened.error();
}

QString pragma(Workspace& ws, const QString& name)
{
    QSqlQuery q(ws.store().database());
    EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA ") + name));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST(Workspace, CreatesAndReopensWithPassphrase)
{
    TestWorkspace tw;
    {
        auto ws = tw.create();
        ASSERT_TRUE(ws);
        addOrganisationAndResident(*ws);
    }
    auto ws = tw.open();
    ASSERT_TRUE(ws);
    EXPECT_EQ(ResidentRepository(ws->store()).list().value().size(), 1);
    EXPECT_EQ(ws->manifest().keyMode, store::WorkspaceManifest::KeyMode::Passphrase);
}

TEST(Workspace, NamesAndPhonesNeverAppearInClearOnDisk)
{
    TestWorkspace tw;
    auto ws = tw.create();
    ASSERT_TRUE(ws);
    addOrganisationAndResident(*ws);
    // While open: the WAL holds the latest pages; after close, the main file does.
    const QByteArray whileOpen = test::allFileBytes(tw.path());
    ws.reset();
    const QByteArray afterClose = test::allFileBytes(tw.path());
    for (const QByteArray& bytes : {whileOpen, afterClose}) {
        EXPECT_FALSE(test::containsText(bytes, QStringLiteral("Lakshmi")));
        EXPECT_FALSE(test::containsText(bytes, QStringLiteral("Narayanan")));
        EXPECT_FALSE(test::containsText(bytes, QStringLiteral("9845012345")));
        EXPECT_FALSE(test::containsText(bytes, QStringLiteral("Sunrise")));
    }
    EXPECT_NE(test::readFile(tw.dbPath()).left(16), QByteArray("SQLite format 3\0", 16));
}

TEST(Workspace, ConnectionUsesWalForeignKeysSecureDeleteAndMemoryTemp)
{
    TestWorkspace tw;
    auto ws = tw.create();
    ASSERT_TRUE(ws);
    EXPECT_EQ(pragma(*ws, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*ws, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(pragma(*ws, QStringLiteral("secure_delete")), QStringLiteral("1"));
    EXPECT_EQ(pragma(*ws, QStringLiteral("temp_store")), QStringLiteral("2")); // MEMORY
    EXPECT_EQ(pragma(*ws, QStringLiteral("user_version")),
              QString::number(store::Migrator::latestVersion()));
}

TEST(Workspace, WrongPassphraseIsRefusedAndTheFileIsUntouched)
{
    TestWorkspace tw;
    tw.create().reset();
    const QByteArray before = test::readFile(tw.dbPath());
    store::KeySource keys;
    keys.passphrase = QStringLiteral("not the passphrase");
    const StoreError error = openError(tw, keys);
    EXPECT_EQ(error.code, StoreError::Code::WrongKey);
    EXPECT_TRUE(error.message.contains(QStringLiteral("does not open")));
    EXPECT_EQ(test::readFile(tw.dbPath()), before);
}

TEST(Workspace, DamagedFileIsRefusedAndTheFileIsUntouched)
{
    TestWorkspace tw;
    {
        auto ws = tw.create();
        ASSERT_TRUE(ws);
        addOrganisationAndResident(*ws);
        for (int i = 0; i < 300; ++i) // enough rows for several pages
            ResidentRepository(ws->store())
                .add({QStringLiteral("Resident Number"),
                      QStringLiteral("98450%1").arg(10000 + i),
                      {},
                      {},
                      {}});
    }
    test::flipBytesMidFile(tw.dbPath());
    const QByteArray before = test::readFile(tw.dbPath());
    const StoreError error = openError(tw, tw.passphraseKeys());
    EXPECT_EQ(error.code, StoreError::Code::Damaged);
    EXPECT_TRUE(error.message.contains(QStringLiteral("damaged")));
    EXPECT_EQ(test::readFile(tw.dbPath()), before);
}

TEST(Workspace, NewerSchemaIsRefusedAndTheFileIsUntouched)
{
    TestWorkspace tw;
    {
        auto ws = tw.create();
        ASSERT_TRUE(ws);
        QSqlQuery q(ws->store().database());
        ASSERT_TRUE(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(store::Migrator::latestVersion() + 1)));
    }
    const QByteArray before = test::readFile(tw.dbPath());
    const StoreError error = openError(tw, tw.passphraseKeys());
    EXPECT_EQ(error.code, StoreError::Code::NewerSchema);
    EXPECT_TRUE(error.message.contains(QStringLiteral("newer RentFlow")));
    EXPECT_EQ(test::readFile(tw.dbPath()), before);
}

TEST(Workspace, PassphraseWorkspaceWithoutPassphraseHasNoKey)
{
    TestWorkspace tw;
    tw.create().reset();
    test::FakeKeyStore keychain;
    store::KeySource keys;
    keys.keychain = &keychain;
    EXPECT_EQ(openError(tw, keys).code, StoreError::Code::NoKey);
}

TEST(Workspace, KeychainWorkspaceKeepsARandomRawKeyInTheKeychain)
{
    TestWorkspace tw;
    test::FakeKeyStore keychain;
    store::KeySource keys;
    keys.keychain = &keychain;
    {
        auto created = Workspace::create(tw.path(), keys, TestWorkspace::actor());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        EXPECT_EQ(created.value()->manifest().keyMode, store::WorkspaceManifest::KeyMode::Keychain);
    }
    ASSERT_EQ(keychain.entries.size(), 1);
    const QString key = keychain.entries.begin().value();
    EXPECT_TRUE(key.startsWith(QStringLiteral("x'")));
    EXPECT_EQ(key.size(), 67); // x' + 64 hex digits + '
    EXPECT_TRUE(Workspace::open(tw.path(), keys, TestWorkspace::actor()).ok());

    keychain.nextStatus = store::KeyStore::Status::Unavailable;
    EXPECT_EQ(openError(tw, keys).code, StoreError::Code::NoKey);
    keychain.nextStatus = store::KeyStore::Status::Ok;
    keychain.entries.clear();
    const StoreError missing = openError(tw, keys);
    EXPECT_EQ(missing.code, StoreError::Code::NoKey);
    EXPECT_TRUE(missing.message.contains(QStringLiteral("holds no key")));
}

TEST(Workspace, CreateWithoutAnyKeychainAsksForAPassphraseAndLeavesNothing)
{
    TestWorkspace tw;
    test::FakeKeyStore keychain;
    keychain.nextStatus = store::KeyStore::Status::Unavailable;
    store::KeySource keys;
    keys.keychain = &keychain;
    auto created = Workspace::create(tw.path(), keys, TestWorkspace::actor());
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, StoreError::Code::NoKey);
    EXPECT_TRUE(created.error().message.contains(QStringLiteral("passphrase")));
    EXPECT_FALSE(QFile::exists(tw.dbPath()));
}

TEST(Workspace, RefusesShortPassphrasesAndExistingWorkspaces)
{
    TestWorkspace tw;
    store::KeySource shortKey;
    shortKey.passphrase = QStringLiteral("short");
    auto refused = Workspace::create(tw.path(), shortKey, TestWorkspace::actor());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, StoreError::Code::InvalidInput);
    tw.create().reset();
    auto again = Workspace::create(tw.path(), tw.passphraseKeys(), TestWorkspace::actor());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, StoreError::Code::AlreadyExists);
}

TEST(Workspace, MissingWorkspaceIsNotFound)
{
    TestWorkspace tw;
    EXPECT_EQ(openError(tw, tw.passphraseKeys()).code, StoreError::Code::NotFound);
}
