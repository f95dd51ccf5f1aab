#include <shell/MainWindow.h>

#include "ScriptedPrompts.h"
#include "UiTestContext.h"
#include <inventory/PropertyRepository.h>
#include <overview/OverviewPage.h>
#include <startup/WorkspaceLauncher.h>
#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/FakeKeyStore.h>
#include <support/TestWorkspace.h>

#include <QFile>
#include <QLabel>

#include <gtest/gtest.h>

using namespace rentflow;
using rentflow::ui::WorkspaceLauncher;

namespace {

using test::ScriptedPrompts;

OrganisationInput organisation(const QString& name, const QString& gstin = {})
{
    OrganisationInput input;
    input.name = name;
    input.gstin = gstin;
    return input;
}

} // namespace

TEST(WorkspaceLauncher, FirstRunAsksAgainWithTheErrorsAndKeepsWhatWasTyped)
{
    test::TestWorkspace tw;
    ScriptedPrompts prompts;
    prompts.organisations = {
        organisation(QStringLiteral("Sunrise PG"), QStringLiteral("29ABCPE1234F1Z6")),
        organisation(QStringLiteral("Sunrise PG"), QStringLiteral("29ABCPE1234F1Z7"))};
    test::FakeKeyStore keychain;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    ASSERT_EQ(launcher.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Opened);
    ASSERT_EQ(prompts.errorsShown.size(), 2);
    ASSERT_EQ(prompts.errorsShown.at(1).size(), 1);
    EXPECT_EQ(prompts.errorsShown.at(1).first().field, QStringLiteral("gstin"));
    EXPECT_EQ(prompts.inputsShown.at(1).name, QStringLiteral("Sunrise PG"));
    auto workspace = launcher.takeWorkspace();
    ASSERT_TRUE(workspace);
    EXPECT_EQ(workspace->manifest().keyMode, store::WorkspaceManifest::KeyMode::Keychain);
    EXPECT_EQ(OrganisationRepository(workspace->store()).current().value()->gstin,
              QStringLiteral("29ABCPE1234F1Z7"));
}

TEST(WorkspaceLauncher, FirstRunWithoutAKeychainAsksForAPassphrase)
{
    test::TestWorkspace tw;
    ScriptedPrompts prompts;
    prompts.organisations = {organisation(QStringLiteral("Sunrise PG"))};
    prompts.passphrases = {QStringLiteral("a good long passphrase")};
    test::FakeKeyStore keychain;
    keychain.nextStatus = store::KeyStore::Status::Unavailable;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    ASSERT_EQ(launcher.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Opened);
    EXPECT_EQ(prompts.newPassphraseAsks, 1);
    EXPECT_EQ(launcher.takeWorkspace()->manifest().keyMode,
              store::WorkspaceManifest::KeyMode::Passphrase);
}

TEST(WorkspaceLauncher, CancellingTheFirstRunLeavesNothingBehind)
{
    test::TestWorkspace tw;
    ScriptedPrompts prompts;
    test::FakeKeyStore keychain;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    EXPECT_EQ(launcher.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Cancelled);
    EXPECT_FALSE(QFile::exists(tw.dbPath()));
}

TEST(WorkspaceLauncher, AWrongPassphraseIsAskedAgainThenOpens)
{
    test::TestWorkspace tw;
    tw.create().reset();
    ScriptedPrompts prompts;
    prompts.passphrases = {QStringLiteral("not it at all"), test::TestWorkspace::kPassphrase};
    test::FakeKeyStore keychain;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    ASSERT_EQ(launcher.launch(tw.path(), std::nullopt), WorkspaceLauncher::Outcome::Opened);
    ASSERT_EQ(prompts.passphraseProblems.size(), 2);
    EXPECT_TRUE(prompts.passphraseProblems.at(0).isEmpty());
    EXPECT_TRUE(prompts.passphraseProblems.at(1).contains(QStringLiteral("does not open")));
}

TEST(WorkspaceLauncher, ADamagedWorkspaceIsShownAsSuchAndNotOpened)
{
    test::TestWorkspace tw;
    {
        auto ws = tw.create();
        for (int i = 0; i < 200; ++i)
            PropertyRepository(ws->store())
                .add({QStringLiteral("P"), QStringLiteral("Pune"), QStringLiteral("27"), {}, {}});
    }
    // Page 1 damaged (bytes 100..163, after the salt): opening reads it, so it is refused.
    {
        QFile file(tw.dbPath());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(64, '\x33'));
    }

    ScriptedPrompts prompts;
    test::FakeKeyStore keychain;
    WorkspaceLauncher launcher(prompts, keychain, test::TestWorkspace::actor());
    EXPECT_EQ(launcher.launch(tw.path(), test::TestWorkspace::kPassphrase),
              WorkspaceLauncher::Outcome::Failed);
    ASSERT_EQ(prompts.errorTitles.size(), 1);
    EXPECT_TRUE(prompts.errorTitles.first().contains(QStringLiteral("damaged")));
    ASSERT_TRUE(launcher.failure());
    EXPECT_TRUE(launcher.failure()->preventsOpening());
}

TEST(MainWindow, IsTitledWithTheOrganisationAndShowsItsCounts)
{
    test::TestWorkspace tw;
    auto ws = tw.create();
    ASSERT_TRUE(OrganisationRepository(ws->store())
                    .create({QStringLiteral("Sunrise PG"), {}, {}, {}, {}, {}})
                    .ok());
    ASSERT_TRUE(PropertyRepository(ws->store())
                    .add({QStringLiteral("Koramangala"),
                          QStringLiteral("Bengaluru"),
                          QStringLiteral("29"),
                          {},
                          {}})
                    .ok());
    ui::MainWindow window(std::move(ws));
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Sunrise PG — RentFlow"));
    const auto* counts = window.findChild<QLabel*>(QStringLiteral("countsLabel"));
    ASSERT_NE(counts, nullptr);
    EXPECT_TRUE(counts->text().contains(QStringLiteral("Properties: 1")))
        << counts->text().toStdString();
}

TEST(MainWindow, ACountThatCannotBeReadIsNeverShownAsZero)
{
    test::TestWorkspace tw;
    auto ws = tw.create();
    ASSERT_TRUE(OrganisationRepository(ws->store())
                    .create({QStringLiteral("Sunrise PG"), {}, {}, {}, {}, {}})
                    .ok());
    ASSERT_TRUE(PropertyRepository(ws->store())
                    .add({QStringLiteral("Koramangala"),
                          QStringLiteral("Bengaluru"),
                          QStringLiteral("29"),
                          {},
                          {}})
                    .ok());
    test::UiTestContext ui(*ws);
    ui::OverviewPage page(ui.context);
    const auto* counts = page.findChild<QLabel*>(QStringLiteral("countsLabel"));
    ASSERT_NE(counts, nullptr);
    // Fail each of the refresh's first statements in turn: the one property is shown as 1
    // or as unreadable, never as 0.
    int unreadable = 0;
    for (qint64 n = 1; n <= 6; ++n) {
        store::SqlCipherDriver::failNthStatement(n);
        page.refresh();
        store::SqlCipherDriver::failNthStatement(0);
        EXPECT_FALSE(counts->text().contains(QStringLiteral("Properties: 0")))
            << n << ": " << counts->text().toStdString();
        unreadable += counts->text().contains(QStringLiteral("(cannot read)")) ? 1 : 0;
    }
    EXPECT_GE(unreadable, 1);
    page.refresh();
    EXPECT_TRUE(counts->text().contains(QStringLiteral("Properties: 1")))
        << counts->text().toStdString();
}
