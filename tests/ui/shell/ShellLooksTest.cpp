// The shell as an office manager sees it: the window on a demo PG and its dialogs, rendered
// at 1366×768 to PNG files (in $TMPDIR/rentflow-shell-png) to look at.
#include "ShellTestSupport.h"

#include "../ScriptedPrompts.h"
#include <shell/MainWindow.h>
#include <shell/QuickFindDialog.h>
#include <shell/ShortcutsDialog.h>
#include <startup/FirstPropertyDialog.h>
#include <startup/FirstRunChoiceDialog.h>
#include <startup/RestoreBackupDialog.h>
#include <startup/WorkspaceLauncher.h>
#include <support/FakeKeyStore.h>
#include <support/TestWorkspace.h>

#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

QString saved(QWidget& widget, const QString& name)
{
    const QString folder = QDir::temp().filePath(QStringLiteral("rentflow-shell-png"));
    QDir().mkpath(folder);
    const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
    return widget.grab().save(file) ? file : QString();
}

} // namespace

TEST(ShellLooks, RendersTheWindowAndDialogsAt1366x768)
{
    test::freshSettings();
    test::TestWorkspace tw;
    test::ScriptedPrompts prompts;
    prompts.firstRuns = {ui::LaunchPrompts::FirstRun::ExploreDemo};
    test::FakeKeyStore keychain;
    ui::WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    ASSERT_EQ(launcher.launch(tw.path(), std::nullopt), ui::WorkspaceLauncher::Outcome::Opened);
    ui::MainWindow window(launcher.takeWorkspace());
    window.markAsDemo();
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(saved(window, QStringLiteral("main-window")).isEmpty());

    ui::QuickFindDialog find(window.context(), ui::screenCatalog() + test::testScreens(), &window);
    find.show();
    find.findChild<QLineEdit*>(QStringLiteral("quickFindLineEdit"))->setText(QStringLiteral("10"));
    EXPECT_FALSE(saved(find, QStringLiteral("quick-find")).isEmpty());

    ui::ShortcutsDialog keys(ui::ShortcutsDialog::menuGroups(window.menuBar()), &window);
    keys.show();
    EXPECT_FALSE(saved(keys, QStringLiteral("shortcuts")).isEmpty());

    ui::FirstRunChoiceDialog choice;
    choice.show();
    EXPECT_FALSE(saved(choice, QStringLiteral("first-run")).isEmpty());
    ui::FirstPropertyDialog property;
    property.show();
    property.showErrors({{QStringLiteral("pincode"), QStringLiteral("is six digits")}});
    EXPECT_FALSE(saved(property, QStringLiteral("first-property")).isEmpty());
    ui::RestoreBackupDialog restore(ui::RestoreBackupDialog::Occasion::ReplaceOpen);
    restore.show();
    EXPECT_FALSE(saved(restore, QStringLiteral("restore")).isEmpty());
    QDir(ui::WorkspaceLauncher::demoDirectory(tw.path())).removeRecursively();
}
