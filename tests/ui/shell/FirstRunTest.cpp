// First run's three ways in (set up, demo, restore), driven through the launcher's prompts,
// and the real dialogs that answer them.
#include "../ScriptedPrompts.h"
#include "ModalResponder.h"
#include "ShellTestSupport.h"

#include <inventory/PropertyRepository.h>
#include <residents/ResidentRepository.h>
#include <shell/AppSession.h>
#include <startup/DialogPrompts.h>
#include <startup/FirstPropertyDialog.h>
#include <startup/FirstRunChoiceDialog.h>
#include <startup/RecoveryKeyDialog.h>
#include <startup/RestoreBackupDialog.h>
#include <startup/WorkspaceLauncher.h>
#include <store/CheckedRead.h>
#include <store/WorkspaceBackup.h>
#include <support/FakeKeyStore.h>
#include <support/SamplePg.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;
using ui::WorkspaceLauncher;
using FirstRun = ui::LaunchPrompts::FirstRun;

namespace {

qint64 count(store::Store& store, const QString& table)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table));
    return store::checkedValue(store, q, table).value().toLongLong();
}

OrganisationInput business()
{
    OrganisationInput org;
    org.name = QStringLiteral("Sunrise PG");
    org.stateCode = QStringLiteral("29");
    return org;
}

} // namespace

TEST(FirstRun, SetUpMyBusinessCreatesTheOrganisationAndItsFirstPropertyThenShowsTheKey)
{
    test::TestWorkspace tw;
    test::ScriptedPrompts prompts;
    prompts.organisations = {business()};
    PropertyInput bad = test::ScriptedPrompts::sampleProperty();
    bad.pincode = QStringLiteral("5600"); // four digits: refused, asked again
    PropertyInput good = test::ScriptedPrompts::sampleProperty();
    good.pincode = QStringLiteral("560034");
    prompts.properties = {bad, good};
    test::FakeKeyStore keychain;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    ASSERT_EQ(launcher.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Opened);
    EXPECT_FALSE(launcher.openedDemo());
    ASSERT_EQ(prompts.propertyErrorsShown.size(), 2);
    ASSERT_EQ(prompts.propertyErrorsShown.at(1).size(), 1);
    EXPECT_EQ(prompts.propertyErrorsShown.at(1).first().field, QStringLiteral("pincode"));
    EXPECT_EQ(prompts.recoveryKeysShown.size(), 1); // a keychain workspace: its key, once
    auto workspace = launcher.takeWorkspace();
    const auto properties = PropertyRepository(workspace->store()).list().value();
    ASSERT_EQ(properties.size(), 1);
    EXPECT_EQ(properties.first().name, QStringLiteral("Koramangala"));
    EXPECT_EQ(properties.first().city, QStringLiteral("Bengaluru"));
    EXPECT_EQ(properties.first().pincode, QStringLiteral("560034"));
    EXPECT_EQ(properties.first().kind, QStringLiteral("pg"));
}

TEST(FirstRun, CancellingTheFirstPropertyLeavesNothingBehind)
{
    test::TestWorkspace tw;
    test::ScriptedPrompts prompts;
    prompts.organisations = {business()};
    prompts.properties.clear(); // the user cancels the property page
    test::FakeKeyStore keychain;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    EXPECT_EQ(launcher.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Cancelled);
    EXPECT_FALSE(QFile::exists(tw.dbPath()));
}

TEST(FirstRun, ExploreADemoPgMakesASeparateDemoWorkspaceAndOpensItAgainLater)
{
    test::TestWorkspace tw;
    test::FakeKeyStore keychain;
    const QString demo = WorkspaceLauncher::demoDirectory(tw.path());
    EXPECT_EQ(demo, tw.path() + QStringLiteral("-demo"));
    qint64 residents = 0;
    {
        test::ScriptedPrompts prompts;
        prompts.firstRuns = {FirstRun::ExploreDemo};
        WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
        ASSERT_EQ(launcher.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Opened);
        EXPECT_TRUE(launcher.openedDemo());
        EXPECT_EQ(prompts.longWork, QStringList{QStringLiteral("Making the demo PG…")});
        auto workspace = launcher.takeWorkspace();
        EXPECT_EQ(workspace->directory(), demo);
        residents = count(workspace->store(), QStringLiteral("resident"));
        EXPECT_GT(residents, 100); // DemoData's 200 beds, most of them let
        EXPECT_GT(count(workspace->store(), QStringLiteral("invoice")), 0);
        // The window says DEMO.
        ui::MainWindow window(std::move(workspace), test::testScreens());
        window.markAsDemo();
        EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("DEMO — ")));
    }
    // The real workspace was never made; the next start offers the choice again, and the
    // demo opens as it was, not made again.
    EXPECT_FALSE(store::WorkspaceManifest::existsIn(tw.path()));
    test::ScriptedPrompts prompts;
    prompts.firstRuns = {FirstRun::ExploreDemo};
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    ASSERT_EQ(launcher.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Opened);
    EXPECT_TRUE(prompts.longWork.isEmpty());
    EXPECT_EQ(count(launcher.takeWorkspace()->store(), QStringLiteral("resident")), residents);
    QDir(demo).removeRecursively();
}

