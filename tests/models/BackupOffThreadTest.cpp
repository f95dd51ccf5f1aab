// WorkspaceBackup in steps: the copy written from another thread on its own connection
// (the desktop's File ▸ Back up), while the main connection stays on its thread.
#include <billing/BooksCheck.h>
#include <store/DatabaseOpener.h>
#include <store/Store.h>
#include <store/WorkspaceBackup.h>
#include <support/SamplePg.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

using namespace rentflow;
using store::WorkspaceBackup;

TEST(WorkspaceBackup, WrittenFromAnotherThreadItOpensAndHoldsTheData)
{
    test::SamplePg pg; // two residents
    const QString file = pg.files.scratch(QStringLiteral("off-thread.rfb"));
    auto pending = WorkspaceBackup::prepare(*pg.workspace, file);
    ASSERT_TRUE(pending.ok()) << pending.error().message.toStdString();
    // The partial is recorded, so a killed program's leftover is removed at the next start.
    store::StoreStatus written = store::Done{};
    QThread* worker = QThread::create([&] {
        const auto connection =
            pg.workspace->openConnection(store::DatabaseOpener::Access::ReadWrite);
        if (!connection) {
            written = connection.error();
            return;
        }
        written = WorkspaceBackup::write(*pending.value(),
                                         QSqlDatabase::database(connection.value(), false));
        store::DatabaseOpener::close(connection.value());
    });
    worker->start();
    worker->wait();
    delete worker;
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const auto placed = WorkspaceBackup::finish(*pg.workspace, *pending.value(), written);
    ASSERT_TRUE(placed.ok());
    EXPECT_EQ(placed.value(), QFileInfo(file).absoluteFilePath());
    EXPECT_FALSE(QFile::exists(file + QStringLiteral(".partial")));

    // The copy opens with the workspace's passphrase and has both residents.
    auto opened = store::DatabaseOpener::openExisting(file, test::TestWorkspace::kPassphrase,
                                                      store::DatabaseOpener::Access::ReadOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    {
        QSqlQuery q(QSqlDatabase::database(opened.value(), false));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM resident")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 2);
    }
    store::DatabaseOpener::close(opened.value());
}

TEST(WorkspaceBackup, AFailedWriteLeavesNoFileAndFinishReportsIt)
{
    test::SamplePg pg;
    const QString file = pg.files.scratch(QStringLiteral("refused.rfb"));
    auto pending = WorkspaceBackup::prepare(*pg.workspace, file);
    ASSERT_TRUE(pending.ok());
    const store::StoreStatus failed =
        store::StoreError{store::StoreError::Code::Io, QStringLiteral("disk full")};
    const auto placed = WorkspaceBackup::finish(*pg.workspace, *pending.value(), failed);
    ASSERT_FALSE(placed.ok());
    EXPECT_EQ(placed.error().message, QStringLiteral("disk full"));
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_FALSE(QFile::exists(file + QStringLiteral(".partial")));
    // An existing file is refused at prepare(), before anything is written.
    QFile existing(file);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.close();
    EXPECT_FALSE(WorkspaceBackup::prepare(*pg.workspace, file).ok());
}

TEST(BooksCheck, VerifyThroughAWorkersConnectionFindsWhatTheMainOneFinds)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    pg.bill(u"2026-11"); // KORA/2627/0001
    const auto onWorker = [&] {
        QStringList found;
        QThread* worker = QThread::create([&] {
            const auto connection =
                pg.workspace->openConnection(store::DatabaseOpener::Access::ReadOnly);
            ASSERT_TRUE(connection.ok());
            {
                store::Store store(QSqlDatabase::database(connection.value(), false),
                                   pg.store().deviceId(), pg.store().actor());
                found = BooksCheck::workspaceProblems(store);
            }
            store::DatabaseOpener::close(connection.value());
        });
        worker->start();
        worker->wait();
        delete worker;
        return found;
    };
    EXPECT_EQ(onWorker(), QStringList());
    // The only invoice renumbered 0002: the series no longer starts at 0001.
    QSqlQuery renumber(pg.store().database());
    ASSERT_TRUE(renumber.exec(QStringLiteral(
        "UPDATE invoice SET number = 'KORA/2627/0002' WHERE number = 'KORA/2627/0001'")));
    const QStringList found = onWorker();
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().contains(QStringLiteral("not consecutive")))
        << found.first().toStdString();
    EXPECT_EQ(found, BooksCheck::workspaceProblems(*pg.workspace));
}
