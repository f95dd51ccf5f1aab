// The app's side of SPEC §1.5: the recovery key at setup and on demand, damage
// reported rather than a fresh workspace, and the background integrity check.
#include "ScriptedPrompts.h"
#include <inventory/PropertyRepository.h>
#include <shell/MainWindow.h>
#include <startup/RecoveryKeyDialog.h>
#include <startup/WorkspaceLauncher.h>
#include <support/FakeKeyStore.h>
#include <support/TestWorkspace.h>

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;
using rentflow::ui::WorkspaceLauncher;

namespace {

using RecordingPrompts = test::ScriptedPrompts;

// Processes events until the status bar says something containing `text` (at most 60 s).
bool statusSays(QMainWindow& window, const QString& text)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (window.statusBar()->currentMessage().contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST(StartupSafety, FirstRunInKeychainModeShowsTheRecoveryKeyOnce)
{
    test::TestWorkspace tw;
    RecordingPrompts prompts;
    prompts.organisations = {OrganisationInput{QStringLiteral("Sunrise PG"), {}, {}, {}, {}, {}}};
    test::FakeKeyStore keychain;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    ASSERT_EQ(launcher.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Opened);
    ASSERT_EQ(prompts.recoveryKeysShown.size(), 1);
    const QString id = launcher.takeWorkspace()->manifest().workspaceId;
    EXPECT_EQ(prompts.recoveryKeysShown.first(),
              keychain.entries.value(QStringLiteral("workspace-%1-recovery").arg(id)));
    // Opening again does not show it: it is shown once, then on request.
    WorkspaceLauncher again(prompts, keychain, test::TestWorkspace::actor());
    ASSERT_EQ(again.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Opened);
    EXPECT_EQ(prompts.recoveryKeysShown.size(), 1);
}

TEST(StartupSafety, AMissingDatabaseIsReportedAsDamageNotSetUpAfresh)
{
    test::TestWorkspace tw;
    tw.create().reset();
    ASSERT_TRUE(QFile::remove(tw.dbPath()));
    RecordingPrompts prompts;
    prompts.organisations = {OrganisationInput{QStringLiteral("Would Be New"), {}, {}, {}, {}, {}}};
    test::FakeKeyStore keychain;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    EXPECT_EQ(launcher.launch(tw.path(), test::TestWorkspace::kPassphrase),
              WorkspaceLauncher::Outcome::Failed);
    ASSERT_TRUE(launcher.failure());
    EXPECT_EQ(launcher.failure()->code, store::StoreError::Code::Damaged);
    EXPECT_EQ(prompts.errorTitles, QStringList{QStringLiteral("The workspace file is damaged")});
    EXPECT_EQ(prompts.organisations.size(), 1); // never asked to set up a new one
    EXPECT_EQ(prompts.firstRunAsks, 0);
    EXPECT_FALSE(QFile::exists(tw.dbPath()));
}

TEST(StartupSafety, RecoveryKeyDialogAtSetupWaitsUntilItIsWrittenDown)
{
    ui::RecoveryKeyDialog dialog(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"),
                                 ui::RecoveryKeyDialog::Occasion::Setup);
    dialog.show();
    auto* key = dialog.findChild<QLabel*>(QStringLiteral("keyLabel"));
    auto* written = dialog.findChild<QCheckBox*>(QStringLiteral("writtenCheckBox"));
    auto* done = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(key && written && done);
    EXPECT_EQ(key->text(), QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"));
    EXPECT_FALSE(done->isEnabled());
    written->setChecked(true);
    EXPECT_TRUE(done->isEnabled());
}

TEST(StartupSafety, ShowRecoveryKeyIsOfferedOnlyForKeychainWorkspaces)
{
    test::TestWorkspace tw;
    ui::MainWindow passphraseWindow(tw.create());
    auto* action = passphraseWindow.findChild<QAction*>(QStringLiteral("showRecoveryKeyAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled());

    test::TestWorkspace other;
    test::FakeKeyStore keychain;
    store::KeySource keys;
    keys.keychain = &keychain;
    auto created = store::Workspace::create(other.path(), keys, test::TestWorkspace::actor());
    ASSERT_TRUE(created.ok());
    ui::MainWindow keychainWindow(created.take());
    EXPECT_TRUE(
        keychainWindow.findChild<QAction*>(QStringLiteral("showRecoveryKeyAction"))->isEnabled());
}

TEST(StartupSafety, TheBackgroundCheckReportsASoundFile)
{
    test::TestWorkspace tw;
    ui::MainWindow window(tw.create());
    window.show();
    EXPECT_TRUE(statusSays(window, QStringLiteral("Data check passed")));
}

TEST(StartupSafety, TheBackgroundCheckFindsDamageOpeningDidNotLookFor)
{
    test::TestWorkspace tw;
    {
        auto ws = tw.create();
        ASSERT_TRUE(ws);
        ASSERT_TRUE(OrganisationRepository(ws->store())
                        .create({QStringLiteral("Sunrise PG"), {}, {}, {}, {}, {}})
                        .ok());
        for (int i = 0; i < 200; ++i) // several pages of properties
            ASSERT_TRUE(
                PropertyRepository(ws->store())
                    .add(
                        {QStringLiteral("P"), QStringLiteral("Pune"), QStringLiteral("27"), {}, {}})
                    .ok());
    }
    test::flipBytesMidFile(tw.dbPath());
    auto ws = tw.open(); // opens: the damage is deep in the file
    ASSERT_TRUE(ws);
    ui::MainWindow window(std::move(ws));
    window.show();
    ASSERT_TRUE(statusSays(window, QStringLiteral("damaged")));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("damageMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("restore the latest backup")));
}