TEST(FirstRun, RestoreFromABackupOnANewPcAsksAgainWhenRefusedThenOpens)
{
    test::SamplePg pg; // a passphrase workspace with two residents
    const QString backup = pg.files.scratch(QStringLiteral("moving.rfb"));
    ASSERT_TRUE(store::WorkspaceBackup::create(*pg.workspace, backup).ok());
    test::TestWorkspace newPc;
    test::ScriptedPrompts prompts;
    prompts.firstRuns = {FirstRun::RestoreBackup};
    prompts.restores = {ui::RestoreRequest{backup, QStringLiteral("not the passphrase"), false},
                        ui::RestoreRequest{backup, test::TestWorkspace::kPassphrase, false}};
    test::FakeKeyStore keychain;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    ASSERT_EQ(launcher.launch(newPc.path(), std::nullopt), WorkspaceLauncher::Outcome::Opened);
    // Asked first with no problem, then with why the wrong passphrase was refused.
    ASSERT_EQ(prompts.restoreProblems.size(), 2);
    EXPECT_FALSE(prompts.restoreProblems.at(0).has_value());
    ASSERT_TRUE(prompts.restoreProblems.at(1).has_value());
    EXPECT_EQ(prompts.longWork.size(), 2);
    EXPECT_TRUE(prompts.passphraseProblems.isEmpty()); // the passphrase typed opened it
    auto workspace = launcher.takeWorkspace();
    EXPECT_EQ(workspace->directory(), newPc.path());
    EXPECT_EQ(count(workspace->store(), QStringLiteral("resident")), 2);
}

TEST(AppSession, FileRestoreClosesTheWindowRestoresAndOpensTheWorkspaceAgain)
{
    test::freshSettings();
    test::SamplePg pg; // two residents
    const QString backup = pg.files.scratch(QStringLiteral("before-ravi.rfb"));
    ASSERT_TRUE(store::WorkspaceBackup::create(*pg.workspace, backup).ok());
    ASSERT_TRUE(ResidentRepository(pg.store())
                    .add({QStringLiteral("Ravi Kumar"), QStringLiteral("9845012399"), {}, {}, {}})
                    .ok());
    const QString directory = pg.workspace->directory();
    pg.workspace.reset();

    test::ScriptedPrompts prompts;
    test::FakeKeyStore keychain;
    ui::AppSession session(prompts, keychain, test::TestWorkspace::actor());
    session.setWindowFactory([](std::unique_ptr<store::Workspace> workspace) {
        return std::make_unique<ui::MainWindow>(std::move(workspace), test::testScreens());
    });
    ASSERT_EQ(session.start(directory, test::TestWorkspace::kPassphrase),
              WorkspaceLauncher::Outcome::Opened);
    EXPECT_EQ(count(session.window()->context().store(), QStringLiteral("resident")), 3);

    // Refused (Ravi was added after the backup, and "replace anyway" is not ticked): the
    // reason is shown, and the workspace opens again as it was (its passphrase asked).
    prompts.passphrases = {test::TestWorkspace::kPassphrase};
    EXPECT_EQ(session.restore({backup, test::TestWorkspace::kPassphrase, false}),
              WorkspaceLauncher::Outcome::Cancelled);
    EXPECT_EQ(prompts.errorTitles.size(), 1);
    ASSERT_NE(session.window(), nullptr);
    EXPECT_EQ(count(session.window()->context().store(), QStringLiteral("resident")), 3);

    // Replace anyway: the new window shows the backup's two residents.
    EXPECT_EQ(session.restore({backup, test::TestWorkspace::kPassphrase, true}),
              WorkspaceLauncher::Outcome::Opened);
    ASSERT_NE(session.window(), nullptr);
    EXPECT_TRUE(session.window()->isVisible());
    EXPECT_EQ(count(session.window()->context().store(), QStringLiteral("resident")), 2);
    // The replaced file is kept in the workspace's backups folder.
    EXPECT_FALSE(QDir(directory + QStringLiteral("/backups")).entryList(QDir::Files).isEmpty());
}

TEST(FirstRunChoiceDialog, EachWayInIsAButtonWithAMnemonic)
{
    for (const auto& [key, expected] : {std::pair{Qt::Key_S, FirstRun::SetUpBusiness},
                                        std::pair{Qt::Key_E, FirstRun::ExploreDemo},
                                        std::pair{Qt::Key_R, FirstRun::RestoreBackup}}) {
        ui::FirstRunChoiceDialog dialog;
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, key, Qt::AltModifier);
        // A mnemonic presses its button visibly: the click comes a moment later.
        EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }));
        EXPECT_EQ(dialog.choice(), expected);
    }
}

