#include <organisation/OrganisationRepository.h>
#include <residents/ResidentRepository.h>
#include <store/DatabaseOpener.h>
#include <store/IntegrityCheck.h>
#include <store/Migrator.h>
#include <store/Workspace.h>
#include <store/WorkspaceBackup.h>
#include <store/WorkspaceManifest.h>
#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/FakeKeyStore.h>
#include <support/TestWorkspace.h>

#include <QFile>
#include <QFileInfo>
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

TEST(Workspace, OpeningDoesNotScanTheWholeFileButTheIntegrityCheckDoes)
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
    {
        // Ballast that opening never reads: 200 rows of 12 KiB (~2.4 MB) after the
        // ~1.3 MB of schema pages, so the middle of the file is one of its pages.
        auto ws = tw.open();
        ASSERT_TRUE(ws);
        QSqlQuery q(ws->store().database());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE ballast (x BLOB)")));
        for (int i = 0; i < 200; ++i)
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO ballast VALUES (randomblob(12288))")));
    }
    // A page deep in the file goes bad; page 1, the schema and what opening reads are whole.
    test::flipBytesMidFile(tw.dbPath());
    auto ws = tw.open(); // the last close was clean: no scan, so it opens
    ASSERT_TRUE(ws);
    const QStringList problems = store::IntegrityCheck::problems(*ws);
    EXPECT_FALSE(problems.isEmpty());
}

TEST(Workspace, FirstPageDamageIsToldApartFromAWrongKey)
{
    TestWorkspace tw;
    {
        auto ws = tw.create();
        ASSERT_TRUE(ws);
        addOrganisationAndResident(*ws);
    }
    // Bytes 100..163 of page 1 (after SQLCipher's 16-byte salt) inverted.
    {
        QFile file(tw.dbPath());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(100);
        QByteArray bytes = file.read(64);
        for (char& b : bytes)
            b = char(~b);
        file.seek(100);
        file.write(bytes);
    }
    const QByteArray before = test::readFile(tw.dbPath());
    const StoreError damaged = openError(tw, tw.passphraseKeys());
    EXPECT_EQ(damaged.code, StoreError::Code::Damaged);
    EXPECT_TRUE(damaged.message.contains(QStringLiteral("first page")));
    EXPECT_TRUE(damaged.message.contains(QStringLiteral("Restore the latest backup")));
    store::KeySource wrong;
    wrong.passphrase = QStringLiteral("not the passphrase");
    const StoreError wrongKey = openError(tw, wrong);
    EXPECT_EQ(wrongKey.code, StoreError::Code::WrongKey);
    EXPECT_EQ(test::readFile(tw.dbPath()), before);
}

TEST(Workspace, FirstPageDamageOfAKeychainWorkspaceIsDamageToo)
{
    TestWorkspace tw;
    test::FakeKeyStore keychain;
    store::KeySource keys;
    keys.keychain = &keychain;
    ASSERT_TRUE(Workspace::create(tw.path(), keys, TestWorkspace::actor()).ok());
    {
        QFile file(tw.dbPath());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(40);
        file.write(QByteArray(32, '\x5a'));
    }
    EXPECT_EQ(openError(tw, keys).code, StoreError::Code::Damaged);
    // Another workspace's key in the keychain entry: a wrong key, not damage.
    for (auto it = keychain.entries.begin(); it != keychain.entries.end(); ++it)
        if (!it.key().endsWith(QStringLiteral("-recovery")))
            it.value() = Workspace::generateRawKey();
    EXPECT_EQ(openError(tw, keys).code, StoreError::Code::WrongKey);
}

TEST(Workspace, AnEmptiedOrMissingDatabaseIsDamageNeverANewWorkspace)
{
    TestWorkspace tw;
    tw.create().reset();
    ASSERT_TRUE(QFile::resize(tw.dbPath(), 0));
    const StoreError empty = openError(tw, tw.passphraseKeys());
    EXPECT_EQ(empty.code, StoreError::Code::Damaged);
    EXPECT_TRUE(empty.message.contains(QStringLiteral("empty")));
    EXPECT_TRUE(empty.message.contains(QStringLiteral("restore")));
    EXPECT_EQ(QFileInfo(tw.dbPath()).size(), 0); // untouched: still empty

    ASSERT_TRUE(QFile::remove(tw.dbPath()));
    const StoreError missing = openError(tw, tw.passphraseKeys());
    EXPECT_EQ(missing.code, StoreError::Code::Damaged);
    EXPECT_TRUE(missing.message.contains(QStringLiteral("missing")));
    EXPECT_FALSE(QFile::exists(tw.dbPath()));
}

TEST(Workspace, FilesAndFoldersAreTheOwnersAlone)
{
    TestWorkspace tw;
    auto ws = tw.create();
    ASSERT_TRUE(ws);
    addOrganisationAndResident(*ws); // the WAL and shm files exist while open
    const auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto ownerOnlyFolder = ownerOnlyFile | QFileDevice::ExeOwner;
    // Qt reports the owner's bits twice (ReadOwner and ReadUser): compare the "other" bits.
    auto othersAndGroup = [](const QString& path) {
        return QFile::permissions(path) &
               (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    };
    for (const QString& name :
         {QStringLiteral("rentflow.db"), QStringLiteral("rentflow.db-wal"),
          QStringLiteral("rentflow.db-shm"), QStringLiteral("workspace.json")}) {
        const QString path = tw.path() + QLatin1Char('/') + name;
        ASSERT_TRUE(QFile::exists(path)) << name.toStdString();
        EXPECT_EQ(othersAndGroup(path), QFileDevice::Permissions()) << name.toStdString();
        EXPECT_TRUE((QFile::permissions(path) & ownerOnlyFile) == ownerOnlyFile);
    }
    for (const QString& folder : {tw.path(), tw.path() + QStringLiteral("/sessions")}) {
        EXPECT_EQ(othersAndGroup(folder), QFileDevice::Permissions()) << folder.toStdString();
        EXPECT_TRUE((QFile::permissions(folder) & ownerOnlyFolder) == ownerOnlyFolder);
    }
    const QString backup = tw.scratch(QStringLiteral("b.rfb"));
    ASSERT_TRUE(store::WorkspaceBackup::create(*ws, backup).ok());
    EXPECT_EQ(othersAndGroup(backup), QFileDevice::Permissions());
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
    // Two entries: the database key and the recovery key, named after the workspace id.
    ASSERT_EQ(keychain.entries.size(), 2);
    const QString id = store::WorkspaceManifest::load(tw.path()).value().workspaceId;
    ASSERT_TRUE(keychain.entries.contains(QStringLiteral("workspace-") + id));
    ASSERT_TRUE(keychain.entries.contains(QStringLiteral("workspace-%1-recovery").arg(id)));
    const QString key = keychain.entries.value(QStringLiteral("workspace-") + id);
    EXPECT_TRUE(key.startsWith(QStringLiteral("x'")));
    // 32 base-32 characters in 8 groups of 4, joined by 7 dashes: 39 characters.
    EXPECT_EQ(keychain.entries.value(QStringLiteral("workspace-%1-recovery").arg(id)).size(), 39);
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

TEST(Workspace, ARecoveryKeyMadeAtABackupIsHandedOverOnceAndOpensTheBackup)
{
    TestWorkspace tw;
    test::FakeKeyStore keychain;
    store::KeySource keys;
    keys.keychain = &keychain;
    {
        auto created = Workspace::create(tw.path(), keys, TestWorkspace::actor());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }
    // A workspace made before recovery keys: its keychain has only the database key.
    const QString id = store::WorkspaceManifest::load(tw.path()).value().workspaceId;
    ASSERT_EQ(keychain.entries.remove(QStringLiteral("workspace-%1-recovery").arg(id)), 1);
    auto ws = Workspace::open(tw.path(), keys, TestWorkspace::actor());
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    EXPECT_FALSE(ws.value()->takeNewRecoveryKey()); // nothing made by opening

    const QString backup = tw.scratch(QStringLiteral("first.rfb"));
    ASSERT_TRUE(store::WorkspaceBackup::create(*ws.value(), backup).ok());
    const auto handed = ws.value()->takeNewRecoveryKey();
    ASSERT_TRUE(handed.has_value()); // the caller must show it: the backup needs it elsewhere
    EXPECT_EQ(*handed, keychain.entries.value(QStringLiteral("workspace-%1-recovery").arg(id)));
    EXPECT_FALSE(ws.value()->takeNewRecoveryKey()); // once
    // The backup opens with the key handed over, used as a passphrase.
    auto opened = store::DatabaseOpener::openExisting(backup, *handed,
                                                      store::DatabaseOpener::Access::ReadOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    store::DatabaseOpener::close(opened.value());
    // A second backup uses the same key and hands nothing over.
    ASSERT_TRUE(
        store::WorkspaceBackup::create(*ws.value(), tw.scratch(QStringLiteral("second.rfb"))).ok());
    EXPECT_FALSE(ws.value()->takeNewRecoveryKey());
}