TEST(FirstPropertyDialog, BadInputIsRefusedNextToTheFieldAndWhatWasTypedStays)
{
    ui::FirstPropertyDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("propertyNameLineEdit"));
    auto* city = dialog.findChild<QLineEdit*>(QStringLiteral("cityLineEdit"));
    auto* pincode = dialog.findChild<QLineEdit*>(QStringLiteral("pincodeLineEdit"));
    auto* state = dialog.findChild<QComboBox*>(QStringLiteral("propertyStateComboBox"));
    ASSERT_TRUE(name && city && pincode && state);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Koramangala"));
    QTest::keyClicks(pincode, QStringLiteral("5600"));
    QTest::keyClick(pincode, Qt::Key_Return);
    // City and state are required, the pincode has six digits: each said beside its field.
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.messageFor(QStringLiteral("city")).isEmpty());
    EXPECT_FALSE(dialog.messageFor(QStringLiteral("state-code")).isEmpty());
    EXPECT_FALSE(dialog.messageFor(QStringLiteral("pincode")).isEmpty());
    EXPECT_TRUE(dialog.messageFor(QStringLiteral("name")).isEmpty());
    EXPECT_EQ(name->text(), QStringLiteral("Koramangala"));
    EXPECT_EQ(pincode->text(), QStringLiteral("5600"));

    QTest::keyClicks(city, QStringLiteral("Bengaluru"));
    state->setCurrentIndex(state->findData(QStringLiteral("29")));
    pincode->setText(QStringLiteral("560034"));
    QTest::keyClick(pincode, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.input().city, QStringLiteral("Bengaluru"));
    EXPECT_EQ(dialog.input().stateCode, QStringLiteral("29"));
}

TEST(RestoreBackupDialog, ANewPcNeedsAFileThatExistsAndAKeyEachSaidBesideItsField)
{
    test::TestWorkspace tw;
    ui::RestoreBackupDialog dialog(ui::RestoreBackupDialog::Occasion::NewPc);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("backupFileLineEdit"));
    auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("restoreKeyLineEdit"));
    ASSERT_TRUE(file && key);
    file->setFocus();
    QTest::keyClicks(file, tw.scratch(QStringLiteral("missing.rfb")));
    QTest::keyClick(file, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(
        dialog.messageFor(QStringLiteral("from")).startsWith(QStringLiteral("There is no file")));
    EXPECT_FALSE(dialog.messageFor(QStringLiteral("recovery-key-env")).isEmpty());
    EXPECT_EQ(file->text(), tw.scratch(QStringLiteral("missing.rfb"))); // kept
    // A refusal from the restore itself goes beside the field it names.
    dialog.showError(store::StoreError::invalid(
        {{QStringLiteral("recovery-key-env"), QStringLiteral("is not a recovery key")}}));
    EXPECT_EQ(dialog.messageFor(QStringLiteral("recovery-key-env")),
              QStringLiteral("is not a recovery key"));
}

TEST(RecoveryKeyDialog, PrintsTheKeyOnAPage)
{
    test::TestWorkspace tw;
    ui::RecoveryKeyDialog dialog(QStringLiteral("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"),
                                 ui::RecoveryKeyDialog::Occasion::Setup);
    const QString pdf = tw.scratch(QStringLiteral("key.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    dialog.printTo(printer);
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.read(5).startsWith("%PDF"));
    EXPECT_GT(written.size(), 1000);
}

TEST(DialogPrompts, AnswerTheLauncherWithTheRealDialogs)
{
    ui::DialogPrompts prompts;
    {
        test::ModalResponder responder([](QWidget* modal) {
            if (auto* choice = qobject_cast<ui::FirstRunChoiceDialog*>(modal))
                QTest::keyClick(choice, Qt::Key_E, Qt::AltModifier);
        });
        EXPECT_EQ(prompts.askFirstRun(), FirstRun::ExploreDemo);
    }
    {
        // Asked again after a refusal: the typing comes back with the error beside its field.
        PropertyInput previous = test::ScriptedPrompts::sampleProperty();
        previous.pincode = QStringLiteral("5600");
        QString shownError;
        test::ModalResponder responder([&](QWidget* modal) {
            auto* dialog = qobject_cast<ui::FirstPropertyDialog*>(modal);
            if (!dialog)
                return;
            shownError = dialog->messageFor(QStringLiteral("pincode"));
            auto* pincode = dialog->findChild<QLineEdit*>(QStringLiteral("pincodeLineEdit"));
            pincode->setText(QStringLiteral("560034"));
            QTest::keyClick(pincode, Qt::Key_Return);
        });
        const auto answer = prompts.askFirstProperty(
            {{QStringLiteral("pincode"), QStringLiteral("is six digits")}}, previous);
        ASSERT_TRUE(answer.has_value());
        EXPECT_EQ(shownError, QStringLiteral("is six digits"));
        EXPECT_EQ(answer->name, QStringLiteral("Koramangala"));
        EXPECT_EQ(answer->pincode, QStringLiteral("560034"));
    }
    {
        test::ModalResponder responder([](QWidget* modal) {
            if (auto* dialog = qobject_cast<ui::RestoreBackupDialog*>(modal))
                QTest::keyClick(dialog, Qt::Key_Escape);
        });
        EXPECT_FALSE(prompts.askRestore(std::nullopt, {}).has_value()); // Esc cancels
    }
}
